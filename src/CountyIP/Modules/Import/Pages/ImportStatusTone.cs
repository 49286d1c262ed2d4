using CountyIP.Modules.Import.Domain;

namespace CountyIP.Modules.Import.Pages;

/// <summary>One colour per batch state: waiting for a person (待确认) is not done (已导入), nor failed.</summary>
internal static class ImportStatusTone
{
    public static string Of(ImportStatus status) => status switch
    {
        ImportStatus.Applied => "success",
        ImportStatus.Previewed => "warning",
        ImportStatus.PreviewFailed or ImportStatus.ApplyFailed => "danger",
        _ => "info",
    };
}
