using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>One year of a result: applications filed and patents granted in it.</summary>
public sealed record YearCount(int Year, int Filed, int Granted);

/// <summary>
/// The analysis of a search result (issue 13 §2): filings and grants by year, the type and legal-state mix, the top
/// applicants and IPC subclasses, the units and industries. <see cref="Analysed"/> is how many matches were counted:
/// all of them, or the <see cref="PatentAnalysis.Limit"/> best ranked of a broader result.
/// </summary>
public sealed record PatentAnalysisView(
    string Query,
    int Total,
    int Analysed,
    IReadOnlyList<YearCount> Years,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> States,
    IReadOnlyList<FacetCount> TopApplicants,
    IReadOnlyList<FacetCount> TopIpc,
    IReadOnlyList<FacetCount> Units,
    IReadOnlyList<FacetCount> Industries,
    CoApplicantNetwork CoApplicants);

/// <summary>Two applicants named together on <see cref="Patents"/> of the result (共同申请).</summary>
public sealed record CoApplicantLink(string Source, string Target, int Patents);

/// <summary>
/// The co-applicant network of the result's 50 applicants with the most patents (any position among the applicants):
/// the nodes that apply together with another of them (with their patents in the result) and the pairs, most shared first.
/// </summary>
public sealed record CoApplicantNetwork(IReadOnlyList<FacetCount> Nodes, IReadOnlyList<CoApplicantLink> Links);

/// <summary>
/// Analyses the patents a search finds, in the caller's scope and with the search's filters: the same query language
/// and the same matches as <see cref="SearchPatentsHandler"/>, read once with the columns the tables count.
/// </summary>
internal sealed class AnalyzePatentsHandler(CountyIpDbContext db, SearchPatentsHandler search, TimeProvider clock, IStringLocalizer<RegistryText> text)
{
    public async Task<PatentAnalysisView> HandleAsync(SearchPatentsQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var ids = await PatentSearch.MatchingIdsAsync(db, search.Scoped(), query with { Sort = null }, today, PatentAnalysis.Limit + 1, text, ct);
        var total = ids.Count > PatentAnalysis.Limit
            ? (await search.HandleAsync(query with { Page = 1, PageSize = 1 }, ct)).Total
            : ids.Count;
        var analysed = ids.Take(PatentAnalysis.Limit).ToList();
        var rows = new List<PatentAnalysis.Row>(analysed.Count);
        foreach (var chunk in analysed.Chunk(2_000))
        {
            rows.AddRange(await db.Set<Patent>().AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new PatentAnalysis.Row(
                    p.FilingDate, p.GrantDate, p.Type, p.IpcMain, p.UnitCode,
                    p.Applicants.OrderBy(a => a.Order).Select(a => a.Name).ToList(),
                    db.Set<Enterprise>().Where(e => e.Id == p.EnterpriseId).Select(e => (PlanIndustry?)e.IndustryTags).FirstOrDefault(),
                    new PatentStatusFacts(p.GrantDate, p.TermEndsOn, p.RightEndedOn, p.RightEndedBy, p.AnnualFeePaidUntil)))
                .ToListAsync(ct));
        }

        return PatentAnalysis.Of(query.Q ?? string.Empty, total, rows, today);
    }
}

/// <summary>The counting of <see cref="AnalyzePatentsHandler"/>, in memory over the rows read.</summary>
internal static class PatentAnalysis
{
    /// <summary>Matches analysed at most (the best ranked): enough for a field's picture, bounded for the database.</summary>
    public const int Limit = 50_000;

    public const int Top = 10;

    /// <summary>Applicants of the co-applicant network: the 50 with the most patents, as the plan's brief asks (issue 13 §2).</summary>
    public const int NetworkApplicants = 50;

    /// <summary>Pairs drawn at most: beyond that a graph is a hairball, and the table lists the strongest.</summary>
    public const int NetworkLinks = 200;

    public sealed record Row(DateOnly FilingDate, DateOnly? GrantDate, PatentType Type, string? IpcMain, string? UnitCode, IReadOnlyList<string> Applicants, PlanIndustry? Industries, PatentStatusFacts Facts);

    public static PatentAnalysisView Of(string query, int total, IReadOnlyList<Row> rows, DateOnly today)
    {
        var filed = rows.GroupBy(r => r.FilingDate.Year).ToDictionary(g => g.Key, g => g.Count());
        var granted = rows.Where(r => r.GrantDate is not null).GroupBy(r => r.GrantDate!.Value.Year).ToDictionary(g => g.Key, g => g.Count());
        var years = filed.Keys.Union(granted.Keys).Order().Select(y => new YearCount(y, filed.GetValueOrDefault(y), granted.GetValueOrDefault(y))).ToList();
        return new PatentAnalysisView(
            query, total, rows.Count, years,
            Counts(rows.Select(r => r.Type.ToString()), all: true),
            Counts(rows.Select(r => PatentSearch.StateOf(r.Facts, today).ToString()), all: true),
            Counts(rows.Select(r => r.Applicants.Count > 0 ? r.Applicants[0] : null).OfType<string>(), all: false),
            Counts(rows.Select(r => Subclass(r.IpcMain)).OfType<string>(), all: false),
            Counts(rows.Select(r => r.UnitCode).OfType<string>(), all: true),
            Counts(rows.SelectMany(r => Enum.GetValues<PlanIndustry>().Where(i => i != PlanIndustry.None && r.Industries is { } tags && tags.HasFlag(i)).Select(i => i.ToString())), all: true),
            Network(rows));
    }

    /// <summary>The pairs among the top applicants named together on a patent, each patent counted once per pair.</summary>
    public static CoApplicantNetwork Network(IReadOnlyList<Row> rows)
    {
        var patents = rows.SelectMany(r => r.Applicants.Distinct(StringComparer.Ordinal))
            .GroupBy(n => n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var top = patents.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(NetworkApplicants)
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var row in rows.Where(r => r.Applicants.Count > 1))
        {
            var names = row.Applicants.Where(top.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                for (var j = i + 1; j < names.Count; j++)
                {
                    pairs[(names[i], names[j])] = pairs.GetValueOrDefault((names[i], names[j])) + 1;
                }
            }
        }

        var links = pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(NetworkLinks).Select(p => new CoApplicantLink(p.Key.Item1, p.Key.Item2, p.Value)).ToList();
        var linked = links.SelectMany(l => new[] { l.Source, l.Target }).ToHashSet(StringComparer.Ordinal);
        return new CoApplicantNetwork(
            [.. linked.Select(n => new FacetCount(n, patents[n])).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            links);
    }

    /// <summary>The IPC subclass (H01M) of a main classification, the level a field is read at.</summary>
    private static string? Subclass(string? ipc) => IpcSymbol.Parse(ipc) is { IsValid: true, Value: { } symbol } ? symbol.SubclassSymbol : null;

    private static List<FacetCount> Counts(IEnumerable<string> values, bool all) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(all ? int.MaxValue : Top)];
}

/// <summary>A line of an analysis table in the reader's language, for the workbook.</summary>
public sealed record AnalysisLine(string Label, int Count, int? Granted = null);

/// <summary>The analysis as an .xlsx workbook: one sheet per table, labels in the reader's language.</summary>
internal sealed class ExportPatentAnalysisHandler(
    AnalyzePatentsHandler analysis, ReferenceData.Contracts.IReferenceDirectory reference, Platform.Exports.SpreadsheetExport export, IStringLocalizer<RegistryText> text)
{
    public async Task<Platform.Exports.ExportFile> HandleAsync(SearchPatentsQuery query, CancellationToken ct)
    {
        var view = await analysis.HandleAsync(query, ct);
        var units = (await reference.ListUnitsAsync(null, ct)).ToDictionary(u => u.Code, u => u.Name);
        var workbook = new Platform.Exports.SpreadsheetWorkbook(text, text["Analysis_Title"], nameof(Patent), null, query with { Page = null, PageSize = null });
        Platform.Exports.SpreadsheetColumn<AnalysisLine>[] counted =
        [
            Platform.Exports.SpreadsheetColumn<AnalysisLine>.Text("Analysis_Column_Label", l => l.Label),
            Platform.Exports.SpreadsheetColumn<AnalysisLine>.Number("Analysis_Column_Count", l => l.Count),
        ];
        Platform.Exports.SpreadsheetColumn<AnalysisLine>[] yearly =
        [
            Platform.Exports.SpreadsheetColumn<AnalysisLine>.Text("Search_FacetYear", l => l.Label),
            Platform.Exports.SpreadsheetColumn<AnalysisLine>.Number("Analysis_Filed", l => l.Count),
            Platform.Exports.SpreadsheetColumn<AnalysisLine>.Number("Analysis_Granted", l => l.Granted),
        ];
        IReadOnlyList<Platform.Exports.SpreadsheetPart<AnalysisLine>> sheets =
        [
            new(text["Analysis_ByYear"], yearly, [.. view.Years.Select(y => new AnalysisLine(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Filed, y.Granted))]),
            new(text["Field_PatentType"], counted, [.. view.Types.Select(f => new AnalysisLine(text[$"Enum_PatentType_{f.Value}"], f.Count))]),
            new(text["Field_State"], counted, [.. view.States.Select(f => new AnalysisLine(text[$"Enum_PatentSearchState_{f.Value}"], f.Count))]),
            new(text["Analysis_TopApplicants"], counted, [.. view.TopApplicants.Select(f => new AnalysisLine(f.Value, f.Count))]),
            new(text["Analysis_TopIpc"], counted, [.. view.TopIpc.Select(f => new AnalysisLine(f.Value, f.Count))]),
            new(text["Field_UnitCode"], counted, [.. view.Units.Select(f => new AnalysisLine(units.GetValueOrDefault(f.Value, f.Value), f.Count))]),
            new(text["Field_Industry"], counted, [.. view.Industries.Select(f => new AnalysisLine(text[$"Enum_PlanIndustry_{f.Value}"], f.Count))]),
        ];
        return await export.FromSheetsAsync(workbook, sheets, ct);
    }
}
