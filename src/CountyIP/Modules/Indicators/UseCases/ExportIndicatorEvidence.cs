using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>The records behind a value as an .xlsx workbook (issue 4 §2), written page by page.</summary>
public sealed record ExportIndicatorEvidenceQuery(string TargetId, string? PlanId, IndicatorPeriod Period, string? UnitCode = null);

/// <summary>
/// The evidence pages of one target through the Platform export, which streams them and records the export. The
/// columns are the calculator's own, already in both languages.
/// </summary>
internal sealed class ExportIndicatorEvidenceHandler(GetIndicatorEvidenceHandler evidence, SpreadsheetExport export, IStringLocalizer<IndicatorsText> text)
{
    private const int ChunkSize = 1000;

    /// <summary>The workbook, or null when the plan or target is not found.</summary>
    public async Task<ExportFile?> HandleAsync(ExportIndicatorEvidenceQuery query, CancellationToken cancellationToken)
    {
        if (await evidence.ResolveAsync(query.TargetId, query.PlanId, query.Period, query.UnitCode, cancellationToken) is not { } resolved)
        {
            return null;
        }

        var (_, target, calculator, indicatorQuery) = resolved;
        var chinese = IndicatorsText.IsChinese;
        var first = indicatorQuery is null ? new EvidencePage([], [], 0) : await calculator.EvidenceAsync(indicatorQuery, 1, ChunkSize, cancellationToken);
        var columns = first.Columns
            .Select((c, i) => SpreadsheetColumn<EvidenceRecord>.LocalizedText(c.Pick(chinese), r => i < r.Values.Count ? r.Values[i] : null))
            .ToList();
        var period = query.Period.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? text["Evidence_PilotPeriod"];
        var title = $"{LocalizedName.Pick(target.Name.Zh, target.Name.En)}-{period}";
        var sheet = new SpreadsheetSheet<EvidenceRecord>(text, title, "IndicatorEvidence", target.Id, query, columns);
        return await export.FromPagesAsync(sheet, ChunkSize, async (number, size, ct) =>
        {
            var page = number == 1 || indicatorQuery is null ? first : await calculator.EvidenceAsync(indicatorQuery, number, size, ct);
            return new PagedResult<EvidenceRecord>(page.Items, page.Total, number, size);
        }, cancellationToken);
    }
}
