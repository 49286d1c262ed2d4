using System.Runtime.CompilerServices;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Platform.Audit;
using MiniExcelLibs;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>The records behind a value as an .xlsx workbook (issue 4 §2), written page by page.</summary>
public sealed record ExportIndicatorEvidenceQuery(string TargetId, string? PlanId, IndicatorPeriod Period);

internal sealed class ExportIndicatorEvidenceHandler(GetIndicatorEvidenceHandler evidence, IServiceProvider services)
{
    private const int ChunkSize = 1000;

    /// <summary>The workbook in a temporary file deleted when the stream closes, and its file name; null when not found.</summary>
    public async Task<(Stream Content, string FileName)?> HandleAsync(ExportIndicatorEvidenceQuery query, CancellationToken cancellationToken)
    {
        if (await evidence.ResolveAsync(query.TargetId, query.PlanId, query.Period, cancellationToken) is not { } resolved)
        {
            return null;
        }

        var (plan, target, calculator, indicatorQuery) = resolved;
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var chinese = IndicatorsText.IsChinese;
            var first = indicatorQuery is null ? new EvidencePage([], [], 0) : await calculator.EvidenceAsync(indicatorQuery, 1, ChunkSize, cancellationToken);
            var columns = first.Columns.Select(c => c.Pick(chinese)).ToList();
            await file.SaveAsAsync(Rows(first, columns, calculator, indicatorQuery, cancellationToken), sheetName: Sheet(target.Id), cancellationToken: cancellationToken);
            file.Position = 0;
            var period = query.Period.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "pilot";
            var name = $"{plan.Id}-{target.Id}-{period}.xlsx";
            if (services.GetService(typeof(IAuditTrail)) is IAuditTrail audit)
            {
                await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, "IndicatorEvidence", target.Id, name), cancellationToken);
            }

            return (file, name);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> Rows(
        EvidencePage first, List<string> columns, IIndicatorCalculator calculator, IndicatorQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = first;
        var number = 1;
        while (true)
        {
            foreach (var item in page.Items)
            {
                var row = new Dictionary<string, object?>(columns.Count);
                for (var i = 0; i < columns.Count; i++)
                {
                    row[columns[i]] = i < item.Values.Count ? item.Values[i] : null;
                }

                yield return row;
            }

            if (query is null || number * ChunkSize >= page.Total || page.Items.Count == 0)
            {
                yield break;
            }

            number++;
            page = await calculator.EvidenceAsync(query, number, ChunkSize, cancellationToken);
        }
    }

    /// <summary>Excel sheet names: at most 31 characters.</summary>
    private static string Sheet(string id) => id.Length <= 31 ? id : id[..31];
}
