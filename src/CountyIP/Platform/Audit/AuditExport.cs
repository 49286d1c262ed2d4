using System.Runtime.CompilerServices;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Writes the filtered audit list to .xlsx. Rows stream from the database into a temporary file that is deleted when
/// the download closes, so memory stays flat however many rows match; the export itself is recorded in the trail.
/// </summary>
internal sealed class AuditExport(AuditLogQueries queries, IAuditTrail trail, IStringLocalizer<AuditText> text)
{
    public async Task<(Stream Content, string FileName)> ExportAsync(AuditSearch search, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"countyip-audit-{Guid.NewGuid():N}.xlsx");
        var counter = new RowCounter();
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        {
            await file.SaveAsAsync(Rows(search, counter, cancellationToken), sheetName: "audit", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        }

        var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var fileName = $"audit-{TimeDisplay.ToShanghai(DateTime.UtcNow):yyyyMMdd-HHmmss}.xlsx";
        await trail.RecordAsync(
            new AuditEvent(AuditActions.Export, AuditOutcome.Success, nameof(AuditRecord), null, $"{counter.Count} rows{search.ToQueryString()}"),
            cancellationToken);
        return (content, fileName);
    }

    private async IAsyncEnumerable<IDictionary<string, object?>> Rows(AuditSearch search, RowCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in queries.Stream(search).WithCancellation(cancellationToken))
        {
            counter.Count++;
            yield return new Dictionary<string, object?>
            {
                [text["Audit_Sequence"]] = item.Sequence,
                [text["Audit_Time"]] = TimeDisplay.ToShanghai(item.TimestampUtc).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                [text["Audit_Actor"]] = item.Actor,
                [text["Audit_Role"]] = item.Role,
                [text["Audit_ClientIp"]] = item.ClientIp,
                [text["Audit_Action"]] = AuditLabels.Action(text, item.Action),
                [text["Audit_EntityType"]] = item.EntityType,
                [text["Audit_EntityKey"]] = item.EntityKey,
                [text["Audit_Outcome"]] = text[$"Enum_AuditOutcome_{item.Outcome}"].Value,
                [text["Audit_Detail"]] = item.Detail,
                [text["Audit_RequestId"]] = item.RequestId,
            };
        }
    }

    private sealed class RowCounter
    {
        public long Count { get; set; }
    }
}

/// <summary>Display names of actions: a resx entry per known action, the stored name otherwise.</summary>
internal static class AuditLabels
{
    public static string Action(IStringLocalizer<AuditText> text, string action)
    {
        var label = text[$"Action_{action}"];
        return label.ResourceNotFound ? action : label.Value;
    }
}

/// <summary>Marker for the audit strings (AuditText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class AuditText;
