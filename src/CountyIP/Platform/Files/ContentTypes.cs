using Microsoft.AspNetCore.StaticFiles;

namespace CountyIP.Platform.Files;

/// <summary>Content type for a download by its file name's extension.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string For(string? fileName) =>
        fileName is not null && Provider.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
}
