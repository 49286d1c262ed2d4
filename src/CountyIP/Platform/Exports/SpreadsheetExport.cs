using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace CountyIP.Platform.Exports;

/// <summary>
/// The one way to export a list as .xlsx (issue 10 §5). Rows stream from the source — a query read as it is enumerated,
/// or a list handler read page by page — into a temporary file deleted when the download closes, so memory does not
/// grow with the table. An export over <see cref="SpreadsheetExportOptions.MaxRows"/> is refused before anything is
/// written. The audit record (who, what, which filter, how many rows) is written here, after the workbook and before
/// the file is handed out: a caller cannot get the file without it.
/// </summary>
internal sealed class SpreadsheetExport(
    IAuditTrail audit,
    IStringLocalizer<SharedResource> shared,
    IOptions<SpreadsheetExportOptions> options,
    TimeProvider clock)
{
    public const string TooManyRowsCode = "export.too-many-rows";

    private static readonly JsonSerializerOptions FilterJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every row of <paramref name="rows"/>, read from the database as the workbook is written.</summary>
    public async Task<ExportFile> FromQueryAsync<T>(SpreadsheetSheet<T> sheet, IQueryable<T> rows, CancellationToken cancellationToken)
    {
        var total = rows.Provider is IAsyncQueryProvider ? await rows.LongCountAsync(cancellationToken) : rows.LongCount();
        Refuse(total);
        var stream = rows is IAsyncEnumerable<T> async ? async : rows.ToAsyncEnumerable();
        return await WriteAsync(sheet, stream, cancellationToken);
    }

    /// <summary>
    /// Every row a paged source gives (a list handler that applies its own scope), <paramref name="pageSize"/> at a
    /// time; the first page's total decides the row cap.
    /// </summary>
    public async Task<ExportFile> FromPagesAsync<T>(
        SpreadsheetSheet<T> sheet, int pageSize, Func<int, int, CancellationToken, Task<PagedResult<T>>> page, CancellationToken cancellationToken)
    {
        var first = await page(1, pageSize, cancellationToken);
        Refuse(first.Total);
        return await WriteAsync(sheet, Pages(first, pageSize, page, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A workbook of several small tables already in memory (a report's breakdowns), one sheet each with its own
    /// columns, recorded once for the whole workbook; the row cap counts the rows of every sheet.
    /// </summary>
    public async Task<ExportFile> FromSheetsAsync<T>(SpreadsheetWorkbook workbook, IReadOnlyList<SpreadsheetPart<T>> sheets, CancellationToken cancellationToken)
    {
        var total = sheets.Sum(s => (long)s.Rows.Count);
        Refuse(total);
        var names = new CellNames(workbook.Text, shared);
        var content = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var headers = sheet.Columns.Select(c => c.HeaderIsKey ? workbook.Text[c.Header].Value : c.Header).ToArray();
            content[UniqueSheetName(content, SheetName(sheet.Title))] = sheet.Rows.Select(row => Row(sheet.Columns, headers, names, row)).ToList();
        }

        var file = NewTemporaryFile();
        try
        {
            await file.SaveAsAsync(content, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
            file.Position = 0;
            await RecordAsync(workbook.AuditEntity, workbook.AuditKey, workbook.Filter, total, cancellationToken);
            return new ExportFile(file, FileName(workbook.Title), total);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private void Refuse(long total)
    {
        var cap = options.Value.MaxRows;
        if (total > cap)
        {
            throw new BusinessRuleException(TooManyRowsCode, shared["Export_TooManyRows", total.ToString("N0", CultureInfo.CurrentCulture), cap.ToString("N0", CultureInfo.CurrentCulture)]);
        }
    }

    private async Task<ExportFile> WriteAsync<T>(SpreadsheetSheet<T> sheet, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var names = new CellNames(sheet.Text, shared);
        var headers = sheet.Columns.Select(c => c.HeaderIsKey ? sheet.Text[c.Header].Value : c.Header).ToArray();
        var counter = new RowCounter();
        var file = NewTemporaryFile();
        try
        {
            var cells = Cells(sheet.Columns, headers, names, rows, counter, options.Value.MaxRows, cancellationToken);
            await file.SaveAsAsync(cells, printHeader: true, sheetName: SheetName(sheet.Title), excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
            file.Position = 0;
            await RecordAsync(sheet.AuditEntity, sheet.AuditKey, sheet.Filter, counter.Count, cancellationToken);
            return new ExportFile(file, FileName(sheet.Title), counter.Count);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The rows as MiniExcel reads them, one dictionary per row keyed by header; stops at the cap should rows have been
    /// added since they were counted.
    /// </summary>
    private static async IAsyncEnumerable<IDictionary<string, object?>> Cells<T>(
        IReadOnlyList<SpreadsheetColumn<T>> columns, string[] headers, CellNames names, IAsyncEnumerable<T> rows, RowCounter counter, int cap,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (counter.Count >= cap)
            {
                yield break;
            }

            counter.Count++;
            yield return Row(columns, headers, names, row);
        }
    }

    private static Dictionary<string, object?> Row<T>(IReadOnlyList<SpreadsheetColumn<T>> columns, string[] headers, CellNames names, T row)
    {
        var cells = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            cells[headers[i]] = Cell(columns[i].Kind, columns[i].Value(row, names), names);
        }

        return cells;
    }

    /// <summary>The workbook's temporary file, deleted when the download closes.</summary>
    private static FileStream NewTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"countyip-export-{Guid.NewGuid():N}.xlsx"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private async Task RecordAsync(string entity, string? key, object? filter, long rows, CancellationToken cancellationToken)
    {
        var written = filter is null ? string.Empty : " " + JsonSerializer.Serialize(filter, filter.GetType(), FilterJson);
        await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, entity, key, $"{rows} rows{written}"), cancellationToken);
    }

    /// <summary>Two sheets whose titles shorten to the same 31 characters get a number.</summary>
    private static string UniqueSheetName(Dictionary<string, object> taken, string name)
    {
        var candidate = name;
        for (var n = 2; taken.ContainsKey(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length <= 31 ? name : name[..(31 - suffix.Length)]) + suffix;
        }

        return candidate;
    }

    private static object? Cell(CellKind kind, object? value, CellNames names) => value switch
    {
        null => null,
        DateOnly date when kind == CellKind.Date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime utc when kind == CellKind.Time => TimeDisplay.ToShanghai(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal amount when kind == CellKind.Money => Math.Round(amount, 2, MidpointRounding.AwayFromZero),
        Enum item when kind == CellKind.Enum => names.Enum(item),
        bool flag when kind == CellKind.YesNo => names.YesNo(flag),
        _ => value,
    };

    private static async IAsyncEnumerable<T> Pages<T>(
        PagedResult<T> first, int pageSize, Func<int, int, CancellationToken, Task<PagedResult<T>>> page, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var current = first;
        for (var number = 1; ; number++)
        {
            foreach (var item in current.Items)
            {
                yield return item;
            }

            if (current.Items.Count == 0 || (long)number * pageSize >= current.Total)
            {
                yield break;
            }

            current = await page(number + 1, pageSize, cancellationToken);
        }
    }

    /// <summary>The title, dated in Beijing time: 专利-20261205.xlsx; characters a file name cannot hold become '_'.</summary>
    private string FileName(string title)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. title.Select(c => Array.IndexOf(invalid, c) >= 0 || c is '"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c)]);
        return $"{safe}-{TimeDisplay.Today(clock):yyyyMMdd}.xlsx";
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    internal static string SheetName(string title)
    {
        var safe = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        safe = safe.Length == 0 ? "Sheet1" : safe;
        return safe.Length <= 31 ? safe : safe[..31];
    }

    private sealed class RowCounter
    {
        public long Count { get; set; }
    }
}
