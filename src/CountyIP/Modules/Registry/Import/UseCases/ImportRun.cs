using System.Globalization;
using CountyIP.Modules.Registry.Import.Data;
using CountyIP.Modules.Registry.Import.Domain;
using CountyIP.Modules.Registry.Import.Parsing;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Registry.Import.UseCases;

/// <summary>
/// State of one pass over a file (a preview, or an apply when <see cref="Apply"/>): the column map, the counts, the keys
/// seen so far (a key twice in one file is refused: the second row would silently overwrite the first), and where
/// invalid rows go.
/// </summary>
internal sealed class ImportRun(
    CountyIpDbContext db,
    ColumnMap map,
    bool apply,
    DateTime utcNow,
    IStringLocalizer<ImportText> text,
    IStringLocalizer<RegistryText> registryText,
    Action<TableRow, IReadOnlyList<string>> onInvalid) : IDisposable
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private EntityBulkWriter? writer;

    public CountyIpDbContext Db { get; } = db;

    public ColumnMap Map { get; } = map;

    public bool Apply { get; } = apply;

    public DateTime UtcNow { get; } = utcNow;

    public IStringLocalizer<ImportText> Text { get; } = text;

    public int Total { get; private set; }

    public int New { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public int Invalid { get; private set; }

    public ImportCounts Counts => new(Total, New, Changed, Unchanged, Invalid);

    public EntityBulkWriter Writer => writer ??= new EntityBulkWriter(Db);

    public RowReader Read(TableRow row) => new(row, Map, Text);

    /// <summary>Fresh field errors for one row (the request-scoped collector would mix rows).</summary>
    public InputErrors NewErrors() => new(registryText);

    public void CountNew() => (Total, New) = (Total + 1, New + 1);

    /// <summary>The first <see cref="ImportBatch.KeptRowErrors"/> changed rows with what changes, for the preview.</summary>
    public List<RowChange> Changes { get; } = [];

    public void CountChanged(TableRow row, string key, ImportFields before, ImportFields after)
    {
        (Total, Changed) = (Total + 1, Changed + 1);
        if (!Apply && Changes.Count < ImportBatch.KeptRowErrors)
        {
            Changes.Add(new RowChange(row.Number, key, before.ChangesTo(after, registryText)));
        }
    }

    public void CountUnchanged() => (Total, Unchanged) = (Total + 1, Unchanged + 1);

    public void Refuse(TableRow row, IReadOnlyList<string> reasons)
    {
        Total++;
        Invalid++;
        onInvalid(row, reasons);
    }

    /// <summary>Records the key; false (and the row refused) when an earlier row of the file had it.</summary>
    public bool FirstTime(TableRow row, string key)
    {
        if (seen.TryGetValue(key, out var earlier))
        {
            Refuse(row, [Text["Row_Duplicate", earlier]]);
            return false;
        }

        seen[key] = row.Number;
        return true;
    }

    /// <summary>Field errors of a use case's validation, each named by the file's own header.</summary>
    public IReadOnlyList<string> Reasons(InputValidationException error, Func<string, string> fieldToColumn) =>
        [.. error.Errors.SelectMany(e => e.Value.Select(message => $"{Map.HeaderOf(fieldToColumn(e.Key))}: {message}"))];

    public void Dispose() => writer?.Dispose();
}

/// <summary>Reads one row's fields by name, cleaning each cell and collecting what cannot be read (formulas, dates, choices).</summary>
internal sealed class RowReader(TableRow row, ColumnMap map, IStringLocalizer<ImportText> text)
{
    private readonly List<string> reasons = [];

    public TableRow Row => row;

    public IReadOnlyList<string> Reasons => reasons;

    public bool Has(string field) => map.Has(field);

    public void Add(string field, string message) => reasons.Add($"{map.HeaderOf(field)}: {message}");

    /// <summary>
    /// The cleaned text of a field, or null. A cell holding a formula is refused (ADR 0014): its cached value may be stale
    /// or computed from cells that are not imported, and the user should see and paste the value they mean.
    /// </summary>
    public string? Text(string field)
    {
        if (map.IndexOf(field) is not { } index)
        {
            return null;
        }

        var cell = row[index];
        if (cell.Formula is not null)
        {
            reasons.Add(text["Row_Formula", CellReference(index, row.Number), map.HeaderOf(field)]);
            return null;
        }

        return CellText.Clean(cell.Text);
    }

    /// <summary>The cleaned text without recording anything (to find a row's key before reading it).</summary>
    public string? PeekText(string field) => map.IndexOf(field) is { } index ? CellText.Clean(row[index].Text) : null;

    public string Localise(string key, params object[] arguments) => text[key, arguments];

    public DateOnly? Date(string field)
    {
        var value = Text(field);
        if (value is null)
        {
            return null;
        }

        if (CellText.TryParseDate(value, out var date))
        {
            return date;
        }

        Add(field, text["Row_BadDate", value]);
        return null;
    }

    public T? Choice<T>(string field, Func<string?, T?> parse)
        where T : struct
    {
        var value = Text(field);
        if (value is null)
        {
            return null;
        }

        if (parse(value) is { } parsed)
        {
            return parsed;
        }

        Add(field, text["Row_BadChoice", value]);
        return null;
    }

    public bool? YesNo(string field) => Choice(field, CellText.ParseYesNo);

    public int? Number(string field) => Choice<int>(field, v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);

    public void Required(string field, object? value)
    {
        if (value is null or "")
        {
            Add(field, text["Row_Required"]);
        }
    }

    private static string CellReference(int column, int rowNumber)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + rowNumber.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Classifies (and in an apply, writes) one batch of rows of one kind.</summary>
internal interface IImportProcessor
{
    ImportKind Kind { get; }

    Task ProcessAsync(IReadOnlyList<TableRow> rows, ImportRun run, CancellationToken ct);
}
