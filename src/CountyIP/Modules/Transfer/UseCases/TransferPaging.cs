using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>One page of an ordered query as the API's paged shape ({items, total, page, pageSize}).</summary>
internal static class Paging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedResult<TView>> PageAsync<T, TView>(IOrderedQueryable<T> ordered, int page, int pageSize, Func<T, TView> view, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var total = await ordered.CountAsync(cancellationToken);
        var rows = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<TView>([.. rows.Select(view)], total, page, size);
    }
}
