using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>The draft's version as read (optional: <c>POST /api/funding/policies/{id}/publish</c> may have no body).</summary>
public sealed class PublishPolicyCommand
{
    public Guid? Version { get; set; }
}

/// <summary>
/// Publishes a draft and, in the same transaction, supersedes the series' published version (issue 12 §2): a series has
/// at most one version in force. One officer may draft and publish (the policy is the district government's document,
/// not a payment); who published it and when is recorded. Refused (409) when it is not a draft or has no items.
/// </summary>
internal sealed class PublishPolicyHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<PolicyView?> HandleAsync(Guid id, PublishPolicyCommand command, CancellationToken cancellationToken)
    {
        if (await PolicyAccess.DraftAsync(db, id, command.Version, text, cancellationToken) is not { } policy)
        {
            return null;
        }

        if (policy.Items.Count == 0)
        {
            throw new BusinessRuleException("funding.policy-no-items", text["Error_PolicyWithoutItems"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var inForce = await db.Set<RewardPolicy>()
            .Where(p => p.SeriesId == policy.SeriesId && p.State == PolicyState.Published && p.Id != policy.Id)
            .ToListAsync(cancellationToken);
        foreach (var previous in inForce)
        {
            previous.Supersede(now);
        }

        policy.Publish(user.UserName ?? string.Empty, now);
        await PolicyAccess.SaveAsync(db, text, cancellationToken);
        return PolicyView.From(policy, await PolicyAccess.VersionsAsync(db, user, policy.SeriesId, cancellationToken));
    }
}
