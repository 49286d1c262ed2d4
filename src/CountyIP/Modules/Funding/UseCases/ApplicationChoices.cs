using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A policy item an enterprise can apply under today, with its policy.</summary>
public sealed record ItemChoice(Guid ItemId, string PolicyName, string DocumentNumber, string Code, string Name, AchievementKind Kind, AmountMode Mode, [property: Money] decimal Amount,
    [property: Money] decimal? PerApplicationCap, [property: Money] decimal? PerEnterpriseYearCap, decimal ServiceInventionMultiplier, decimal ForeignMultiplier, BudgetUse Line,
    bool RequiresEvidence)
{
    public bool UsesLedger => AmountRule.UsesLedger(Kind);
}

/// <summary>A right of the enterprise the chosen item could reward, and whether it can be claimed now (and why not).</summary>
public sealed record RightChoice(string Key, string Number, string Title, DateOnly? AchievedOn, bool InForce, string Status, bool ServiceInvention, bool Foreign, bool Claimed, bool InWindow);

/// <summary>
/// What the application form offers (issue 12 §3: "picks its rights from the ledger"): the items of the policies in
/// force today and, for the chosen item, the enterprise's rights of the kind it rewards — those not in force, outside
/// the policy's dates or already claimed under the item shown but not selectable, with the reason.
/// </summary>
internal sealed class ApplicationChoicesHandler(CountyIpDbContext db, IRightsLedger ledger, IEnterpriseRegistry enterprises, TimeProvider clock)
{
    public async Task<IReadOnlyList<ItemChoice>> ItemsAsync(CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var policies = await db.Set<RewardPolicy>().AsNoTracking()
            .Where(p => p.State == PolicyState.Published && p.EffectiveFrom <= today && (p.EffectiveTo == null || p.EffectiveTo >= today))
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. policies.SelectMany(p => p.Items.OrderBy(i => i.Code).Select(i => new ItemChoice(
            i.Id, p.Name, p.DocumentNumber, i.Code, i.Name, i.Kind, i.Mode, i.Amount, i.PerApplicationCap, i.PerEnterpriseYearCap,
            i.ServiceInventionMultiplier, i.ForeignMultiplier, i.Line, i.RequiresEvidence)))];
    }

    /// <summary>The enterprise's name, or null when it is not registered.</summary>
    public async Task<string?> EnterpriseNameAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        (await enterprises.FindAsync(enterpriseId, cancellationToken))?.Name;

    /// <summary>The enterprise whose credit code is <paramref name="creditCode"/> (staff filing for it), or null.</summary>
    public async Task<(Guid Id, string Name)?> EnterpriseByCreditCodeAsync(string creditCode, CancellationToken cancellationToken) =>
        await enterprises.FindByCreditCodeAsync(creditCode, cancellationToken) is { } found ? (found.Id, found.Name) : null;

    /// <summary>
    /// The enterprise's rights the item could reward; a right claimed by <paramref name="exceptApplication"/> (the
    /// returned application being edited, which keeps its claims) counts as free.
    /// </summary>
    public async Task<IReadOnlyList<RightChoice>> RightsAsync(Guid enterpriseId, Guid itemId, Guid? exceptApplication, CancellationToken cancellationToken)
    {
        var policy = await db.Set<RewardPolicy>().AsNoTracking().FirstOrDefaultAsync(p => p.Items.Any(i => i.Id == itemId), cancellationToken);
        var item = policy?.Items.FirstOrDefault(i => i.Id == itemId);
        if (policy is null || item is null || !AmountRule.UsesLedger(item.Kind))
        {
            return [];
        }

        var today = TimeDisplay.Today(clock);
        var (kind, test) = ApplicationEligibility.LedgerFilter(item.Kind);
        var rights = (await ledger.HeldByAsync(enterpriseId, kind, today, cancellationToken)).Where(test).ToList();
        var keys = rights.Select(r => RightClaim.KeyOf(policy.SeriesId, item.Code, r.Key)).ToList();
        var claimed = (await db.Set<RightClaim>().AsNoTracking().Where(c => keys.Contains(c.Key) && c.ApplicationId != exceptApplication).Select(c => c.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. rights.Select(r => new RightChoice(
            r.Key, r.Number, r.Title, r.AchievedOn, r.InForce, r.Status, r.ServiceInvention, r.Foreign,
            claimed.Contains(RightClaim.KeyOf(policy.SeriesId, item.Code, r.Key)),
            r.AchievedOn is { } on && policy.Covers(on)))];
    }
}
