using System.Text.Json.Serialization;

namespace CountyIP.Modules.Plans.Contracts;

/// <summary>The work plans loaded into the platform; one of them is active and drives the indicators.</summary>
public interface IPlanCatalog
{
    /// <summary>The active plan with its targets, or null when no plan is active.</summary>
    Task<PlanDefinition?> GetActiveAsync(CancellationToken cancellationToken);

    /// <summary>The plan <paramref name="id"/>, or null when it does not exist.</summary>
    Task<PlanDefinition?> FindAsync(string id, CancellationToken cancellationToken);
}

/// <summary>A text in the two UI languages.</summary>
public sealed record LocalizedText(string Zh, string En);

/// <summary>A work plan as data (file format: docs/decisions, "plan file format").</summary>
public sealed record PlanDefinition(
    string Id,
    LocalizedText Title,
    LocalizedText IssuingBody,
    string Issued,
    int PilotFromYear,
    int PilotToYear,
    string? Source,
    IReadOnlyList<PlanTarget> Targets);

/// <summary>
/// One target of the plan: <see cref="Clause"/> is the verbatim text it comes from and <see cref="Section"/> where
/// (e.g. "二(二)6"). Ratios are fractions (0.8 for 80%); <see cref="TargetValue"/> is null for growth, steady-rise
/// and exists targets.
/// </summary>
public sealed record PlanTarget(
    string Id,
    string Section,
    LocalizedText Name,
    string Clause,
    string Unit,
    TargetComparison Comparison,
    decimal? TargetValue,
    TargetPeriodKind PeriodKind);

/// <summary>How an actual value is compared with the target. File values: at-least, growth, steady-rise, exists.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetComparison>))]
public enum TargetComparison
{
    /// <summary>Reach at least the target value ("…以上", "不低于…").</summary>
    AtLeast = 0,

    /// <summary>Keep growing year on year ("持续增长").</summary>
    Growth = 1,

    /// <summary>Rise steadily ("稳步提升").</summary>
    SteadyRise = 2,

    /// <summary>A thing must exist (e.g. the patent information database).</summary>
    Exists = 3,
}

/// <summary>Over what period the target is measured. File values: annual, annual-average, cumulative-over-pilot, ratio, trend, milestone.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetPeriodKind>))]
public enum TargetPeriodKind
{
    /// <summary>Each pilot year on its own ("每年", "年…").</summary>
    Annual = 0,

    /// <summary>Average over the pilot years ("年均").</summary>
    AnnualAverage = 1,

    /// <summary>Stock or total reached by the end of the pilot ("累计", "达…家").</summary>
    CumulativeOverPilot = 2,

    /// <summary>A share of two quantities ("比例", "比重", "占…").</summary>
    Ratio = 3,

    /// <summary>A direction over the years, no number.</summary>
    Trend = 4,

    /// <summary>Done once (a thing is built).</summary>
    Milestone = 5,
}
