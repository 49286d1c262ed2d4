using CountyIP.Modules.Plans.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Plans.UseCases;

/// <summary>One plan by id, or the active plan when the id is null.</summary>
public sealed record GetPlanQuery(string? Id);

internal sealed class GetPlanHandler(CountyIpDbContext db)
{
    public async Task<PlanDetail?> HandleAsync(GetPlanQuery query, CancellationToken cancellationToken)
    {
        var plans = db.Set<StoredPlan>().AsNoTracking();
        var stored = query.Id is null
            ? await plans.FirstOrDefaultAsync(p => p.IsActive, cancellationToken)
            : await plans.FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        return stored is null ? null : new PlanDetail(StoredPlans.Definition(stored), stored.IsActive, stored.ImportedUtc);
    }
}
