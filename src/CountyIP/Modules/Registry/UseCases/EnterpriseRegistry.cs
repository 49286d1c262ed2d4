using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>The Registry's <see cref="IEnterpriseRegistry"/> (ADR 0020): reads only, no tracking, no data scope.</summary>
internal sealed class EnterpriseRegistry(CountyIpDbContext db, TimeProvider clock) : IEnterpriseRegistry
{
    public Task<EnterpriseRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        FirstAsync(db.Set<Enterprise>().Where(e => e.Id == id), cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, EnterpriseRecord>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = wanted.Count == 0 ? [] : await db.Set<Enterprise>().AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken);
        return found.ToDictionary(e => e.Id, Record);
    }

    public Task<EnterpriseRecord?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken) =>
        UnifiedSocialCreditCode.Parse(creditCode) is { IsValid: true } parsed && parsed.Value!.Value is var canonical
            ? FirstAsync(db.Set<Enterprise>().Where(e => e.CreditCode == canonical), cancellationToken)
            : Task.FromResult<EnterpriseRecord?>(null);

    public Task<EnterpriseRecord?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0
            ? Task.FromResult<EnterpriseRecord?>(null)
            : FirstAsync(db.Set<Enterprise>().Where(e => e.Name == trimmed).OrderBy(e => e.CreatedUtc).ThenBy(e => e.Id), cancellationToken);
    }

    public async Task<EnterpriseRightsCounts?> CountRightsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Set<Enterprise>().AnyAsync(e => e.Id == id, cancellationToken))
        {
            return null;
        }

        // The same rules as the enterprise profile's figures (GetEnterpriseFigures) and the patent list's status filter.
        var today = TimeDisplay.Today(clock);
        var patents = db.Set<Patent>().Where(p => p.Applicants.Any(a => a.EnterpriseId == id));
        return new EnterpriseRightsCounts(
            await patents.CountAsync(cancellationToken),
            await patents.CountAsync(p => p.GrantDate != null, cancellationToken),
            await patents.Where(PatentLegalStatusRule.StatusIs(PatentLegalStatus.Granted, today, today)).CountAsync(cancellationToken),
            await db.Set<Trademark>().CountAsync(t => t.EnterpriseId == id, cancellationToken),
            await db.Set<CopyrightRegistration>().CountAsync(c => c.EnterpriseId == id, cancellationToken),
            await db.Set<StandardsProject>().CountAsync(s => s.EnterpriseId == id, cancellationToken));
    }

    private static async Task<EnterpriseRecord?> FirstAsync(IQueryable<Enterprise> query, CancellationToken cancellationToken) =>
        await query.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is { } e ? Record(e) : null;

    private static EnterpriseRecord Record(Enterprise e) => new(
        e.Id,
        e.Name,
        e.CreditCode,
        e.UnitCode,
        [.. e.Designations.Select(d => new EnterpriseDesignation(d.Level.ToString(), d.Kind.ToString(), d.Title, d.Year, d.ValidUntil, d.RevokedOn))],
        [.. Enum.GetValues<PlanIndustry>().Where(i => i != PlanIndustry.None && e.IndustryTags.HasFlag(i)).Select(Calculators.RegistryIndicatorLabels.IndustryCode)]);
}
