using Microsoft.AspNetCore.Http.HttpResults;

namespace CountyIP.Platform.Exports;

/// <summary>
/// A written export: the workbook in a temporary file deleted when the stream closes, its localized dated file name,
/// and how many rows it holds. Only <see cref="SpreadsheetExport"/> makes one, after it has recorded the export.
/// </summary>
internal sealed record ExportFile(Stream Content, string FileName, long Rows)
{
    public const string ContentType = Files.ContentTypes.Xlsx;

    /// <summary>The download; the file is deleted once it has been sent.</summary>
    public FileStreamHttpResult ToResult() => TypedResults.File(Content, ContentType, FileName);
}
