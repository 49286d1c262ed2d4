using CountyIP.Modules.__Module__.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.__Module__.UseCases;

/// <summary>Items matching a search term, a page at a time (filters are query parameters on pages and API alike).</summary>
public sealed record List__Module__ItemsQuery(string? Search = null, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 200;
}

public sealed record __Module__ItemView(Guid Id, string Code, string NameZh, string? NameEn, string CreatedBy, DateTime CreatedUtc)
{
    internal static __Module__ItemView From(__Module__Item i) => new(i.Id, i.Code, i.NameZh, i.NameEn, i.CreatedBy, i.CreatedUtc);
}

/// <summary>Reads only (no save). A module whose data has a scope (unit, department, enterprise) filters it here, in the query.</summary>
internal sealed class List__Module__ItemsHandler(CountyIpDbContext db)
{
    public async Task<PagedResult<__Module__ItemView>> HandleAsync(List__Module__ItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.Set<__Module__Item>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            items = items.Where(i => i.Code.Contains(term) || i.NameZh.Contains(term) || (i.NameEn != null && i.NameEn.Contains(term)));
        }

        var size = Math.Clamp(query.PageSize, 1, List__Module__ItemsQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderBy(i => i.Code).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<__Module__ItemView>([.. rows.Select(__Module__ItemView.From)], total, page, size);
    }
}
