using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record ListDictionaryItemsQuery(string Kind, string? Search = null, bool ActiveOnly = false);

internal sealed class ListDictionaryItemsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<DictionaryItemView>> HandleAsync(ListDictionaryItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.Set<DictionaryItem>().AsNoTracking().Where(d => d.Kind == query.Kind);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            items = items.Where(d => d.Code.Contains(term) || d.NameZh.Contains(term) || d.NameEn.Contains(term));
        }

        if (query.ActiveOnly)
        {
            items = items.Where(d => d.IsActive);
        }

        var list = await items.OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        return [.. list.Select(DictionaryItemView.From)];
    }
}
