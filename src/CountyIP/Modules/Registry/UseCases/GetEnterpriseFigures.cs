using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Figures of an enterprise's profile: patents by type and filing year, granted and valid counts, other rights.</summary>
public sealed record GetEnterpriseFiguresQuery(Guid EnterpriseId);

public sealed record EnterpriseFigures(
    IReadOnlyList<PatentYearCount> PatentsByTypeAndYear,
    int PatentCount,
    int GrantedCount,
    int ValidCount,
    int TrademarkCount,
    int CopyrightCount,
    int StandardsCount);

public sealed record PatentYearCount(PatentType Type, int Year, int Filed, int Granted);

internal sealed class GetEnterpriseFiguresHandler(CountyIpDbContext db, RegistryScope scope, ListPatentsHandler list)
{
    public async Task<EnterpriseFigures?> HandleAsync(GetEnterpriseFiguresQuery query, CancellationToken ct)
    {
        var id = query.EnterpriseId;
        if (!await scope.Enterprises(db).AnyAsync(e => e.Id == id, ct))
        {
            return null;
        }

        var patents = await db.Set<Patent>().AsNoTracking().Where(p => p.Applicants.Any(a => a.EnterpriseId == id)).ToListAsync(ct);
        var byYear = patents
            .GroupBy(p => (p.Type, p.FilingDate.Year))
            .Select(g => new PatentYearCount(g.Key.Type, g.Key.Year, g.Count(), g.Count(p => p.GrantDate is not null)))
            .OrderBy(c => c.Year).ThenBy(c => c.Type)
            .ToList();
        return new EnterpriseFigures(
            byYear,
            patents.Count,
            patents.Count(p => p.GrantDate is not null),
            // The patent list's own count with the status filter "in force": the figure and the list cannot disagree.
            await list.CountAsync(new ListPatentsQuery(Status: PatentLegalStatus.Granted, EnterpriseId: id), ct),
            await db.Set<Trademark>().CountAsync(t => t.EnterpriseId == id, ct),
            await db.Set<CopyrightRegistration>().CountAsync(c => c.EnterpriseId == id, ct),
            await db.Set<StandardsProject>().CountAsync(s => s.EnterpriseId == id, ct));
    }
}
