using CountyIP.Modules.Protection.Contracts;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Monitoring figures of calendar years (issue 5 §6): figures the bureau watches that the plan sets no target for.
/// They come from the Protection module's contract (<see cref="IProtectionFigures"/>), resolved only when that module
/// is installed; they are district-wide, so unit-scoped users are not given them (policy
/// <see cref="IndicatorsPolicies.Monitoring"/>).
/// </summary>
public sealed record GetMonitoringFiguresQuery(IReadOnlyList<int> Years);

/// <summary>One monitoring figure with a value per asked year (null when nothing to compute from, e.g. no case concluded).</summary>
public sealed record MonitoringFigure(string Id, string Name, string Unit, string Source, IReadOnlyList<YearValue> Years);

// Issue 10 item 3: the protection figures come by constructor (no service locator); a missing registration fails at start.
internal sealed class GetMonitoringFiguresHandler(IProtectionFigures protection)
{
    /// <summary>Ids, units and how to read each figure; the order is the order shown.</summary>
    private static readonly (string Id, string Unit, Func<ProtectionYearFigures, decimal?> Read)[] ProtectionFigures =
    [
        ("protection-cases-received", "件", f => f.CasesReceived),
        ("protection-cases-accepted", "件", f => f.CasesAccepted),
        ("protection-cases-concluded", "件", f => f.CasesConcluded),
        ("protection-concluded-within-deadline-share", "%", f => f.ShareConcludedWithinDeadline),
        ("protection-average-handling-days", "天", f => f.AverageHandlingDays),
        ("protection-enforcement-actions", "次", f => f.EnforcementActions),
    ];

    public async Task<IReadOnlyList<MonitoringFigure>> HandleAsync(GetMonitoringFiguresQuery query, CancellationToken cancellationToken)
    {
        var years = new List<ProtectionYearFigures>(query.Years.Count);
        foreach (var year in query.Years)
        {
            years.Add(await protection.ForYearAsync(year, cancellationToken));
        }

        return
        [
            .. ProtectionFigures.Select(f => new MonitoringFigure(
                f.Id,
                IndicatorsText.Get($"Monitoring_{f.Id}"),
                f.Unit,
                "protection",
                [.. years.Select(y => new YearValue(y.Year, f.Read(y)))])),
        ];
    }
}
