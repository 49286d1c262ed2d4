using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>A generated brief: the PDF's bytes and the name it is downloaded under.</summary>
public sealed record PatentBriefFile(byte[] Content, string FileName);

/// <summary>
/// The one-click analysis brief (专利分析简报, issue 13 §2) of a search result — an enterprise's portfolio
/// (<c>pa:公司名</c>) or a technology field (<c>ipc:H01M</c>, words): the same analysis as the page, written as a Chinese
/// A4 report an officer can hand over (overview, yearly filings and grants with a chart, type and legal-state mix, top
/// applicants and IPC subclasses, units and industries, co-applicant pairs, the definitions). Always in Chinese, the
/// language of the bureau's documents, whatever the reader's UI language; refusals (a one-character query) come first,
/// in the reader's language. The download is recorded in the audit log as an export.
/// </summary>
internal sealed class PatentAnalysisBriefHandler(
    AnalyzePatentsHandler analysis,
    ReferenceData.Contracts.IReferenceDirectory reference,
    IConfiguration configuration,
    IStringLocalizer<RegistryText> text,
    IAuditTrail audit,
    TimeProvider clock)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public async Task<PatentBriefFile> HandleAsync(SearchPatentsQuery query, CancellationToken ct)
    {
        var view = await analysis.HandleAsync(query, ct);
        CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        var units = (await reference.ListUnitsAsync(null, ct)).ToDictionary(u => u.Code, u => u.Name);
        var today = TimeDisplay.Today(clock);

        var reader = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            var content = Compose(view, query, units, today);
            await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, nameof(Patent), null, $"analysis brief: {query.Q}"), ct);
            return new PatentBriefFile(content, $"{text["Brief_Title"]}-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.pdf");
        }
        finally
        {
            CultureInfo.CurrentUICulture = reader;
        }
    }

    private byte[] Compose(PatentAnalysisView view, SearchPatentsQuery query, IReadOnlyDictionary<string, string> units, DateOnly today)
    {
        using var pdf = new PdfComposer(text["Brief_Title"]);
        var body = PdfComposer.Font(10);
        var heading = PdfComposer.Font(13, bold: true);
        pdf.Centered(text["Brief_Title"], PdfComposer.Font(22, bold: true));
        pdf.Paragraph(Subject(query), PdfComposer.Font(12));
        pdf.Centered(text["Brief_Issued", text["Brief_Issuer"], today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)], body);
        pdf.Space(12);

        var invention = view.Types.FirstOrDefault(t => t.Value == nameof(PatentType.Invention))?.Count ?? 0;
        var inForce = view.States.FirstOrDefault(s => s.Value == nameof(PatentSearchState.InForce))?.Count ?? 0;
        var years = view.Years.Count == 0 ? "—" : $"{view.Years[0].Year}年至{view.Years[^1].Year}年";
        pdf.Paragraph(text["Brief_Overview"], heading);
        pdf.Paragraph(text["Brief_OverviewText", view.Total, view.Analysed, years, invention, Percent(invention, view.Analysed), inForce, Percent(inForce, view.Analysed)], body, indent: 20);
        if (view.TopApplicants.Count > 0)
        {
            pdf.Paragraph(text["Brief_LeadersText", view.TopApplicants[0].Value, view.TopApplicants[0].Count, view.TopIpc.Count > 0 ? view.TopIpc[0].Value : "—"], body, indent: 20);
        }

        pdf.Space(6);
        pdf.Paragraph(text["Analysis_ByYear"], heading);
        if (view.Years.Count > 0)
        {
            pdf.BarChart([.. view.Years.TakeLast(15).Select(y => (y.Year.ToString(CultureInfo.InvariantCulture), (double?)y.Filed))], null, text["Brief_Pieces"], PdfComposer.Font(8));
            pdf.Table(
                [text["Search_FacetYear"], text["Analysis_Filed"], text["Analysis_Granted"]],
                view.Years.Select(y => (IReadOnlyList<string?>)[y.Year.ToString(CultureInfo.InvariantCulture), N(y.Filed), N(y.Granted)]),
                [1, 1, 1],
                body);
        }

        pdf.Paragraph(text["Brief_Mix"], heading);
        pdf.Table(
            [text["Analysis_Column_Label"], text["Analysis_Column_Count"], text["Brief_Share"]],
            view.Types.Select(t => Line(text[$"Enum_PatentType_{t.Value}"], t.Count, view.Analysed))
                .Concat(view.States.Select(s => Line(text[$"Enum_PatentSearchState_{s.Value}"], s.Count, view.Analysed))),
            [3, 1, 1],
            body);

        Ranked(pdf, text["Analysis_TopApplicants"], view.TopApplicants.Select(f => (f.Value, f.Count)), view.Analysed, heading, body);
        Ranked(pdf, text["Analysis_TopIpc"], view.TopIpc.Select(f => (f.Value, f.Count)), view.Analysed, heading, body);
        Ranked(pdf, text["Field_UnitCode"], view.Units.Select(f => (units.GetValueOrDefault(f.Value, f.Value), f.Count)), view.Analysed, heading, body);
        Ranked(pdf, text["Field_Industry"], view.Industries.Select(f => (text[$"Enum_PlanIndustry_{f.Value}"].Value, f.Count)), view.Analysed, heading, body);

        pdf.Paragraph(text["Analysis_CoApplicants"], heading);
        if (view.CoApplicants.Links.Count == 0)
        {
            pdf.Paragraph(text["Analysis_NoCoApplicants"], body, indent: 20);
        }
        else
        {
            pdf.Table(
                [text["Analysis_Pair"], text["Analysis_Column_Count"]],
                view.CoApplicants.Links.Take(20).Select(l => (IReadOnlyList<string?>)[$"{l.Source} — {l.Target}", N(l.Patents)]),
                [5, 1],
                body);
        }

        pdf.Space(8);
        pdf.Paragraph(text["Brief_Notes"], heading);
        pdf.Paragraph(text["Analysis_Definitions"], PdfComposer.Font(9), indent: 20);
        pdf.Paragraph(text["Analysis_CoApplicantsNote", PatentAnalysis.NetworkApplicants], PdfComposer.Font(9), indent: 20);
        pdf.Paragraph(text["Brief_Source"], PdfComposer.Font(9), indent: 20);

        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    /// <summary>What the brief is about: the query and every filter in words.</summary>
    private string Subject(SearchPatentsQuery query)
    {
        var parts = new List<string> { text["Brief_Query", query.Q ?? string.Empty] };
        if (query.Type is { } type)
        {
            parts.Add($"{text["Field_PatentType"]}：{text[$"Enum_PatentType_{type}"]}");
        }

        if (query.State is { } state)
        {
            parts.Add($"{text["Field_State"]}：{text[$"Enum_PatentSearchState_{state}"]}");
        }

        if (query.YearFrom is not null || query.YearTo is not null)
        {
            parts.Add($"{text["Search_FacetYear"]}：{query.YearFrom?.ToString(CultureInfo.InvariantCulture) ?? "…"}至{query.YearTo?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        }

        if (query.Industry is { } industry)
        {
            parts.Add($"{text["Field_Industry"]}：{text[$"Enum_PlanIndustry_{industry}"]}");
        }

        return string.Join("　", parts);
    }

    private void Ranked(PdfComposer pdf, string title, IEnumerable<(string Label, int Count)> lines, int analysed, PdfSharp.Drawing.XFont heading, PdfSharp.Drawing.XFont body)
    {
        var rows = lines.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        pdf.Paragraph(title, heading);
        pdf.Table([text["Analysis_Column_Label"], text["Analysis_Column_Count"], text["Brief_Share"]], rows.Select(r => Line(r.Label, r.Count, analysed)), [4, 1, 1], body);
    }

    private static IReadOnlyList<string?> Line(string label, int count, int of) => [label, N(count), Percent(count, of)];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(int part, int of) => of == 0 ? "—" : (100.0 * part / of).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
