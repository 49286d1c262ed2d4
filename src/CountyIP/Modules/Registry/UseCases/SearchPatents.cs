using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.Domain.Search;
using CountyIP.Platform.Data;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Legal state of a search result on today's date, as the law derives it (ADR 0016): in force, pending, or ended (lapsed, expired, invalidated, rejected…).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatentSearchState>))]
public enum PatentSearchState
{
    InForce,
    Pending,
    Ended,
}

/// <summary>
/// A full-text search of the patents (issue 13 §1): <see cref="Q"/> in the query syntax of <see cref="SearchQueryParser"/>,
/// filters by type, filing years, state, unit and industry, sorted by relevance (default), <c>-filed</c> or <c>filed</c>.
/// </summary>
public sealed record SearchPatentsQuery(
    [property: StringLength(SearchQueryParser.MaxLength)] string? Q = null,
    PatentType? Type = null,
    [property: Range(1985, 2100)] int? YearFrom = null,
    [property: Range(1985, 2100)] int? YearTo = null,
    PatentSearchState? State = null,
    [property: StringLength(32)] string? Unit = null,
    PlanIndustry? Industry = null,
    [property: RegularExpression("^(relevance|-filed|filed)$")] string? Sort = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, int.MaxValue)] int? PageSize = null);

/// <summary>One result: public bibliographic data only (what CNIPA publishes), with the matches marked.</summary>
public sealed record PatentSearchItem(
    Guid Id,
    string ApplicationNumber,
    string Title,
    PatentType Type,
    IReadOnlyList<string> Applicants,
    string? Inventors,
    DateOnly FilingDate,
    string? PublicationNumber,
    DateOnly? GrantDate,
    string? IpcMain,
    string? AgencyName,
    PatentSearchState State,
    string? UnitCode,
    bool Own,
    string TitleMarked,
    string? AbstractSnippet);

/// <summary>A facet value (an enum name, a year, a unit code) and how many results have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Counts per facet over the whole result (not only the page), within the caller's scope.</summary>
public sealed record PatentSearchFacets(
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> States,
    IReadOnlyList<FacetCount> Units);

/// <summary>A page of results; <see cref="FacetsOmitted"/> when the result is broader than the facets are counted for (<see cref="PatentSearch.FacetLimit"/>).</summary>
public sealed record PatentSearchResult(int Total, int Page, int PageSize, IReadOnlyList<PatentSearchItem> Items, PatentSearchFacets Facets, bool FacetsOmitted)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Runs a search in the caller's scope (issue 13 §1): bureau staff and leaders search the district; an enterprise
/// searches every patent too, but a result is bibliographic data (what CNIPA publishes), and only its own link to the
/// record; a town liaison searches the rights of its unit, and its facets count that unit. The public portal searches
/// the patents of district applicants (<see cref="SearchPublicPatentsHandler"/>). The query is parsed first: an empty
/// or one-character query, an unknown prefix or an invalid IPC symbol is a 400 under <c>Q</c>, never a scan.
/// </summary>
internal sealed class SearchPatentsHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock, IStringLocalizer<RegistryText> text)
{
    public Task<PatentSearchResult> HandleAsync(SearchPatentsQuery query, CancellationToken ct) =>
        PatentSearch.RunAsync(db, Scoped(), scope.IsDistrictWide || scope.EnterpriseId is not null, scope.EnterpriseId, query, TimeDisplay.Today(clock), text, ct);

    /// <summary>The rows the caller may search.</summary>
    public IQueryable<Patent> Scoped()
    {
        var all = db.Set<Patent>().AsNoTracking();
        if (scope.IsDistrictWide || scope.EnterpriseId is not null)
        {
            return all;
        }

        return scope.UnitCode is { } unit ? all.Where(p => p.UnitCode == unit) : all.Where(_ => false);
    }
}

/// <summary>
/// The public portal's search: patents whose first applicant is in the district, bibliographic data only and no personal
/// data (issue 13 §4): inventors are left out, an individual applicant's name shows its first character only (林**,
/// the masking of shared/domain "Personal information"), and no unit is named.
/// </summary>
internal sealed class SearchPublicPatentsHandler(CountyIpDbContext db, TimeProvider clock, IStringLocalizer<RegistryText> text)
{
    public async Task<PatentSearchResult> HandleAsync(SearchPatentsQuery query, CancellationToken ct)
    {
        var result = await PatentSearch.RunAsync(db, db.Set<Patent>().AsNoTracking().Where(p => p.FirstApplicantInDistrict), false, null, query with { Unit = null }, TimeDisplay.Today(clock), text, ct);
        var ids = result.Items.Select(i => i.Id).ToList();
        var people = ids.Count == 0
            ? []
            : (await db.Set<Patent>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Applicants).ToListAsync(ct))
                .SelectMany(a => a).Where(a => a.Kind == ApplicantKind.Individual).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        return result with
        {
            Items = [.. result.Items.Select(i => i with { Inventors = null, UnitCode = null, Applicants = [.. i.Applicants.Select(a => people.Contains(a) ? Mask(a) : a)] })],
            Facets = result.Facets with { Units = [] },
        };
    }

    private static string Mask(string name) => name.Length <= 1 ? name : name[..1] + new string('*', Math.Min(name.Length - 1, 3));
}

/// <summary>The search itself, shared by the signed-in and public handlers and the export.</summary>
internal static class PatentSearch
{
    public const int MaxPageSize = 100;

    /// <summary>Results beyond this rank are not paged (a search engine's window): narrowing the query is the way on.</summary>
    public const int MaxWindow = 10_000;

    /// <summary>
    /// Facet counts are computed for results up to this size, read in one pass; a broader result (电池 in a million
    /// patents) shows its total and pages without them, and the page says to narrow the search to see them.
    /// </summary>
    public const int FacetLimit = 20_000;

    /// <summary>
    /// Three ways to one answer (ADR 0027), chosen by what the question needs. Without a filter or a narrower scope
    /// the index answers alone: the count and the best page come from the full-text table, and only the page's rows are
    /// read (what a hand-written FTS5 query does). Otherwise the matches are read once with the columns the facets and
    /// sorts need, up to <see cref="FacetLimit"/>: total, facets, order and page are computed from that one pass. Beyond
    /// it, the count and the page are two queries and the facets are left out.
    /// </summary>
    public static async Task<PatentSearchResult> RunAsync(
        CountyIpDbContext db, IQueryable<Patent> scoped, bool everyPatent, Guid? ownEnterprise, SearchPatentsQuery query, DateOnly today,
        IStringLocalizer<RegistryText> text, CancellationToken ct)
    {
        var expression = Parse(query.Q, text);
        var size = Math.Clamp(query.PageSize ?? 20, 1, MaxPageSize);
        var page = Math.Max(query.Page ?? 1, 1);
        if ((long)page * size > MaxWindow)
        {
            throw InputValidationException.For(nameof(SearchPatentsQuery.Page), text["Search_Error_Window", MaxWindow]);
        }

        var skip = (page - 1) * size;
        var unfiltered = everyPatent && query is { Type: null, YearFrom: null, YearTo: null, State: null, Industry: null or PlanIndustry.None } && string.IsNullOrWhiteSpace(query.Unit);
        int total;
        List<Guid> ids;
        PatentSearchFacets? facets;
        if (unfiltered && query.Sort is null or "relevance" && await PatentSearchIndex.CountAsync(db, expression, ct) is var indexed && indexed > FacetLimit)
        {
            total = indexed;
            ids = [.. (await PatentSearchIndex.TopAsync(db, expression, skip, size, ct)).Select(h => h.PatentId)];
            facets = null;
        }
        else
        {
            var filtered = Filter(db, scoped, query, today);
            var rows = await Join(db, filtered, expression).Take(FacetLimit + 1).ToListAsync(ct);
            if (rows.Count <= FacetLimit)
            {
                total = rows.Count;
                ids = [.. Order(rows.AsQueryable(), query.Sort).Skip(skip).Take(size).Select(m => m.Id)];
                facets = Facets(rows, today);
            }
            else
            {
                var matches = Join(db, filtered, expression);
                total = await matches.CountAsync(ct);
                ids = await Order(matches, query.Sort).Skip(skip).Take(size).Select(m => m.Id).ToListAsync(ct);
                facets = null;
            }
        }

        var found = ids.Count == 0 ? [] : await db.Set<Patent>().AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var byId = found.ToDictionary(p => p.Id);
        var marker = new SearchMarker(expression);
        var items = ids.Where(byId.ContainsKey).Select(id => Item(byId[id], today, ownEnterprise, marker)).ToList();
        return new PatentSearchResult(total, page, size, items, facets ?? new PatentSearchFacets([], [], [], []), facets is null && total > 0);
    }

    /// <summary>Relevance first (ties newest first), or by filing date either way; the key ends every order.</summary>
    private static IOrderedQueryable<Match> Order(IQueryable<Match> matches, string? sort) => sort switch
    {
        "-filed" => matches.OrderByDescending(m => m.FilingDate).ThenByDescending(m => m.Id),
        "filed" => matches.OrderBy(m => m.FilingDate).ThenBy(m => m.Id),
        _ => matches.OrderBy(m => m.Score).ThenByDescending(m => m.FilingDate).ThenBy(m => m.Id),
    };

    /// <summary>Every matching id in result order, at most <paramref name="limit"/> (the export reads the rows by these).</summary>
    public static Task<List<Guid>> MatchingIdsAsync(
        CountyIpDbContext db, IQueryable<Patent> scoped, SearchPatentsQuery query, DateOnly today, int limit, IStringLocalizer<RegistryText> text, CancellationToken ct)
    {
        var matches = Join(db, Filter(db, scoped, query, today), Parse(query.Q, text));
        return Order(matches, query.Sort).Select(m => m.Id).Take(limit).ToListAsync(ct);
    }

    public static SearchExpression Parse(string? q, IStringLocalizer<RegistryText> text)
    {
        var (expression, error) = SearchQueryParser.Parse(q);
        if (error is not null)
        {
            throw InputValidationException.For(nameof(SearchPatentsQuery.Q), text["Search_Error_" + error.Kind, error.Found ?? string.Empty]);
        }

        return expression!;
    }

    public static PatentSearchState StateOf(Patent p, DateOnly today) => StateOf(p.StatusFacts, today);

    public static PatentSearchState StateOf(PatentStatusFacts facts, DateOnly today)
    {
        var status = PatentLegalStatusRule.StatusOn(facts, today, today).Status;
        return status switch
        {
            PatentLegalStatus.Granted => PatentSearchState.InForce,
            PatentLegalStatus.Pending => PatentSearchState.Pending,
            _ => PatentSearchState.Ended,
        };
    }

    private static IQueryable<Patent> Filter(CountyIpDbContext db, IQueryable<Patent> q, SearchPatentsQuery query, DateOnly today)
    {
        if (query.Type is { } type)
        {
            q = q.Where(p => p.Type == type);
        }

        if (query.YearFrom is { } from)
        {
            var start = new DateOnly(from, 1, 1);
            q = q.Where(p => p.FilingDate >= start);
        }

        if (query.YearTo is { } to)
        {
            var end = new DateOnly(to, 12, 31);
            q = q.Where(p => p.FilingDate <= end);
        }

        if (query.State is { } state)
        {
            q = q.Where(StateIs(state, today));
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            q = q.Where(p => p.UnitCode == query.Unit);
        }

        if (query.Industry is { } industry && industry != PlanIndustry.None)
        {
            var enterprises = db.Set<Enterprise>().Where(e => (e.IndustryTags & industry) != 0).Select(e => (Guid?)e.Id);
            q = q.Where(p => enterprises.Contains(p.EnterpriseId));
        }

        return q;
    }

    private static System.Linq.Expressions.Expression<Func<Patent, bool>> StateIs(PatentSearchState state, DateOnly today) => state switch
    {
        PatentSearchState.InForce => PatentLegalStatusRule.StatusIs(PatentLegalStatus.Granted, today, today),
        PatentSearchState.Pending => PatentLegalStatusRule.StatusIs(PatentLegalStatus.Pending, today, today),
        _ => Predicates.Not(Predicates.Or(PatentLegalStatusRule.StatusIs(PatentLegalStatus.Granted, today, today), PatentLegalStatusRule.StatusIs(PatentLegalStatus.Pending, today, today))),
    };

    private static IQueryable<Match> Join(CountyIpDbContext db, IQueryable<Patent> filtered, SearchExpression expression) =>
        from p in filtered
        join h in PatentSearchIndex.Hits(db, expression) on p.Id equals h.PatentId
        select new Match
        {
            Id = p.Id, Score = h.Score, FilingDate = p.FilingDate, Type = p.Type, UnitCode = p.UnitCode,
            GrantDate = p.GrantDate, TermEndsOn = p.TermEndsOn, RightEndedOn = p.RightEndedOn, RightEndedBy = p.RightEndedBy, AnnualFeePaidUntil = p.AnnualFeePaidUntil,
        };

    /// <summary>Type, filing year, legal state (derived on today's date, ADR 0016) and unit of every match, counted in one pass.</summary>
    private static PatentSearchFacets Facets(List<Match> rows, DateOnly today)
    {
        static List<FacetCount> Count<TKey>(IEnumerable<TKey> keys, Func<TKey, string> value, bool byCount)
            where TKey : notnull
        {
            var groups = keys.GroupBy(k => k).Select(g => (Key: g.Key, Count: g.Count()));
            groups = byCount ? groups.OrderByDescending(g => g.Count).ThenBy(g => value(g.Key), StringComparer.Ordinal) : groups.OrderBy(g => g.Key);
            return [.. groups.Select(g => new FacetCount(value(g.Key), g.Count))];
        }

        return new PatentSearchFacets(
            Count(rows.Select(r => r.Type), t => t.ToString(), byCount: false),
            [.. Count(rows.Select(r => r.FilingDate.Year), y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), byCount: false).AsEnumerable().Reverse()],
            Count(rows.Select(r => StateOf(r.Facts, today)), s => s.ToString(), byCount: false),
            Count(rows.Where(r => r.UnitCode is not null).Select(r => r.UnitCode!), u => u, byCount: true));
    }

    private static PatentSearchItem Item(Patent p, DateOnly today, Guid? ownEnterprise, SearchMarker marker) => new(
        p.Id, p.ApplicationNumber, p.Title, p.Type, [.. p.Applicants.OrderBy(a => a.Order).Select(a => a.Name)], p.Inventors, p.FilingDate,
        p.PublicationNumber, p.GrantDate, p.IpcMain, p.AgencyName, StateOf(p, today), p.UnitCode,
        ownEnterprise is { } own && p.Applicants.Any(a => a.EnterpriseId == own),
        marker.Mark(p.Title), p.Abstract is { Length: > 0 } a ? marker.Snippet(a) : null);

    /// <summary>A match row: the key, its score, what the sorts read and what the facets count (the status facts).</summary>
    private sealed class Match
    {
        public Guid Id { get; init; }

        public double Score { get; init; }

        public DateOnly FilingDate { get; init; }

        public PatentType Type { get; init; }

        public string? UnitCode { get; init; }

        public DateOnly? GrantDate { get; init; }

        public DateOnly? TermEndsOn { get; init; }

        public DateOnly? RightEndedOn { get; init; }

        public PatentLegalStatus? RightEndedBy { get; init; }

        public DateOnly? AnnualFeePaidUntil { get; init; }

        public PatentStatusFacts Facts => new(GrantDate, TermEndsOn, RightEndedOn, RightEndedBy, AnnualFeePaidUntil);
    }
}

/// <summary>
/// Marks a query's words in a result's text as HTML (<c>&lt;mark&gt;</c>, the rest encoded): each term's tokens give
/// back the text typed (锂电 + 电池 → 锂电池), found case-insensitively. An abstract becomes a snippet around its first match.
/// </summary>
internal sealed class SearchMarker(SearchExpression expression)
{
    private const int SnippetLength = 90;

    private readonly string[] needles = [.. expression.Terms
        .Where(t => t.Field is not (SearchField.Ipc or SearchField.Number))
        .SelectMany(t => Needles(t.Tokens)).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length)];

    public string Mark(string text)
    {
        var spans = Spans(text);
        var builder = new StringBuilder();
        var at = 0;
        foreach (var (start, length) in spans)
        {
            builder.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }

        return builder.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    public string Snippet(string text)
    {
        var spans = Spans(text);
        var first = spans.Count > 0 ? spans[0].Start : 0;
        var start = Math.Max(0, Math.Min(first - 20, text.Length - SnippetLength));
        var end = Math.Min(text.Length, start + SnippetLength);
        return (start > 0 ? "…" : string.Empty) + Mark(text[start..end]) + (end < text.Length ? "…" : string.Empty);
    }

    private List<(int Start, int Length)> Spans(string text)
    {
        var taken = new bool[text.Length];
        var spans = new List<(int Start, int Length)>();
        foreach (var needle in needles)
        {
            for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (!taken.AsSpan(at, needle.Length).Contains(true))
                {
                    taken.AsSpan(at, needle.Length).Fill(true);
                    spans.Add((at, needle.Length));
                }
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>
    /// The pieces of text a phrase of tokens was cut from: a run of overlapping CJK pairs joined back (锂电 + 电池 → 锂电池),
    /// each Latin word or number on its own (the text may or may not have a space between scripts: 5G基站, LiFePO4 电池).
    /// </summary>
    private static IEnumerable<string> Needles(IReadOnlyList<string> tokens)
    {
        var run = new StringBuilder();
        string? previous = null;
        foreach (var token in tokens)
        {
            var cjk = System.Text.Rune.TryGetRuneAt(token, 0, out var r) && SearchTokenizer.IsCjk(r);
            if (cjk && previous is { Length: 2 } && run.Length > 0 && previous[1] == token[0] && token.Length == 2)
            {
                run.Append(token[1]);
            }
            else
            {
                if (run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }

                run.Append(token);
                if (!cjk)
                {
                    yield return run.ToString();
                    run.Clear();
                }
            }

            previous = cjk ? token : null;
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }
}

/// <summary>
/// The search result as .xlsx, in result order and the caller's scope, at most the platform's export cap
/// (<c>CountyIP:Exports:MaxRows</c>; more is refused with a message before anything is written): bibliographic columns only.
/// </summary>
internal sealed class ExportPatentSearchHandler(
    CountyIpDbContext db, SearchPatentsHandler search, SpreadsheetExport export, IOptions<SpreadsheetExportOptions> options, TimeProvider clock, IStringLocalizer<RegistryText> text)
{
    private const int Chunk = 500;

    public Task<ExportFile> HandleAsync(SearchPatentsQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        SpreadsheetColumn<Patent>[] columns =
        [
            SpreadsheetColumn<Patent>.Text("Field_ApplicationNumber", p => p.ApplicationNumber),
            SpreadsheetColumn<Patent>.Enum("Field_PatentType", p => p.Type),
            SpreadsheetColumn<Patent>.Text("Field_Title", p => p.Title),
            SpreadsheetColumn<Patent>.Text("Field_Applicants", p => string.Join(';', p.Applicants.OrderBy(a => a.Order).Select(a => a.Name))),
            SpreadsheetColumn<Patent>.Text("Field_Inventors", p => p.Inventors),
            SpreadsheetColumn<Patent>.Date("Field_FilingDate", p => p.FilingDate),
            SpreadsheetColumn<Patent>.Text("Field_PublicationNumber", p => p.PublicationNumber),
            SpreadsheetColumn<Patent>.Date("Field_GrantDate", p => p.GrantDate),
            SpreadsheetColumn<Patent>.Text("Field_IpcMain", p => p.IpcMain),
            SpreadsheetColumn<Patent>.Enum("Search_State", p => PatentSearch.StateOf(p, today)),
            SpreadsheetColumn<Patent>.Text("Field_AgencyName", p => p.AgencyName),
            SpreadsheetColumn<Patent>.Text("Field_Abstract", p => p.Abstract),
        ];
        List<Guid>? ids = null;
        return export.FromPagesAsync(
            new SpreadsheetSheet<Patent>(text, text["Search_Title"], nameof(Patent), null, query with { Page = null, PageSize = null }, columns),
            Chunk,
            async (page, size, c) =>
            {
                // The ids in result order once (one more than the cap, so an oversized result is refused), then the
                // rows chunk by chunk by key: the ranking runs once, not once per page.
                ids ??= await PatentSearch.MatchingIdsAsync(db, search.Scoped(), query, today, options.Value.MaxRows + 1, text, c);
                var slice = ids.Skip((page - 1) * size).Take(size).ToList();
                var rows = await db.Set<Patent>().AsNoTracking().Where(p => slice.Contains(p.Id)).ToDictionaryAsync(p => p.Id, c);
                return new PagedResult<Patent>([.. slice.Where(rows.ContainsKey).Select(id => rows[id])], ids.Count, page, size);
            },
            ct);
    }
}
