using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Files;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Web;
using MiniExcelLibs;

namespace CountyIP.Modules.Indicators.UseCases.Reports;

/// <summary>
/// The pilot's self-assessment (issue 4 §5), as a background job: a workbook (summary sheet, then one sheet per
/// indicator with its evidence records) and a PDF in Chinese (cover, summary table, a section per indicator with
/// its chart, definition and clause, annex lists). The PDF is the job's file; the workbook's key is in the result.
/// Figures are district-wide (the job has no user scope) and in Chinese, the language assessors read.
/// </summary>
internal sealed class SelfAssessmentReportJob(
    IndicatorEngine engine, IFileStore files, Microsoft.Extensions.Configuration.IConfiguration configuration, TimeProvider clock) : IJobHandler
{
    public const string KindName = "indicators.self-assessment";

    /// <summary>Evidence rows per indicator in the PDF annex; the workbook holds them all up to <see cref="MaxSheetRows"/>.</summary>
    private const int AnnexRows = 50;
    private const int MaxSheetRows = 100_000;
    private const int Chunk = 1000;

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(IndicatorsText), "Report_JobName");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var payload = JsonSerializer.Deserialize<SelfAssessmentPayload>(context.Payload, JsonSerializerOptions.Web) ?? new SelfAssessmentPayload(null);
        if (await engine.FindPlanAsync(payload.PlanId, cancellationToken) is not { } plan)
        {
            return JobOutcome.Failure(IndicatorsText.Get("Error_NoPlan"));
        }

        CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        var steps = (plan.Targets.Count * 2) + 2;
        var done = 0;
        var results = new List<IndicatorResult>();
        foreach (var target in plan.Targets)
        {
            results.Add(await engine.ComputeAsync(plan, target, IndicatorPeriod.Pilot, null, cancellationToken));
            await context.Progress.ReportAsync(++done, steps, target.Name.Zh, cancellationToken);
        }

        var evidence = new Dictionary<string, (IReadOnlyList<string> Columns, List<IReadOnlyList<string?>> Rows, int Total)>();
        foreach (var target in plan.Targets)
        {
            evidence[target.Id] = await EvidenceAsync(plan, target, cancellationToken);
            await context.Progress.ReportAsync(++done, steps, target.Name.Zh, cancellationToken);
        }

        var today = TimeDisplay.Today(clock);
        var (workbookKey, workbookStream) = files.Create("reports");
        await using (workbookStream)
        {
            await workbookStream.SaveAsAsync(Workbook(results, evidence), cancellationToken: cancellationToken);
        }

        await context.Progress.ReportAsync(++done, steps, IndicatorsText.Get("Report_Pdf"), cancellationToken);
        var (pdfKey, pdfStream) = files.Create("reports");
        await using (pdfStream)
        {
            WritePdf(plan, results, evidence, today, pdfStream);
        }

        await context.Progress.ReportAsync(steps, steps, null, cancellationToken);
        var stamp = today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var result = JsonSerializer.Serialize(new SelfAssessmentResult(workbookKey, $"{plan.Id}-自评报告-{stamp}.xlsx"), JsonSerializerOptions.Web);
        return JobOutcome.Success(result, pdfKey, $"{plan.Id}-自评报告-{stamp}.pdf");
    }

    private async Task<(IReadOnlyList<string> Columns, List<IReadOnlyList<string?>> Rows, int Total)> EvidenceAsync(
        PlanDefinition plan, PlanTarget target, CancellationToken cancellationToken)
    {
        var calculator = engine.CalculatorFor(target.Id);
        if (engine.Clamp(IndicatorEngine.PilotWindow(plan)) is not { } window)
        {
            return ([], [], 0);
        }

        var query = new IndicatorQuery(plan.Id, window.From, window.To, null);
        var rows = new List<IReadOnlyList<string?>>();
        IReadOnlyList<string> columns = [];
        var total = 0;
        for (var number = 1; rows.Count < MaxSheetRows; number++)
        {
            var page = await calculator.EvidenceAsync(query, number, Chunk, cancellationToken);
            columns = [.. page.Columns.Select(c => c.Zh)];
            total = page.Total;
            rows.AddRange(page.Items.Select(i => i.Values));
            if (page.Items.Count < Chunk || rows.Count >= total)
            {
                break;
            }
        }

        return (columns, rows, total);
    }

    private static Dictionary<string, object> Workbook(
        List<IndicatorResult> results, Dictionary<string, (IReadOnlyList<string> Columns, List<IReadOnlyList<string?>> Rows, int Total)> evidence)
    {
        var sheets = new Dictionary<string, object>
        {
            [IndicatorsText.Get("Report_SummarySheet")] = results.Select((r, i) => new Dictionary<string, object?>
            {
                [IndicatorsText.Get("Report_RowNumber")] = i + 1,
                [IndicatorsText.Get("Report_Section")] = r.Section,
                [IndicatorsText.Get("Figures_Target")] = r.Name,
                [IndicatorsText.Get("Dashboard_Target")] = TargetText(r),
                [IndicatorsText.Get("Dashboard_Actual")] = r.Actual is null ? IndicatorsText.Get("Enum_IndicatorStatus_NotTracked") : IndicatorFormat.Value(r.Actual, r.Unit),
                [IndicatorsText.Get("Report_Met")] = r.Met switch { true => IndicatorsText.Get("Report_Yes"), false => IndicatorsText.Get("Report_No"), _ => "—" },
                [IndicatorsText.Get("Report_Status")] = IndicatorsText.Get($"Enum_IndicatorStatus_{r.Status}"),
                [IndicatorsText.Get("Dashboard_Definition")] = r.Definition,
                [IndicatorsText.Get("Dashboard_Clause")] = r.Clause,
            }).ToList(),
        };
        foreach (var r in results)
        {
            var (columns, rows, _) = evidence[r.Id];
            var name = r.Id.Length <= 31 ? r.Id : r.Id[..31];
            sheets[name] = columns.Count == 0
                ? new List<Dictionary<string, object?>> { new() { [IndicatorsText.Get("Report_NoEvidence")] = null } }
                : rows.Select(row => columns.Select((c, i) => (c, v: i < row.Count ? row[i] : null)).ToDictionary(x => x.c, x => (object?)x.v)).ToList();
        }

        return sheets;
    }

    private static void WritePdf(
        PlanDefinition plan, List<IndicatorResult> results,
        Dictionary<string, (IReadOnlyList<string> Columns, List<IReadOnlyList<string?>> Rows, int Total)> evidence, DateOnly today, Stream output)
    {
        var title = IndicatorsText.Get("Report_Title");
        using var pdf = new PdfComposer(title);
        var body = PdfComposer.Font(10);
        var small = PdfComposer.Font(8);
        pdf.Space(150);
        pdf.Centered(plan.Title.Zh, PdfComposer.Font(16, bold: true));
        pdf.Space(10);
        pdf.Centered(title, PdfComposer.Font(24, bold: true));
        pdf.Space(40);
        pdf.Centered(IndicatorsText.Get("Report_PilotYears").Replace("{0}", plan.PilotFromYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", plan.PilotToYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), PdfComposer.Font(12));
        pdf.Centered(plan.IssuingBody.Zh, PdfComposer.Font(12));
        pdf.Centered(today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), PdfComposer.Font(12));

        pdf.NewPage();
        pdf.Paragraph(IndicatorsText.Get("Report_SummaryHeading"), PdfComposer.Font(14, bold: true));
        pdf.Space(6);
        pdf.Table(
            [IndicatorsText.Get("Report_Section"), IndicatorsText.Get("Figures_Target"), IndicatorsText.Get("Dashboard_Target"), IndicatorsText.Get("Dashboard_Actual"), IndicatorsText.Get("Report_Status")],
            results.Select(r => (IReadOnlyList<string?>)[r.Section, r.Name, TargetText(r), ActualText(r), IndicatorsText.Get($"Enum_IndicatorStatus_{r.Status}")]),
            [1.1, 3.6, 1.8, 1.5, 1.2],
            small);

        var number = 0;
        foreach (var r in results)
        {
            number++;
            pdf.NewPage();
            pdf.Paragraph($"{number}. {r.Name}（{r.Section}）", PdfComposer.Font(13, bold: true));
            pdf.Space(4);
            pdf.Paragraph($"{IndicatorsText.Get("Dashboard_Clause")}{r.Clause}", body);
            pdf.Paragraph($"{IndicatorsText.Get("Dashboard_Definition")}{r.Definition}", body);
            pdf.Paragraph($"{IndicatorsText.Get("Dashboard_Target")}：{TargetText(r)}　{IndicatorsText.Get("Dashboard_Actual")}：{ActualText(r)}　{IndicatorsText.Get("Report_Status")}：{IndicatorsText.Get($"Enum_IndicatorStatus_{r.Status}")}", body);
            if (r.Source is { } source)
            {
                pdf.Paragraph(IndicatorsText.Get("Dashboard_ReportedBadge").Replace("{0}", source.ApprovedBy ?? string.Empty, StringComparison.Ordinal), body);
            }

            pdf.Space(8);
            if (r.Years.Any(y => y.Value is not null))
            {
                var scale = r.IsRatio ? 100m : 1m;
                pdf.BarChart(
                    [.. r.Years.Select(y => (y.Year.ToString(CultureInfo.InvariantCulture), y.Value is { } v ? (double?)(double)(v * scale) : null))],
                    r.Target is { } t && r.Comparison == TargetComparison.AtLeast ? (double)(t * scale) : null,
                    r.IsRatio ? "%" : r.Unit,
                    small);
            }
            else
            {
                pdf.Paragraph(IndicatorsText.Get("Report_NoData"), body);
            }
        }

        pdf.NewPage();
        pdf.Paragraph(IndicatorsText.Get("Report_Annex"), PdfComposer.Font(14, bold: true));
        number = 0;
        foreach (var r in results)
        {
            number++;
            var (columns, rows, total) = evidence[r.Id];
            pdf.Space(6);
            pdf.Paragraph($"{IndicatorsText.Get("Report_AnnexItem")}{number}　{r.Name}", PdfComposer.Font(11, bold: true));
            if (columns.Count == 0 || total == 0)
            {
                pdf.Paragraph(IndicatorsText.Get("Report_NoEvidence"), body);
                continue;
            }

            pdf.Table(columns, rows.Take(AnnexRows), [.. columns.Select(_ => 1.0)], small);
            if (total > AnnexRows)
            {
                pdf.Paragraph(IndicatorsText.Get("Report_AnnexMore").Replace("{0}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{1}", AnnexRows.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), small);
            }
        }

        pdf.Save(output);
    }

    private static string TargetText(IndicatorResult r) => r.Comparison switch
    {
        TargetComparison.Growth => IndicatorsText.Get("Target_Growth"),
        TargetComparison.SteadyRise => IndicatorsText.Get("Target_SteadyRise"),
        TargetComparison.Exists => IndicatorsText.Get("Target_Exists"),
        _ => IndicatorFormat.Value(r.Target, r.Unit) + (r.IsRatio ? string.Empty : r.Unit),
    };

    private static string ActualText(IndicatorResult r) => r.Actual is null
        ? IndicatorsText.Get("Enum_IndicatorStatus_NotTracked")
        : IndicatorFormat.Value(r.Actual, r.Unit) + (r.IsRatio ? string.Empty : r.Unit);
}

public sealed record SelfAssessmentPayload(string? PlanId);

public sealed record SelfAssessmentResult(string WorkbookKey, string WorkbookName);
