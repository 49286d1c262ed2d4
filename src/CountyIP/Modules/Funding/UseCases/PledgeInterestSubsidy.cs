using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Funding.Domain;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>The open items rewarding pledge-loan interest, as the application form offers them (<see cref="ApplicationChoicesHandler.ItemsAsync"/>).</summary>
internal sealed class PledgeInterestSubsidy(ApplicationChoicesHandler choices) : IPledgeInterestSubsidy
{
    public async Task<IReadOnlyList<SubsidyItem>> OpenItemsAsync(CancellationToken cancellationToken) =>
        [.. (await choices.ItemsAsync(cancellationToken))
            .Where(i => i.Kind == AchievementKind.PledgeLoanInterest)
            .Select(i => new SubsidyItem(i.ItemId, i.Code, i.Name, i.PolicyName))];
}
