using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A draft's new contents (<c>PUT /api/funding/policies/{id}</c>) and the <see cref="Version"/> read, so a change by someone else in between is refused.</summary>
public sealed class RevisePolicyCommand : DraftPolicyCommand
{
    public Guid? Version { get; set; }
}

/// <summary>
/// Replaces a draft's fields and items (a published version never changes: 409, the way to change it is a new
/// version). Two officers editing the same draft: the version read, and the stamp at the save, give the second a 409.
/// </summary>
internal sealed class RevisePolicyHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<PolicyView?> HandleAsync(Guid id, RevisePolicyCommand command, CancellationToken cancellationToken)
    {
        if (await PolicyAccess.DraftAsync(db, id, command.Version, text, cancellationToken) is not { } policy)
        {
            return null;
        }

        policy.Revise(command.Name!, command.DocumentNumber!, command.EffectiveFrom!.Value, command.EffectiveTo, command.ToItems(),
            user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await PolicyAccess.SaveAsync(db, text, cancellationToken);
        return PolicyView.From(policy, await PolicyAccess.VersionsAsync(db, user, policy.SeriesId, cancellationToken));
    }
}
