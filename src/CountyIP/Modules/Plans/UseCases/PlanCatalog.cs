using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Plans.UseCases;

internal sealed class PlanCatalog(GetPlanHandler plans) : IPlanCatalog
{
    public async Task<PlanDefinition?> GetActiveAsync(CancellationToken cancellationToken) =>
        (await plans.HandleAsync(new GetPlanQuery(null), cancellationToken))?.Plan;

    public async Task<PlanDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await plans.HandleAsync(new GetPlanQuery(id), cancellationToken))?.Plan;
}
