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

        // Grouped in the database over the enterprise's patents only (issue 11 §1: loading every matching patent
        // grew with the table); the applicants' EnterpriseId index finds them (PatentQueries.OfEnterprise).
        var groups = await db.Set<Patent>().OfEnterprise(db, id)
            .GroupBy(p => new { p.Type, p.FilingDate.Year })
            .Select(g => new { g.Key.Type, g.Key.Year, Filed = g.Count(), Granted = g.Count(p => p.GrantDate != null) })
            .ToListAsync(ct);
        var byYear = groups
            .Select(g => new PatentYearCount(g.Type, g.Year, g.Filed, g.Granted))
            .OrderBy(c => c.Year).ThenBy(c => c.Type)
            .ToList();
        return new EnterpriseFigures(
            byYear,
            byYear.Sum(c => c.Filed),
            byYear.Sum(c => c.Granted),
            // The patent list's own count with the status filter "in force": the figure and the list cannot disagree.
            await list.CountAsync(new ListPatentsQuery(Status: PatentLegalStatus.Granted, EnterpriseId: id), ct),
            await db.Set<Trademark>().CountAsync(t => t.EnterpriseId == id, ct),
            await db.Set<CopyrightRegistration>().CountAsync(c => c.EnterpriseId == id, ct),
            await db.Set<StandardsProject>().CountAsync(s => s.EnterpriseId == id, ct));
    }
}
