using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// The records behind one target's value for a year or the pilot period, paged; with <see cref="UnitCode"/> only one
/// town's share (the link from a town's assessment score), where the target splits by unit.
/// </summary>
public sealed record GetIndicatorEvidenceQuery(string TargetId, string? PlanId, IndicatorPeriod Period, int Page, int PageSize, string? UnitCode = null);

/// <summary>Column names and values are in the caller's language.</summary>
public sealed record IndicatorEvidence(
    string PlanId,
    string TargetId,
    string Name,
    string Definition,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Columns,
    IReadOnlyList<EvidenceRecord> Items,
    int Total,
    int Page,
    int PageSize,
    string? UnitCode = null,
    string? UnitName = null);

internal sealed class GetIndicatorEvidenceHandler(IndicatorEngine engine, ICurrentUser user, IndicatorUnitNames units)
{
    public async Task<IndicatorEvidence?> HandleAsync(GetIndicatorEvidenceQuery query, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(query.TargetId, query.PlanId, query.Period, query.UnitCode, cancellationToken) is not { } resolved)
        {
            return null;
        }

        var (plan, target, calculator, indicatorQuery) = resolved;
        var chinese = IndicatorsText.IsChinese;
        var page = indicatorQuery is null
            ? new EvidencePage([], [], 0)
            : await calculator.EvidenceAsync(indicatorQuery, query.Page, query.PageSize, cancellationToken);
        var window = indicatorQuery is null ? (From: default(DateOnly), To: default(DateOnly)) : (indicatorQuery.From, indicatorQuery.To);
        return new IndicatorEvidence(
            plan.Id,
            target.Id,
            chinese || string.IsNullOrWhiteSpace(target.Name.En) ? target.Name.Zh : target.Name.En,
            calculator.Definition.Pick(chinese),
            window.From,
            window.To,
            [.. page.Columns.Select(c => c.Pick(chinese))],
            page.Items,
            page.Total,
            query.Page,
            query.PageSize,
            indicatorQuery?.UnitCode,
            indicatorQuery?.UnitCode is { } unit ? await units.NameAsync(unit, cancellationToken) : null);
    }

    /// <summary>
    /// The plan, target, calculator and window (null when the period has not begun) of an evidence query. A
    /// TownLiaison always gets their own unit; anyone else the <paramref name="unitCode"/> asked for, where the
    /// target splits by unit (a district-only figure has no town's share to show), or the district.
    /// </summary>
    internal async Task<(PlanDefinition Plan, PlanTarget Target, IIndicatorCalculator Calculator, IndicatorQuery? Query)?> ResolveAsync(
        string targetId, string? planId, IndicatorPeriod period, string? unitCode, CancellationToken cancellationToken)
    {
        if (await engine.FindPlanAsync(planId, cancellationToken) is not { } plan
            || plan.Targets.FirstOrDefault(t => t.Id == targetId) is not { } target)
        {
            return null;
        }

        var window = period.Year is { } year ? IndicatorEngine.YearWindow(plan, target, year) : IndicatorEngine.PilotWindow(plan);
        var clamped = engine.Clamp(window);
        var calculator = engine.CalculatorFor(target.Id);
        var unit = IndicatorScope.UnitOf(user)
            ?? (string.IsNullOrWhiteSpace(unitCode) || !calculator.Breakdowns.Contains(BreakdownKind.Unit) ? null : unitCode.Trim());
        var indicatorQuery = clamped is { } w ? new IndicatorQuery(plan.Id, w.From, w.To, unit) : null;
        return (plan, target, calculator, indicatorQuery);
    }
}
