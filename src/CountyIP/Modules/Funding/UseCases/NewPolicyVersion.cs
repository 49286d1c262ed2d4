using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// Starts the next version of a series (a 修订) as a draft copied from a published or superseded version: the same name,
/// document number, dates and items (same codes, so a right claimed under one version stays claimed), numbered after the
/// series' latest. A series has one draft at a time (409); two officers starting one at once: the unique revision
/// number lets one through.
/// </summary>
internal sealed class NewPolicyVersionHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<PolicyCreated?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<RewardPolicy>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } source)
        {
            return null;
        }

        if (source.State == PolicyState.Draft)
        {
            throw new BusinessRuleException("funding.policy-is-draft", text["Error_CopyOfDraft"]);
        }

        var series = await db.Set<RewardPolicy>().AsNoTracking().Where(p => p.SeriesId == source.SeriesId)
            .Select(p => new { p.Revision, p.State }).ToListAsync(cancellationToken);
        if (series.Any(p => p.State == PolicyState.Draft))
        {
            throw new BusinessRuleException("funding.series-has-draft", text["Error_SeriesHasDraft"]);
        }

        var next = source.NextVersion(series.Max(p => p.Revision) + 1, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (series, revision): another officer started the same next version in between.
            throw new BusinessRuleException("funding.series-has-draft", text["Error_SeriesHasDraft"]);
        }

        return new PolicyCreated(next.Id);
    }
}
