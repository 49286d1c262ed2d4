using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>The code lists that exist (a list exists as soon as it has one entry).</summary>
internal sealed class ListDictionaryKindsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<DictionaryKindView>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Set<DictionaryItem>().AsNoTracking()
            .GroupBy(d => d.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new DictionaryKindView(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
}
