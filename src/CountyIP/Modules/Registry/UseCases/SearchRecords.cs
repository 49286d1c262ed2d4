using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Search;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// A full-text search of trademarks, copyright registrations or enterprises (<c>GET /api/search/records</c>, issue 13
/// §1): <see cref="Q"/> in the patents' query language with the prefixes a record has (ti: name, pa: holder, ab: detail,
/// no: numbers), ranked by relevance, a page at a time.
/// </summary>
public sealed record SearchRecordsQuery(
    [property: Required] SearchRecordKind? Kind = null,
    [property: StringLength(SearchQueryParser.MaxLength)] string? Q = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, int.MaxValue)] int? PageSize = null);

/// <summary>A matched record: its name with the matches marked, holder, number and detail (Nice classes, address).</summary>
public sealed record RecordSearchItem(Guid Id, SearchRecordKind Kind, string Name, string NameMarked, string? Holder, string? Number, string? Detail);

/// <summary>
/// Searches one register in the caller's scope, as the registry's lists are: the district for staff and leaders, the
/// unit for a town (enterprises of the unit, rights of its enterprises), its own for an enterprise. The query is parsed
/// first (the patents' messages, 400 under <c>Q</c>), and a prefix only patents have (in:, ag:, ipc:) is refused.
/// </summary>
internal sealed class SearchRecordsHandler(CountyIpDbContext db, RegistryScope scope, IStringLocalizer<RegistryText> text)
{
    public async Task<PagedResult<RecordSearchItem>> HandleAsync(SearchRecordsQuery query, CancellationToken ct)
    {
        var expression = PatentSearch.Parse(query.Q, text);
        if (expression.Terms.Concat(expression.Excluded).FirstOrDefault(t => t.Field is { } f && !RecordSearchDocument.Searchable.Contains(f)) is { } patentOnly)
        {
            throw InputValidationException.For(nameof(SearchRecordsQuery.Q), text["Search_Error_PatentField", patentOnly.Text]);
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, PatentSearch.MaxPageSize);
        var page = Math.Max(1, query.Page ?? 1);
        if ((long)(page - 1) * size >= PatentSearch.MaxWindow)
        {
            throw InputValidationException.For(nameof(SearchRecordsQuery.Page), text["Search_Error_Window", PatentSearch.MaxWindow]);
        }

        var kind = query.Kind ?? SearchRecordKind.Enterprise;
        var hits = RecordSearchIndex.Hits(db, kind, expression);
        var marker = new SearchMarker(expression);
        return kind switch
        {
            SearchRecordKind.Trademark => await PageAsync(scope.Trademarks(db), t => t.Id, hits, page, size,
                t => new RecordSearchItem(t.Id, kind, t.Mark, marker.Mark(t.Mark), t.OwnerName, t.RegistrationNumber, t.NiceClasses), ct),
            SearchRecordKind.Copyright => await PageAsync(scope.Copyrights(db), c => c.Id, hits, page, size,
                c => new RecordSearchItem(c.Id, kind, c.Title, marker.Mark(c.Title), c.OwnerName, c.RegistrationNumber, null), ct),
            _ => await PageAsync(scope.Enterprises(db), e => e.Id, hits, page, size,
                e => new RecordSearchItem(e.Id, kind, e.Name, marker.Mark(e.Name), null, e.CreditCode, e.Address), ct),
        };
    }

    /// <summary>
    /// The records in scope that the index matched, best first (ties by id, so pages do not overlap), one page: the page's
    /// ids from the index (restricted to the scope's ids), then those records read whole — an entity with owned
    /// collections cannot be projected beside a raw query's rows.
    /// </summary>
    private static async Task<PagedResult<RecordSearchItem>> PageAsync<T>(
        IQueryable<T> records, Expression<Func<T, Guid>> id, IQueryable<RecordSearchHit> hits, int page, int size, Func<T, RecordSearchItem> item, CancellationToken ct)
        where T : class
    {
        var inScope = records.Select(id);
        var matched = hits.Where(h => inScope.Contains(h.RecordId));
        var total = await matched.CountAsync(ct);
        var ranked = await matched.OrderBy(h => h.Score).ThenBy(h => h.RecordId).Skip((page - 1) * size).Take(size).Select(h => h.RecordId).ToListAsync(ct);

        // records.Where(r => page.Ids.Contains(id(r))), with the list as a parameter (one cached query plan for every page).
        var pageIds = new PageIds(ranked);
        var contains = Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Property(Expression.Constant(pageIds), nameof(PageIds.Ids)), id.Body),
            id.Parameters);
        var key = id.Compile();
        var loaded = (await records.AsNoTracking().Where(contains).ToListAsync(ct)).ToDictionary(key);
        return new PagedResult<RecordSearchItem>([.. ranked.Where(loaded.ContainsKey).Select(r => item(loaded[r]))], total, page, size);
    }

    private sealed class PageIds(List<Guid> ids)
    {
        public List<Guid> Ids { get; } = ids;
    }
}
