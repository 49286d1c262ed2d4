using CountyIP.Modules.Plans.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Plans.UseCases;

internal sealed class ListPlansHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<PlanSummary>> HandleAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Set<StoredPlan>().AsNoTracking().OrderByDescending(p => p.IsActive).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. plans.Select(p => PlanSummary.From(p, StoredPlans.Definition(p)))];
    }
}
