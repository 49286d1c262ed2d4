using System.Text.RegularExpressions;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Audit;

/// <summary>
/// The filtered audit list as .xlsx through the Platform export (issue 10 §5), which streams the rows and records the
/// export in the trail itself.
/// </summary>
internal sealed class AuditExport(AuditLogQueries queries, SpreadsheetExport export, IStringLocalizer<AuditText> text, IStringLocalizer<SharedResource> shared)
{
    public Task<ExportFile> ExportAsync(AuditSearch search, CancellationToken cancellationToken)
    {
        SpreadsheetColumn<AuditListItem>[] columns =
        [
            SpreadsheetColumn<AuditListItem>.Number("Audit_Sequence", i => i.Sequence),
            SpreadsheetColumn<AuditListItem>.Time("Audit_Time", i => i.TimestampUtc),
            SpreadsheetColumn<AuditListItem>.Text("Audit_Actor", i => AuditLabels.Actor(text, i.Actor)),
            SpreadsheetColumn<AuditListItem>.Text("Audit_Role", i => AuditLabels.Role(shared, i.Role)),
            SpreadsheetColumn<AuditListItem>.Text("Audit_ClientIp", i => i.ClientIp),
            SpreadsheetColumn<AuditListItem>.Text("Audit_Action", i => AuditLabels.Action(text, i.Action)),
            SpreadsheetColumn<AuditListItem>.Text("Audit_EntityType", i => AuditLabels.EntityType(text, i.EntityType)),
            SpreadsheetColumn<AuditListItem>.Text("Audit_EntityKey", i => i.EntityKey),
            SpreadsheetColumn<AuditListItem>.Enum("Audit_Outcome", i => i.Outcome),
            SpreadsheetColumn<AuditListItem>.Text("Audit_Detail", i => AuditLabels.Detail(text, i.Detail)),
            SpreadsheetColumn<AuditListItem>.Text("Audit_RequestId", i => i.RequestId),
        ];
        return export.FromQueryAsync(new SpreadsheetSheet<AuditListItem>(text, text["Audit_Title"], nameof(AuditRecord), null, search, columns), queries.Rows(search), cancellationToken);
    }
}

/// <summary>
/// Display names of what the trail stores as codes — actions, entity types, roles, the "system"/"anonymous" actors — a
/// resx entry each (zh-CN and en), so the Chinese UI shows no English type names (issue 9). A stored name without an
/// entry (a record written by an older version) is shown as stored.
/// </summary>
internal static partial class AuditLabels
{
    /// <summary>
    /// A detail that is a code of the event (the sign-in method: pwd, mfa) by its localized name; an export's
    /// "N rows {filter}" as a localized row count with the filter as recorded; other details (a record's own words, a
    /// file name) as recorded.
    /// </summary>
    public static string? Detail(IStringLocalizer<AuditText> text, string? detail)
    {
        var (words, data) = DetailParts(text, detail);
        return data is null ? words : $"{words} {data}";
    }

    /// <summary>
    /// The detail split into localized words and recorded data (an export's filter, JSON or a query string), which a
    /// page shows as code: it is what was recorded, not text to translate.
    /// </summary>
    public static (string? Words, string? Data) DetailParts(IStringLocalizer<AuditText> text, string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return (detail, null);
        }

        var export = ExportDetail().Match(detail);
        if (export.Success)
        {
            var filter = export.Groups["filter"].Value.Trim();
            return (text["Detail_ExportRows", export.Groups["count"].Value].Value, filter.Length == 0 ? null : filter);
        }

        if (detail.Length > 40)
        {
            return (detail, null);
        }

        var label = text[$"Detail_{detail}"];
        return (label.ResourceNotFound ? detail : label.Value, null);
    }

    // SpreadsheetExport writes "{count} rows" and, when the export had a filter, a space and the filter.
    [GeneratedRegex(@"^(?<count>\d+) rows(?<filter>(?: |\?).*)?$", RegexOptions.Singleline)]
    private static partial Regex ExportDetail();

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
