using CountyIP.Modules.Plans.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Plans.UseCases;

/// <summary>Makes plan <paramref name="Id"/> the one active plan. False when it does not exist.</summary>
public sealed record ActivatePlanCommand(string Id);

internal sealed class ActivatePlanHandler(CountyIpDbContext db)
{
    public async Task<bool> HandleAsync(ActivatePlanCommand command, CancellationToken cancellationToken)
    {
        var plans = await db.Set<StoredPlan>().Where(p => p.Id == command.Id || p.IsActive).ToListAsync(cancellationToken);
        var target = plans.SingleOrDefault(p => p.Id == command.Id);
        if (target is null)
        {
            return false;
        }

        foreach (var plan in plans)
        {
            plan.Deactivate();
        }

        target.Activate();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
