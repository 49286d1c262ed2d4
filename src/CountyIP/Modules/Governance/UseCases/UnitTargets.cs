using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>One unit's target for a plan indicator and year (<c>PUT /api/governance/targets</c>).</summary>
public sealed class UnitTargetInput
{
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Required, StringLength(64)]
    public string? TargetId { get; set; }

    [Required, StringLength(64)]
    public string? OwnerUnitCode { get; set; }

    [Required, Range(0, 1_000_000)]
    public decimal? Value { get; set; }
}

/// <summary>A unit's target beside its actual, counted from the records in the unit.</summary>
public sealed record UnitTargetRow(string TargetId, string TargetNameZh, string TargetNameEn, string UnitCode, string UnitName, decimal? Target, decimal? Actual);

/// <summary>
/// Targets decomposed to the towns (目标分解, issue 14 §4) for the plan indicators that count by town: the office sets
/// them; each unit reads its own beside its actual. A unit that does not exist or a target the plan does not count by
/// town is refused.
/// </summary>
internal sealed class UnitTargetsHandler(
    CountyIpDbContext db, OwnerDirectory owners, GovernanceScope scope, IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans,
    ICurrentUser user, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    /// <summary>The active plan's targets that can be decomposed: those its calculators count by town.</summary>
    public async Task<IReadOnlyList<PlanTarget>> TargetsByUnitAsync(CancellationToken cancellationToken) =>
        (await plans.GetActiveAsync(cancellationToken))?.Targets.Where(t => calculators.Any(c => c.TargetId == t.Id && c.Breakdowns.Contains(BreakdownKind.Unit))).ToList() ?? [];

    public async Task<IReadOnlyList<UnitTargetRow>> ListAsync(int year, CancellationToken cancellationToken)
    {
        if (await plans.GetActiveAsync(cancellationToken) is not { } plan)
        {
            return [];
        }

        var set = await db.Set<UnitTarget>().AsNoTracking().Where(t => t.Year == year).ToListAsync(cancellationToken);
        var units = (await owners.ListAsync(cancellationToken)).Where(o => o.Kind == OwnerKind.Unit && (scope.OwnCode is null || o.Code == scope.OwnCode)).ToList();
        var rows = new List<UnitTargetRow>();
        foreach (var target in plan.Targets)
        {
            var calculator = calculators.FirstOrDefault(c => c.TargetId == target.Id && c.Breakdowns.Contains(BreakdownKind.Unit));
            var given = set.Where(t => t.TargetId == target.Id).ToList();
            if (calculator is null || given.Count == 0)
            {
                continue;
            }

            var actuals = (await calculator.BreakdownAsync(new IndicatorQuery(plan.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null), BreakdownKind.Unit, cancellationToken))
                .ToDictionary(r => r.Key, r => r.Value);
            rows.AddRange(units.Select(u => new UnitTargetRow(target.Id, target.Name.Zh, target.Name.En, u.Code, u.Name,
                given.FirstOrDefault(g => g.OwnerCode == u.Code)?.Value, actuals.GetValueOrDefault(u.Code))));
        }

        return rows;
    }

    public async Task<UnitTargetRow> SetAsync(UnitTargetInput input, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(input.OwnerUnitCode, cancellationToken) is not { Kind: OwnerKind.Unit } owner)
        {
            throw InputValidationException.For(nameof(UnitTargetInput.OwnerUnitCode), text["Error_UnknownOwner", input.OwnerUnitCode ?? string.Empty]);
        }

        var plan = await plans.GetActiveAsync(cancellationToken);
        var targetId = input.TargetId!.Trim();
        if (plan?.Targets.FirstOrDefault(t => t.Id == targetId) is not { } target
            || !calculators.Any(c => c.TargetId == targetId && c.Breakdowns.Contains(BreakdownKind.Unit)))
        {
            throw InputValidationException.For(nameof(UnitTargetInput.TargetId), text["Error_UnknownTarget", targetId]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<UnitTarget>().FirstOrDefaultAsync(t => t.Year == input.Year && t.TargetId == targetId && t.OwnerCode == owner.Code, cancellationToken) is { } existing)
        {
            existing.Change(input.Value!.Value, now);
        }
        else
        {
            db.Add(new UnitTarget(input.Year!.Value, targetId, owner.Code, input.Value!.Value, user.UserName ?? string.Empty, now));
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new UnitTargetRow(targetId, target.Name.Zh, target.Name.En, owner.Code, owner.Name, input.Value, null);
    }
}
