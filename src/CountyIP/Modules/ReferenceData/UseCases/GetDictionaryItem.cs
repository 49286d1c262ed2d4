using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

internal sealed class GetDictionaryItemHandler(CountyIpDbContext db)
{
    public async Task<DictionaryItemView?> HandleAsync(string kind, string code, CancellationToken cancellationToken) =>
        await db.Set<DictionaryItem>().AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Code == code, cancellationToken) is { } item
            ? DictionaryItemView.From(item)
            : null;
}
