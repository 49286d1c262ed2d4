using System.Text.Json.Serialization;

namespace CountyIP.Modules.Protection.Domain;

/// <summary>A stage of the case that runs against a time limit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStage>))]
public enum DeadlineStage
{
    /// <summary>Decide whether to accept (open) the case.</summary>
    InitialReview = 0,

    /// <summary>Hand the case over to the competent department (Guangdong 12330 rules art. 15: 5 working days of receipt).</summary>
    Handover = 1,

    /// <summary>The department confirms it accepted the case.</summary>
    DepartmentAcceptance = 2,

    /// <summary>The department concludes the case.</summary>
    Conclusion = 3,

    /// <summary>Tell the complainant the decision or outcome.</summary>
    InformComplainant = 4,

    /// <summary>An on-site complaint at a trade fair is decided the day it is made (only trade-fair channel cases).</summary>
    OnSiteHandling = 5,
}

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineUnit>))]
public enum DeadlineUnit
{
    WorkingDays = 0,
    CalendarDays = 1,
}

/// <summary>A configurable time limit per case kind and stage, with its legal basis (bureau-editable data).</summary>
public sealed class DeadlineRule
{
    private DeadlineRule()
    {
        LegalBasis = string.Empty;
    }

    public DeadlineRule(CaseKind kind, DeadlineStage stage, int amount, DeadlineUnit unit, int maxExtension, string legalBasis)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Stage = stage;
        Amount = amount;
        Unit = unit;
        MaxExtension = maxExtension;
        LegalBasis = legalBasis;
    }

    public Guid Id { get; private set; }

    public CaseKind Kind { get; private set; }

    public DeadlineStage Stage { get; private set; }

    public int Amount { get; private set; }

    public DeadlineUnit Unit { get; private set; }

    /// <summary>The most the limit may be extended once, with approval (0 = no extension).</summary>
    public int MaxExtension { get; private set; }

    public string LegalBasis { get; private set; }

    public void Change(int amount, DeadlineUnit unit, int maxExtension, string legalBasis)
    {
        Amount = amount;
        Unit = unit;
        MaxExtension = maxExtension;
        LegalBasis = legalBasis;
    }
}

/// <summary>Due dates in working days (holiday calendar with make-up working days) or in calendar days.</summary>
public static class DeadlineCalculator
{
    /// <summary>
    /// The due date <paramref name="amount"/> units after <paramref name="start"/>; the start day is not counted.
    /// A calendar-day period whose last day is a rest day ends on the next working day (行政处罚法 art. 85 /
    /// 民事诉讼法 art. 85: 期间届满的最后一日是法定节假日的，以法定节假日后的第一日为期间届满的日期).
    /// </summary>
    public static DateOnly Due(DateOnly start, int amount, DeadlineUnit unit, Func<DateOnly, bool> isWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (unit == DeadlineUnit.CalendarDays)
        {
            var day = start.AddDays(amount);
            while (!isWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        var date = start;
        var counted = 0;
        while (counted < amount)
        {
            date = date.AddDays(1);
            if (isWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}

/// <summary>Supplies due dates to the case: rules per kind and stage over the working-day calendar.</summary>
public interface IDeadlinePolicy
{
    /// <summary>The rule for the stage, or null when the kind has no limit for it.</summary>
    DeadlineRule? RuleFor(CaseKind kind, DeadlineStage stage);

    bool IsWorkingDay(DateOnly date);
}

/// <summary>One running or finished time limit of a case; a snapshot of the rule it was opened under.</summary>
public sealed class CaseDeadline
{
    private CaseDeadline()
    {
        LegalBasis = string.Empty;
    }

    internal CaseDeadline(Guid caseId, DeadlineStage stage, DeadlineRule rule, DateOnly start, DateOnly due)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        Stage = stage;
        Amount = rule.Amount;
        Unit = rule.Unit;
        MaxExtension = rule.MaxExtension;
        LegalBasis = rule.LegalBasis;
        StartDate = start;
        DueDate = due;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DeadlineStage Stage { get; private set; }

    public int Amount { get; private set; }

    public DeadlineUnit Unit { get; private set; }

    public int MaxExtension { get; private set; }

    public string LegalBasis { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateOnly? ExtendedDueDate { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateTime? ExtendedAtUtc { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly EffectiveDueDate => ExtendedDueDate ?? DueDate;

    public bool IsOpen => CompletedOn is null;

    /// <summary>Met when finished on or before the due date; an open deadline is late once today passes it.</summary>
    public bool IsLate(DateOnly today) => (CompletedOn ?? today) > EffectiveDueDate;

    internal void Complete(DateOnly on) => CompletedOn ??= on;

    internal void Extend(int days, string reason, string approvedBy, DateTime nowUtc, Func<DateOnly, bool> isWorkingDay)
    {
        if (!IsOpen)
        {
            throw Rule("protection.deadline-closed", "Error_DeadlineClosed");
        }

        if (ExtendedDueDate is not null)
        {
            throw Rule("protection.deadline-extended-once", "Error_DeadlineExtendedOnce");
        }

        if (days <= 0 || days > MaxExtension)
        {
            throw Rule("protection.deadline-extension-too-long", "Error_DeadlineExtensionTooLong");
        }

        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(approvedBy))
        {
            throw Rule("protection.deadline-extension-reason", "Error_DeadlineExtensionReason");
        }

        ExtendedDueDate = DeadlineCalculator.Due(DueDate, days, Unit, isWorkingDay);
        ExtensionDays = days;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy;
        ExtendedAtUtc = nowUtc;
    }

    private static Platform.Web.BusinessRuleException Rule(string code, string key) => new(code, ProtectionText.Get(key));
}
