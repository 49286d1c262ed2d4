using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>Every target of a plan (the active one when <see cref="PlanId"/> is null) for a year or the pilot.</summary>
public sealed record GetIndicatorsQuery(string? PlanId, IndicatorPeriod Period);

/// <summary>The dashboard's content: the plan, the period, the unit the figures are limited to, and the targets.</summary>
public sealed record IndicatorBoard(
    string PlanId,
    string PlanTitle,
    int PilotFromYear,
    int PilotToYear,
    IndicatorPeriod Period,
    string? UnitCode,
    string? UnitName,
    DateOnly Today,
    IReadOnlyList<IndicatorResult> Items,
    DateTimeOffset ComputedAt);

/// <summary>The board of the caller's scope, from <see cref="IndicatorBoardCache"/> (issue 11 §2).</summary>
internal sealed class GetIndicatorsHandler(IndicatorEngine engine, IndicatorBoardCache cache, ICurrentUser user, IndicatorUnitNames units)
{
    public async Task<IndicatorBoard?> HandleAsync(GetIndicatorsQuery query, CancellationToken cancellationToken)
    {
        if (await engine.FindPlanAsync(query.PlanId, cancellationToken) is not { } plan)
        {
            return null;
        }

        var unit = IndicatorScope.UnitOf(user);
        var figures = await cache.GetAsync(plan, query.Period, unit, engine.Today, cancellationToken);

        var title = IndicatorsText.IsChinese || string.IsNullOrWhiteSpace(plan.Title.En) ? plan.Title.Zh : plan.Title.En;
        var unitName = unit is null ? null : await units.NameAsync(unit, cancellationToken);
        return new IndicatorBoard(plan.Id, title, plan.PilotFromYear, plan.PilotToYear, query.Period, unit, unitName, engine.Today, figures.Items, figures.ComputedAt);
    }
}

/// <summary>Data scope of indicator figures (DESIGN.md): a TownLiaison sees their unit's share, others the district.</summary>
internal static class IndicatorScope
{
    public static string? UnitOf(ICurrentUser user) =>
        user.IsInRole(Roles.TownLiaison) ? user.ScopeId ?? "-" : null;
}
