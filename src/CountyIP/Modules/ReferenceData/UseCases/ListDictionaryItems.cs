using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record ListDictionaryItemsQuery(string Kind, string? Search = null, bool ActiveOnly = false);

internal sealed class ListDictionaryItemsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<DictionaryItemView>> HandleAsync(ListDictionaryItemsQuery query, CancellationToken cancellationToken)
    {
        var list = await db.Set<DictionaryItem>().AsNoTracking()
            .Where(d => d.Kind == query.Kind)
            .Matching(query.Search)
            .ActiveOnly(query.ActiveOnly)
            .InListOrder()
            .ToListAsync(cancellationToken);
        return [.. list.Select(DictionaryItemView.From)];
    }
}
