using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>The special-fund target of the active plan (二(二)1), as the plan states it.</summary>
public sealed record SpecialFundTarget(string Section, TargetComparison Comparison, decimal? Value)
{
    /// <summary>Judged as the dashboard judges it (<see cref="TargetRules"/>); null when there is no ratio.</summary>
    public bool? IsMetBy(decimal? ratio) => TargetRules.IsMet(Comparison, Value, ratio);
}

/// <summary>
/// Reads the target from the plan rather than writing 0.21% again here, so the fiscal years and the dashboard judge a
/// year alike; null when no plan is active or it sets no such target.
/// </summary>
internal sealed class GetSpecialFundTargetHandler(IPlanCatalog plans)
{
    /// <summary>The target's id in the plan file (plans/cangshan-2013.json).</summary>
    public const string TargetId = "special-fund-ratio";

    public async Task<SpecialFundTarget?> HandleAsync(CancellationToken cancellationToken) =>
        (await plans.GetActiveAsync(cancellationToken))?.Targets.FirstOrDefault(t => t.Id == TargetId) is { } target
            ? new SpecialFundTarget(target.Section, target.Comparison, target.TargetValue)
            : null;
}
