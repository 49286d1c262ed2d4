using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Exports;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>One line of the result table as exported: a unit with its scores, flattened for a spreadsheet.</summary>
public sealed record ScoreExportRow(int Rank, string UnitName, OwnerKind UnitKind, string Lines, decimal Bonus, decimal Deduction, decimal Total);

/// <summary>
/// The year's result table (issue 14 §5 "ranking and an .xlsx and PDF result table"): a sheet per kind of unit for
/// .xlsx, and a Chinese PDF (title, state, the table ranked within towns and within departments, the scoring rule).
/// The same rows the score page shows, in the caller's scope (a liaison gets their own row).
/// </summary>
internal sealed class ScoreTableExport(GetScoresHandler scores, GetAssessmentHandler schemes, SpreadsheetExport export, IStringLocalizer<GovernanceText> text, IConfiguration configuration)
{
    public async Task<ExportFile?> XlsxAsync(int year, CancellationToken cancellationToken)
    {
        if (await scores.HandleAsync(year, cancellationToken) is not { } table)
        {
            return null;
        }

        SpreadsheetColumn<ScoreRow>[] Columns(IEnumerable<string> codes, IReadOnlyDictionary<string, string> names) =>
        [
            SpreadsheetColumn<ScoreRow>.Number("Field_Rank", r => r.Rank),
            SpreadsheetColumn<ScoreRow>.Text("Field_Owner", r => r.UnitName),
            .. codes.Select(code => SpreadsheetColumn<ScoreRow>.LocalizedText(names[code],
                r => r.Indicators.FirstOrDefault(l => l.Code == code)?.Score.ToString("0.##", CultureInfo.InvariantCulture))),
            SpreadsheetColumn<ScoreRow>.LocalizedText(text["Field_Bonus"], r => r.Bonus.ToString("0.##", CultureInfo.InvariantCulture)),
            SpreadsheetColumn<ScoreRow>.LocalizedText(text["Field_Deduction"], r => r.Deduction.ToString("0.##", CultureInfo.InvariantCulture)),
            SpreadsheetColumn<ScoreRow>.LocalizedText(text["Field_Total"], r => r.Total.ToString("0.##", CultureInfo.InvariantCulture)),
        ];

        var parts = new List<SpreadsheetPart<ScoreRow>>();
        foreach (var kind in new[] { OwnerKind.Unit, OwnerKind.Department })
        {
            var rows = table.Rows.Where(r => r.UnitKind == kind).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var names = rows.SelectMany(r => r.Indicators).GroupBy(l => l.Code).ToDictionary(g => g.Key, g => Platform.Localization.LocalizedName.Pick(g.First().NameZh, g.First().NameEn ?? g.First().NameZh));
            parts.Add(new SpreadsheetPart<ScoreRow>(text[kind == OwnerKind.Unit ? "Assessment_Units" : "Assessment_Departments"], Columns(names.Keys, names), rows));
        }

        var workbook = new SpreadsheetWorkbook(text, text["Scores_ExportTitle", year], nameof(AssessmentScheme), year.ToString(CultureInfo.InvariantCulture), new { year });
        return await export.FromSheetsAsync(workbook, parts, cancellationToken);
    }

    public async Task<ReportFile?> PdfAsync(int year, CancellationToken cancellationToken)
    {
        if (await scores.HandleAsync(year, cancellationToken) is not { } table || await schemes.HandleAsync(year, cancellationToken) is not { } scheme)
        {
            return null;
        }

        CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        var title = $"仓山区{year}年度知识产权工作绩效考评结果";
        using var pdf = new PdfComposer(title);
        pdf.Centered(title, PdfComposer.Font(18, bold: true));
        var state = scheme.State switch
        {
            AssessmentState.SignedOff => $"终评结果（{scheme.SignedOffUtc:yyyy-MM-dd} 确认）",
            AssessmentState.Published => $"初评结果（申诉截止 {scheme.AppealsCloseOn:yyyy-MM-dd}）",
            _ => "方案制定中",
        };
        pdf.Centered(state, PdfComposer.Font(11));
        pdf.Space(6);
        foreach (var kind in new[] { OwnerKind.Unit, OwnerKind.Department })
        {
            var rows = table.Rows.Where(r => r.UnitKind == kind).OrderBy(r => r.Rank).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var indicators = scheme.Indicators.Where(i => i.AppliesTo == AssessedKinds.Both || (i.AppliesTo == AssessedKinds.Units) == (kind == OwnerKind.Unit)).ToList();
            pdf.Paragraph(kind == OwnerKind.Unit ? "一、镇街" : "二、部门", PdfComposer.Font(13, bold: true));
            string[] header = ["名次", "单位", .. indicators.Select(i => $"{i.NameZh}（{i.Weight:0.##}）"), "加分", "扣分", "总分"];
            var body = rows.Select(r => (IReadOnlyList<string?>)[
                r.Rank.ToString(CultureInfo.InvariantCulture), r.UnitName,
                .. indicators.Select(i => r.Indicators.FirstOrDefault(l => l.Code == i.Code)?.Score.ToString("0.##", CultureInfo.InvariantCulture)),
                r.Bonus.ToString("0.##", CultureInfo.InvariantCulture), r.Deduction.ToString("0.##", CultureInfo.InvariantCulture), r.Total.ToString("0.##", CultureInfo.InvariantCulture)]);
            pdf.Table(header, body, [0.6, 2.4, .. indicators.Select(_ => 1.3), 0.8, 0.8, 0.9], PdfComposer.Font(9));
        }

        pdf.Paragraph($"计分规则：每项指标得分 = 权重 × 实际值 ÷ 目标值（不超过封顶），达标型指标达到目标得满分；加分最多计 {scheme.BonusCap:0.##} 分，扣分最多扣 {scheme.DeductionCap:0.##} 分；镇街、部门分别排名，总分相同者名次相同。", PdfComposer.Font(9));
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return new ReportFile(stream.ToArray(), "application/pdf", title + ".pdf");
    }
}
