namespace CountyIP.Modules.Protection.Contracts;

/// <summary>
/// Protection figures for the dashboard (issue 5 §6): monitoring indicators without a plan target. District-wide
/// aggregates with no personal data; the caller decides who may see them.
/// </summary>
public interface IProtectionFigures
{
    /// <summary>Figures of calendar year <paramref name="year"/> (dates in Asia/Shanghai).</summary>
    Task<ProtectionYearFigures> ForYearAsync(int year, CancellationToken cancellationToken);

    /// <summary>Open cases, district-wide, with a stage past its (extended) time limit on <paramref name="today"/>: the leader's board.</summary>
    Task<int> OverdueCasesAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>
/// Cases received, accepted and concluded in the year; the share of the year's concluded cases whose conclusion
/// time limit was met (null when none concluded); average calendar days from receipt to conclusion; joint
/// enforcement actions held.
/// </summary>
public sealed record ProtectionYearFigures(
    int Year,
    int CasesReceived,
    int CasesAccepted,
    int CasesConcluded,
    decimal? ShareConcludedWithinDeadline,
    decimal? AverageHandlingDays,
    int EnforcementActions);
