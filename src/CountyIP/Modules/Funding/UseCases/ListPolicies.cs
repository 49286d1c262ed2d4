using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>Filters of the policy list: a state, and "in force on" a date (published and within its dates).</summary>
public sealed record ListPoliciesQuery(PolicyState? State = null, DateOnly? InForceOn = null, int? Page = null, int? PageSize = null);

/// <summary>Policy versions the caller may see (PolicyAccess), latest start first, then latest revision.</summary>
internal sealed class ListPoliciesHandler(CountyIpDbContext db, ICurrentUser user)
{
    public const int MaxPageSize = 100;

    public async Task<PagedResult<PolicySummary>> HandleAsync(ListPoliciesQuery query, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize ?? 20, 1, MaxPageSize);
        var page = Math.Max(query.Page ?? 1, 1);
        var rows = db.Set<RewardPolicy>().AsNoTracking().VisibleTo(user);
        if (query.State is { } state)
        {
            rows = rows.Where(p => p.State == state);
        }

        if (query.InForceOn is { } date)
        {
            rows = rows.Where(p => p.State == PolicyState.Published && p.EffectiveFrom <= date && (p.EffectiveTo == null || p.EffectiveTo >= date));
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Revision).ThenBy(p => p.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(p => new PolicySummary(p.Id, p.SeriesId, p.Revision, p.Name, p.DocumentNumber, p.EffectiveFrom, p.EffectiveTo, p.State, p.Items.Count, p.UpdatedUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<PolicySummary>(items, total, page, size);
    }
}
