using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>What <c>POST /api/funding/policies</c> and <c>POST /api/funding/policies/{id}/versions</c> answer: the new draft's id.</summary>
public sealed record PolicyCreated(Guid Id);

/// <summary>A policy version as a list shows it.</summary>
public sealed record PolicySummary(
    Guid Id,
    Guid SeriesId,
    int Revision,
    string Name,
    string DocumentNumber,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    PolicyState State,
    int ItemCount,
    DateTime UpdatedUtc);

/// <summary>
/// A policy version with its items and the versions of its series (for enterprises and towns the published one only);
/// <see cref="Version"/> is the stamp a revision or publication sends back.
/// </summary>
public sealed record PolicyView(
    Guid Id,
    Guid SeriesId,
    int Revision,
    string Name,
    string DocumentNumber,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    PolicyState State,
    string DraftedBy,
    string? PublishedBy,
    DateTime? PublishedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<PolicyItemView> Items,
    IReadOnlyList<PolicyVersionView> Versions,
    Guid Version)
{
    internal static PolicyView From(RewardPolicy p, IReadOnlyList<PolicyVersionView> versions) => new(
        p.Id, p.SeriesId, p.Revision, p.Name, p.DocumentNumber, p.EffectiveFrom, p.EffectiveTo, p.State, p.DraftedBy, p.PublishedBy,
        p.PublishedUtc, p.UpdatedUtc, [.. p.Items.OrderBy(i => i.Code, StringComparer.Ordinal).Select(PolicyItemView.From)], versions, p.Version);
}

/// <summary>
/// One item: what it rewards, its amount rule (fixed, or per unit with the caps; the service-invention and foreign
/// factors, 1 when none) and the budget line it is charged to.
/// </summary>
public sealed record PolicyItemView(
    Guid Id,
    string Code,
    string Name,
    AchievementKind Kind,
    AmountMode Mode,
    [property: Money] decimal Amount,
    [property: Money] decimal? PerApplicationCap,
    [property: Money] decimal? PerEnterpriseYearCap,
    decimal ServiceInventionMultiplier,
    decimal ForeignMultiplier,
    BudgetUse Line,
    bool RequiresEvidence = false)
{
    internal static PolicyItemView From(PolicyItem i) => new(
        i.Id, i.Code, i.Name, i.Kind, i.Mode, i.Amount, i.PerApplicationCap, i.PerEnterpriseYearCap, i.ServiceInventionMultiplier, i.ForeignMultiplier, i.Line,
        i.RequiresEvidence);
}

/// <summary>One version of a series, for the list of versions on a policy's page.</summary>
public sealed record PolicyVersionView(Guid Id, int Revision, string DocumentNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo, PolicyState State, DateTime? PublishedUtc);

/// <summary>
/// Who sees which versions (issue 12 §2): bureau staff, leaders and auditors every state; enterprises and towns read the
/// rules they apply under, so only published versions — a draft or a superseded one is not found for them (404).
/// </summary>
internal static class PolicyAccess
{
    public static bool SeesEveryState(ICurrentUser user) =>
        user.IsInRole(Roles.BureauStaff) || user.IsInRole(Roles.Leadership) || user.IsInRole(Roles.Auditor);

    public static IQueryable<RewardPolicy> VisibleTo(this IQueryable<RewardPolicy> policies, ICurrentUser user) =>
        SeesEveryState(user) ? policies : policies.Where(p => p.State == PolicyState.Published);

    /// <summary>A draft to change, or null when there is no such policy; 409 when it is no longer a draft or changed since it was read.</summary>
    public static async Task<RewardPolicy?> DraftAsync(CountyIpDbContext db, Guid id, Guid? versionRead, IStringLocalizer<FundingText> text, CancellationToken cancellationToken)
    {
        if (await db.Set<RewardPolicy>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } policy)
        {
            return null;
        }

        if (policy.State != PolicyState.Draft)
        {
            throw new BusinessRuleException("funding.policy-not-draft", text["Error_PolicyNotDraft", text[Platform.Localization.EnumNames.Key(policy.State)]]);
        }

        if (versionRead is { } read && read != policy.Version)
        {
            throw new BusinessRuleException("funding.concurrency", text["Error_ChangedMeanwhile"]);
        }

        return policy;
    }

    /// <summary>The versions of a series the caller may see, latest first.</summary>
    public static async Task<IReadOnlyList<PolicyVersionView>> VersionsAsync(CountyIpDbContext db, ICurrentUser user, Guid seriesId, CancellationToken cancellationToken) =>
        await db.Set<RewardPolicy>().AsNoTracking().VisibleTo(user).Where(p => p.SeriesId == seriesId).OrderByDescending(p => p.Revision)
            .Select(p => new PolicyVersionView(p.Id, p.Revision, p.DocumentNumber, p.EffectiveFrom, p.EffectiveTo, p.State, p.PublishedUtc))
            .ToListAsync(cancellationToken);

    /// <summary>Saves; a concurrent change of the same version (its stamp) is the same 409 as a stale <c>version</c>.</summary>
    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<FundingText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("funding.concurrency", text["Error_ChangedMeanwhile"], cancellationToken);
}
