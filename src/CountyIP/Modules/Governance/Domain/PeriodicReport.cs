using System.Globalization;
using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>The kinds of periodic report the plan asks of every department and town (source 四(一)3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))]
public enum ReportKind
{
    /// <summary>Monthly dynamic report (工作动态), period <c>yyyy-MM</c>, due the 10th of the next month.</summary>
    Dynamic = 0,

    /// <summary>Half-year summary (半年小结), period <c>yyyy-H1</c>, due 10 July.</summary>
    HalfYear = 1,

    /// <summary>Annual summary (年终总结), period <c>yyyy</c>, due 10 January of the next year.</summary>
    Annual = 2,
}

/// <summary>Where a unit's report stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportState>))]
public enum ReportState
{
    /// <summary>Owed and not yet submitted (待报送); the unit may save a draft.</summary>
    Pending = 0,

    /// <summary>Submitted to the office, waiting for its review (待审核).</summary>
    Submitted = 1,

    /// <summary>Accepted by the office (已采用).</summary>
    Accepted = 2,

    /// <summary>Returned with a reason (退回修改); the unit revises and submits again.</summary>
    Returned = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<ReportAction>))]
public enum ReportAction
{
    Submit = 0,
    Accept = 1,
    Return = 2,
}

/// <summary>
/// One unit's report for one period (动态报告、半年小结、年终总结, source 四(一)3 "各成员单位要及时报送工作动态，每半年、年终报送工作小结和总结"):
/// the text the unit writes, the figures in its scope at submission, and the office's review. A report is late when it
/// was submitted after its due date, and missing while not submitted after it.
/// </summary>
public sealed class PeriodicReport : VersionedRecord
{
    public const int TextMaxLength = 8_000;
    public const int NoteMaxLength = 2_000;

    private PeriodicReport()
    {
    }

    public PeriodicReport(ReportKind kind, string period, string ownerCode, OwnerKind ownerKind, DateOnly dueOn, DateTime utcNow)
    {
        Kind = kind;
        Period = period;
        OwnerCode = ownerCode;
        OwnerKind = ownerKind;
        DueOn = dueOn;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ReportKind Kind { get; private set; }

    /// <summary><c>2014-06</c> (dynamic), <c>2014-H1</c> (half year) or <c>2014</c> (annual).</summary>
    [AuditPlain]
    public string Period { get; private set; } = string.Empty;

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    public OwnerKind OwnerKind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ReportState State { get; private set; }

    /// <summary>工作开展情况: what the unit did in the period.</summary>
    public string? Work { get; private set; }

    /// <summary>存在问题.</summary>
    public string? Problems { get; private set; }

    /// <summary>下步打算.</summary>
    public string? Plans { get; private set; }

    /// <summary>The figures in the unit's scope as they stood at submission (JSON), so an accepted report keeps its numbers.</summary>
    [AuditPlain]
    public string? FiguresJson { get; private set; }

    /// <summary>The day of the first submission (lateness is judged on it).</summary>
    public DateOnly? SubmittedOn { get; private set; }

    [AuditPlain]
    public string? SubmittedBy { get; private set; }

    /// <summary>The office's reason for a return, or its remark on acceptance.</summary>
    public string? ReviewNote { get; private set; }

    [AuditPlain]
    public string? ReviewedBy { get; private set; }

    /// <summary>The window the report covers, both days included.</summary>
    public (DateOnly From, DateOnly To) Window => ReportPeriods.Window(Kind, Period);

    /// <summary>The due date the owner was last reminded of.</summary>
    public DateOnly? RemindedFor { get; private set; }

    public void MarkReminded() => RemindedFor = DueOn;

    /// <summary>The day the office and the unit were told the report is missing (once; null until then).</summary>
    public DateOnly? MissingNoticeOn { get; private set; }

    public void MarkMissingNoticed(DateOnly today) => MissingNoticeOn ??= today;

    public bool IsLate => SubmittedOn is { } on ? on > DueOn : false;

    public bool IsMissingOn(DateOnly today) => SubmittedOn is null && today > DueOn;

    public bool CanEdit => State is ReportState.Pending or ReportState.Returned;

    public IReadOnlyList<ReportAction> AllowedActions => State switch
    {
        ReportState.Pending or ReportState.Returned => [ReportAction.Submit],
        ReportState.Submitted => [ReportAction.Accept, ReportAction.Return],
        _ => [],
    };

    public void SaveDraft(string? work, string? problems, string? plans, DateTime utcNow)
    {
        if (!CanEdit)
        {
            throw new InvalidOperationException($"Report {Id} in {State} cannot be edited.");
        }

        Work = CleanText.Of(work);
        Problems = CleanText.Of(problems);
        Plans = CleanText.Of(plans);
        Touch(utcNow);
    }

    public void Submit(string figuresJson, string actor, DateOnly today, DateTime utcNow)
    {
        Require(ReportAction.Submit);
        FiguresJson = figuresJson;
        SubmittedOn ??= today;
        SubmittedBy = actor;
        State = ReportState.Submitted;
        Touch(utcNow);
    }

    public void Review(ReportAction action, string? note, string actor, DateTime utcNow)
    {
        Require(action);
        State = action == ReportAction.Accept ? ReportState.Accepted : ReportState.Returned;
        ReviewNote = CleanText.Of(note);
        ReviewedBy = actor;
        Touch(utcNow);
    }

    private void Require(ReportAction action)
    {
        if (!AllowedActions.Contains(action))
        {
            throw new InvalidOperationException($"Report {Id} in {State} does not allow {action}.");
        }
    }
}

/// <summary>Periods and due dates of the reports (the plan's rhythm; a round may set another due date).</summary>
public static class ReportPeriods
{
    /// <summary>True when <paramref name="period"/> is written as <paramref name="kind"/> needs.</summary>
    public static bool IsValid(ReportKind kind, string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return false;
        }

        return kind switch
        {
            ReportKind.Dynamic => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100,
            ReportKind.HalfYear => period.Length == 7 && period.EndsWith("-H1", StringComparison.Ordinal) && int.TryParse(period[..4], CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100,
            _ => period.Length == 4 && int.TryParse(period, CultureInfo.InvariantCulture, out var a) && a is >= 2000 and <= 2100,
        };
    }

    public static (DateOnly From, DateOnly To) Window(ReportKind kind, string period)
    {
        var year = int.Parse(period[..4], CultureInfo.InvariantCulture);
        return kind switch
        {
            ReportKind.Dynamic => Month(period),
            ReportKind.HalfYear => (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)),
            _ => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        };
    }

    /// <summary>Dynamic: the 10th of the next month; half year: 10 July; annual: 10 January of the next year.</summary>
    public static DateOnly DefaultDueOn(ReportKind kind, string period) => Window(kind, period).To.AddDays(1) is var next
        ? new DateOnly(next.Year, next.Month, 10)
        : default;

    /// <summary>
    /// The period of <paramref name="kind"/> that ended last before <paramref name="today"/>: last month, the latest
    /// first half-year, last year. Its round is owed from the day after it ends until its due date.
    /// </summary>
    public static string LatestClosed(ReportKind kind, DateOnly today) => kind switch
    {
        ReportKind.Dynamic => today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ReportKind.HalfYear => (today.Month >= 7 ? today.Year : today.Year - 1).ToString(CultureInfo.InvariantCulture) + "-H1",
        _ => (today.Year - 1).ToString(CultureInfo.InvariantCulture),
    };

    private static (DateOnly, DateOnly) Month(string period)
    {
        var first = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (first, first.AddMonths(1).AddDays(-1));
    }
}
