using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>Where a year's assessment stands (绩效考评).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentState>))]
public enum AssessmentState
{
    /// <summary>The office sets the indicators, weights and rules; units see nothing yet.</summary>
    Draft = 0,

    /// <summary>Preliminary scores are open to the units, who may appeal until the window closes (初评公示).</summary>
    Published = 1,

    /// <summary>Scores signed off and frozen (终评确认); later record changes show as a difference, never change them.</summary>
    SignedOff = 2,
}

/// <summary>What an assessment indicator measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentMeasure>))]
public enum AssessmentMeasure
{
    /// <summary>A plan indicator computed from the records in the unit (e.g. patent-applications) against the unit's target for the year.</summary>
    PlanIndicator = 0,

    /// <summary>Share of the unit's supervised tasks due in the year that were completed by their deadline (target 100%).</summary>
    TasksOnTime = 1,

    /// <summary>Share of the unit's reports due in the year that were submitted by their due date (target 100%).</summary>
    ReportsOnTime = 2,
}

/// <summary>How an indicator's actual value becomes points.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScoringRule>))]
public enum ScoringRule
{
    /// <summary>Weight × actual ÷ target, at most weight × cap (按完成比例计分，封顶).</summary>
    Linear = 0,

    /// <summary>The whole weight when the actual reaches the target, nothing otherwise (达标得分).</summary>
    Threshold = 1,
}

/// <summary>Who an indicator applies to: towns (and sub-districts, zones), departments, or both.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessedKinds>))]
public enum AssessedKinds
{
    Units = 0,
    Departments = 1,
    Both = 2,
}

/// <summary>
/// A year's performance assessment of the towns and departments (source 四(一)2 "将知识产权工作纳入各镇街、各部门绩效考评"):
/// indicators with weights and scoring rules, bonus and deduction items, the appeal window, and the scores frozen at
/// sign-off. The weights of the indicators that apply to each kind of unit add up to 100.
/// </summary>
public sealed class AssessmentScheme : VersionedRecord
{
    public const int NoteMaxLength = 2_000;

    private readonly List<AssessmentIndicator> indicators = [];
    private readonly List<AssessmentAdjustment> adjustments = [];
    private readonly List<FrozenScore> frozen = [];

    private AssessmentScheme()
    {
    }

    public AssessmentScheme(int year, decimal bonusCap, decimal deductionCap, string createdBy, DateTime utcNow)
    {
        Year = year;
        BonusCap = bonusCap;
        DeductionCap = deductionCap;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    public AssessmentState State { get; private set; }

    /// <summary>At most this many bonus points count per unit (加分封顶).</summary>
    public decimal BonusCap { get; private set; }

    /// <summary>At most this many points are deducted per unit (扣分封顶).</summary>
    public decimal DeductionCap { get; private set; }

    /// <summary>The last day a unit may appeal its preliminary scores.</summary>
    public DateOnly? AppealsCloseOn { get; private set; }

    public DateTime? SignedOffUtc { get; private set; }

    [AuditPlain]
    public string? SignedOffBy { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<AssessmentIndicator> Indicators => indicators;

    public IReadOnlyList<AssessmentAdjustment> Adjustments => adjustments;

    public IReadOnlyList<FrozenScore> Frozen => frozen;

    public bool IsAppealOpenOn(DateOnly today) => State == AssessmentState.Published && AppealsCloseOn is { } close && today <= close;

    public AssessmentIndicator AddIndicator(string code, string nameZh, string? nameEn, AssessmentMeasure measure, string? targetId, AssessedKinds appliesTo, decimal weight, ScoringRule rule, decimal cap, DateTime utcNow)
    {
        RequireDraft();
        var added = new AssessmentIndicator(Id, code, nameZh, nameEn, measure, targetId, appliesTo, weight, rule, cap, indicators.Count);
        indicators.Add(added);
        Touch(utcNow);
        return added;
    }

    public void RemoveIndicator(AssessmentIndicator indicator, DateTime utcNow)
    {
        RequireDraft();
        indicators.Remove(indicator);
        Touch(utcNow);
    }

    /// <summary>A bonus (positive points) or deduction (negative points) for one unit, with its reason; allowed until sign-off.</summary>
    public AssessmentAdjustment Adjust(string ownerCode, decimal points, string reason, string actor, DateTime utcNow)
    {
        if (State == AssessmentState.SignedOff)
        {
            throw new InvalidOperationException($"Assessment {Year} is signed off.");
        }

        var added = new AssessmentAdjustment(Id, ownerCode, points, reason.Trim(), actor, utcNow);
        adjustments.Add(added);
        Touch(utcNow);
        return added;
    }

    /// <summary>The weight total of the indicators that apply to <paramref name="kind"/>.</summary>
    public decimal WeightFor(OwnerKind kind) => indicators.Where(i => i.AppliesTo(kind)).Sum(i => i.Weight);

    public void Publish(DateOnly appealsCloseOn, DateTime utcNow)
    {
        RequireDraft();
        AppealsCloseOn = appealsCloseOn;
        State = AssessmentState.Published;
        Touch(utcNow);
    }

    /// <summary>Freezes <paramref name="scores"/> as the year's result.</summary>
    public void SignOff(IEnumerable<FrozenScore> scores, string actor, DateTime utcNow)
    {
        if (State != AssessmentState.Published)
        {
            throw new InvalidOperationException($"Assessment {Year} in {State} cannot be signed off.");
        }

        frozen.AddRange(scores);
        State = AssessmentState.SignedOff;
        SignedOffUtc = utcNow;
        SignedOffBy = actor;
        Touch(utcNow);
    }

    private void RequireDraft()
    {
        if (State != AssessmentState.Draft)
        {
            throw new InvalidOperationException($"Assessment {Year} in {State} cannot change its indicators.");
        }
    }
}

/// <summary>One indicator of a scheme: what it measures, for whom, its weight and rule.</summary>
public sealed class AssessmentIndicator
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;

    private AssessmentIndicator()
    {
    }

    internal AssessmentIndicator(Guid schemeId, string code, string nameZh, string? nameEn, AssessmentMeasure measure, string? targetId, AssessedKinds appliesTo, decimal weight, ScoringRule rule, decimal cap, int sortOrder)
    {
        SchemeId = schemeId;
        Code = code.Trim();
        NameZh = nameZh.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        Measure = measure;
        TargetId = measure == AssessmentMeasure.PlanIndicator ? targetId : null;
        AppliesToKinds = measure == AssessmentMeasure.PlanIndicator ? AssessedKinds.Units : appliesTo;
        Weight = weight;
        Rule = rule;
        Cap = Math.Max(1m, cap);
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; private set; }

    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string? NameEn { get; private set; }

    public AssessmentMeasure Measure { get; private set; }

    /// <summary>The plan target it counts (<see cref="AssessmentMeasure.PlanIndicator"/> only), e.g. <c>patent-applications</c>.</summary>
    [AuditPlain]
    public string? TargetId { get; private set; }

    /// <summary>Plan indicators are counted by unit (the records carry a town, not a department): they apply to units only.</summary>
    public AssessedKinds AppliesToKinds { get; private set; }

    public decimal Weight { get; private set; }

    public ScoringRule Rule { get; private set; }

    /// <summary>Linear rule: the score is at most weight × cap (1 = no credit above the target; 1.2 = up to 120%).</summary>
    public decimal Cap { get; private set; }

    public int SortOrder { get; private set; }

    public bool AppliesTo(OwnerKind kind) => AppliesToKinds == AssessedKinds.Both || (AppliesToKinds == AssessedKinds.Units) == (kind == OwnerKind.Unit);
}

/// <summary>A bonus or deduction item for one unit (加分、扣分项), with its reason.</summary>
public sealed class AssessmentAdjustment
{
    public const int ReasonMaxLength = 500;

    private AssessmentAdjustment()
    {
    }

    internal AssessmentAdjustment(Guid schemeId, string ownerCode, decimal points, string reason, string actor, DateTime atUtc)
    {
        SchemeId = schemeId;
        OwnerCode = ownerCode;
        Points = points;
        Reason = reason;
        Actor = actor;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; private set; }

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    /// <summary>Positive: bonus; negative: deduction.</summary>
    public decimal Points { get; private set; }

    [AuditPlain]
    public string Reason { get; private set; } = string.Empty;

    [AuditPlain]
    public string Actor { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}

/// <summary>A unit's score as signed off: total, rank and the indicator lines (JSON), never recomputed.</summary>
public sealed class FrozenScore
{
    private FrozenScore()
    {
    }

    public FrozenScore(Guid schemeId, string ownerCode, OwnerKind ownerKind, decimal total, int rank, string linesJson)
    {
        SchemeId = schemeId;
        OwnerCode = ownerCode;
        OwnerKind = ownerKind;
        Total = total;
        Rank = rank;
        LinesJson = linesJson;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; private set; }

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    public OwnerKind OwnerKind { get; private set; }

    public decimal Total { get; private set; }

    public int Rank { get; private set; }

    [AuditPlain]
    public string LinesJson { get; private set; } = string.Empty;
}

/// <summary>Where an appeal stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppealState>))]
public enum AppealState
{
    Pending = 0,
    Upheld = 1,
    Rejected = 2,
}

/// <summary>
/// A unit's appeal against its preliminary score (申诉), filed within the window with a reason; the office upholds it
/// (with a points correction that becomes an adjustment) or rejects it, giving its reason either way.
/// </summary>
public sealed class AssessmentAppeal : VersionedRecord
{
    public const int ReasonMaxLength = 2_000;

    private AssessmentAppeal()
    {
    }

    public AssessmentAppeal(Guid schemeId, string ownerCode, string? indicatorCode, string reason, string filedBy, DateTime utcNow)
    {
        SchemeId = schemeId;
        OwnerCode = ownerCode;
        IndicatorCode = string.IsNullOrWhiteSpace(indicatorCode) ? null : indicatorCode.Trim();
        Reason = reason.Trim();
        FiledBy = filedBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; private set; }

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    [AuditPlain]
    public string? IndicatorCode { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    [AuditPlain]
    public string FiledBy { get; private set; } = string.Empty;

    public AppealState State { get; private set; }

    public string? Decision { get; private set; }

    /// <summary>Points added (or taken) when upheld.</summary>
    public decimal? Points { get; private set; }

    [AuditPlain]
    public string? DecidedBy { get; private set; }

    public void Decide(bool upheld, decimal? points, string decision, string actor, DateTime utcNow)
    {
        if (State != AppealState.Pending)
        {
            throw new InvalidOperationException($"Appeal {Id} is already decided.");
        }

        State = upheld ? AppealState.Upheld : AppealState.Rejected;
        Points = upheld ? points : null;
        Decision = decision.Trim();
        DecidedBy = actor;
        Touch(utcNow);
    }
}

/// <summary>
/// A plan target decomposed to one unit for one year (目标分解, source 四(一)2): e.g. 仓山镇 files 120 patent applications in
/// 2014. The assessment's plan indicators score a unit's actual against it; the unit sees it beside its actual.
/// </summary>
public sealed class UnitTarget : VersionedRecord
{
    private UnitTarget()
    {
    }

    public UnitTarget(int year, string targetId, string ownerCode, decimal value, string setBy, DateTime utcNow)
    {
        Year = year;
        TargetId = targetId;
        OwnerCode = ownerCode;
        SetBy = setBy;
        Change(value, utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    [AuditPlain]
    public string TargetId { get; private set; } = string.Empty;

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    public decimal Value { get; private set; }

    [AuditPlain]
    public string SetBy { get; private set; } = string.Empty;

    public void Change(decimal value, DateTime utcNow)
    {
        Value = value;
        Touch(utcNow);
    }
}
