using System.Runtime.CompilerServices;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Writes the filtered audit list to .xlsx. Rows stream from the database into a temporary file that is deleted when
/// the download closes, so memory stays flat however many rows match; the export itself is recorded in the trail.
/// </summary>
internal sealed class AuditExport(AuditLogQueries queries, IAuditTrail trail, IStringLocalizer<AuditText> text, IStringLocalizer<SharedResource> shared)
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
                [text["Audit_Actor"]] = AuditLabels.Actor(text, item.Actor),
                [text["Audit_Role"]] = AuditLabels.Role(shared, item.Role),
                [text["Audit_ClientIp"]] = item.ClientIp,
                [text["Audit_Action"]] = AuditLabels.Action(text, item.Action),
                [text["Audit_EntityType"]] = AuditLabels.EntityType(text, item.EntityType),
                [text["Audit_EntityKey"]] = item.EntityKey,
                [text["Audit_Outcome"]] = text[$"Enum_AuditOutcome_{item.Outcome}"].Value,
                [text["Audit_Detail"]] = AuditLabels.Detail(text, item.Detail),
                [text["Audit_RequestId"]] = item.RequestId,
            };
        }
    }

    private sealed class RowCounter
    {
        public long Count { get; set; }
    }
}

/// <summary>
/// Display names of what the trail stores as codes — actions, entity types, roles, the "system"/"anonymous" actors — a
/// resx entry each (zh-CN and en), so the Chinese UI shows no English type names (issue 9). A stored name without an
/// entry (a record written by an older version) is shown as stored.
/// </summary>
internal static class AuditLabels
{
    /// <summary>
    /// A detail that is a code of the event (the sign-in method: pwd, mfa) by its localized name; other details (a
    /// record's own words, a file name) as recorded.
    /// </summary>
    public static string? Detail(IStringLocalizer<AuditText> text, string? detail)
    {
        if (string.IsNullOrEmpty(detail) || detail.Length > 40)
        {
            return detail;
        }

        var label = text[$"Detail_{detail}"];
        return label.ResourceNotFound ? detail : label.Value;
    }

    public static string Action(IStringLocalizer<AuditText> text, string action)
    {
        var label = text[$"Action_{action}"];
        return label.ResourceNotFound ? action : label.Value;
    }

    /// <summary>The localized name of a stored entity type: an EF display name ("Enterprise.Designations#Designation",
    /// "IdentityUserRole&lt;string&gt;") or a name an event gave ("Page", "SelfAssessmentReport").</summary>
    public static string EntityType(IStringLocalizer<AuditText> text, string? entityType)
    {
        if (string.IsNullOrEmpty(entityType))
        {
            return string.Empty;
        }

        var label = text[EntityTypeKey(entityType)];
        return label.ResourceNotFound ? entityType : label.Value;
    }

    /// <summary>The resx key of an entity type: the CLR type's own name (owned types after '#', generics without arguments).</summary>
    internal static string EntityTypeKey(string entityType)
    {
        var name = entityType[(entityType.LastIndexOf('#') + 1)..];
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        return "Entity_" + (generic < 0 ? name : name[..generic]);
    }

    public static string Actor(IStringLocalizer<AuditText> text, string actor) => actor switch
    {
        AuditActor.System => text["Actor_System"],
        AuditActor.Anonymous => text["Actor_Anonymous"],
        _ => actor,
    };

    /// <summary>Role names come from the shared Role_* entries the account pages use.</summary>
    public static string Role(IStringLocalizer<SharedResource> shared, string? role)
    {
        if (string.IsNullOrEmpty(role))
        {
            return string.Empty;
        }

        var label = shared[$"Role_{role}"];
        return label.ResourceNotFound ? role : label.Value;
    }
}

/// <summary>Marker for the audit strings (AuditText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class AuditText;
