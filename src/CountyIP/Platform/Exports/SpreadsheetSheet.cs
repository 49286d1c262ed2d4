using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Exports;

/// <summary>
/// What an export writes and how it is recorded: the columns (headers and enum names from <paramref name="Text"/>),
/// the localized title that names the sheet and the file, and the audit record's entity, key and filter.
/// </summary>
/// <param name="Text">The module's string table: column headers and enum names.</param>
/// <param name="Title">Localized title, e.g. 专利 / Patents: the sheet and the start of the file name.</param>
/// <param name="AuditEntity">What was exported, as the trail names it (an entity type or an event's own name).</param>
/// <param name="AuditKey">The one record the export is about, when there is one (an indicator target).</param>
/// <param name="Filter">The filter as the caller received it (a query record); written into the audit record.</param>
internal sealed record SpreadsheetSheet<T>(
    IStringLocalizer Text,
    string Title,
    string AuditEntity,
    string? AuditKey,
    object? Filter,
    IReadOnlyList<SpreadsheetColumn<T>> Columns);

/// <summary>
/// A workbook of several sheets (<see cref="SpreadsheetExport.FromSheetsAsync{T}"/>): the string table of the headers
/// and enum names, the localized title that starts the file name, and the audit record's entity, key and filter.
/// </summary>
internal sealed record SpreadsheetWorkbook(IStringLocalizer Text, string Title, string AuditEntity, string? AuditKey, object? Filter);

/// <summary>One sheet of a workbook: its localized title (the sheet's name), its columns and its rows, already in memory.</summary>
internal sealed record SpreadsheetPart<T>(string Title, IReadOnlyList<SpreadsheetColumn<T>> Columns, IReadOnlyList<T> Rows);
