using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A policy version with its items and its series' versions; null when there is none the caller may see (PolicyAccess).</summary>
internal sealed class GetPolicyHandler(CountyIpDbContext db, ICurrentUser user)
{
    public async Task<PolicyView?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<RewardPolicy>().AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } policy)
        {
            return null;
        }

        return PolicyView.From(policy, await PolicyAccess.VersionsAsync(db, user, policy.SeriesId, cancellationToken));
    }
}
