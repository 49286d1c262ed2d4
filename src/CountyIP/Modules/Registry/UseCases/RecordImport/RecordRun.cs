using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Data;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// State of one pass (a preview, or an apply when <see cref="Apply"/>): the fields the file carries, the keys seen so
/// far (a key twice in one pass is refused: the second row would silently overwrite the first), and the outcomes of
/// the batch being processed, which the contract hands back (ADR 0020).
/// </summary>
internal sealed class RecordRun(
    CountyIpDbContext db,
    IReadOnlyList<string> fields,
    bool apply,
    DateTime utcNow,
    int describeChanges,
    IStringLocalizer<RegistryText> text) : IDisposable
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> indexByField = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
    private EntityBulkWriter? writer;
    private int described;

    public CountyIpDbContext Db { get; } = db;

    public bool Apply { get; } = apply;

    public DateTime UtcNow { get; } = utcNow;

    /// <summary>The outcomes of the current batch, in row order.</summary>
    public List<RecordOutcome> Outcomes { get; } = [];

    public EntityBulkWriter Writer => writer ??= new EntityBulkWriter(Db);

    public RowReader Read(RecordRow row) => new(row, indexByField, text);

    /// <summary>Fresh field errors for one row (the request-scoped collector would mix rows).</summary>
    public InputErrors NewErrors() => new(text);

    public void CountNew(RecordRow row, string key) => Outcomes.Add(new RecordOutcome(row.Number, RecordOutcomeKind.New, key, [], []));

    public void CountChanged(RecordRow row, string key, ImportFields before, ImportFields after)
    {
        IReadOnlyList<RecordFieldChange> changes = [];
        if (!Apply && described < describeChanges)
        {
            described++;
            changes = before.ChangesTo(after, text);
        }

        Outcomes.Add(new RecordOutcome(row.Number, RecordOutcomeKind.Changed, key, [], changes));
    }

    public void CountUnchanged(RecordRow row, string key) => Outcomes.Add(new RecordOutcome(row.Number, RecordOutcomeKind.Unchanged, key, [], []));

    public void Refuse(RecordRow row, IReadOnlyList<RecordFieldError> errors) =>
        Outcomes.Add(new RecordOutcome(row.Number, RecordOutcomeKind.Refused, null, errors, []));

    /// <summary>Records the key; false (and the row refused) when an earlier row of the pass had it.</summary>
    public bool FirstTime(RecordRow row, string key)
    {
        if (seen.TryGetValue(key, out var earlier))
        {
            Refuse(row, [new RecordFieldError(null, text["Import_Row_Duplicate", earlier])]);
            return false;
        }

        seen[key] = row.Number;
        return true;
    }

    /// <summary>Field errors of a use case's validation, each under the field (of the file) it came from.</summary>
    public static IReadOnlyList<RecordFieldError> Reasons(RegistryValidationException error, Func<string, string> fieldToColumn) =>
        [.. error.Errors.SelectMany(e => e.Value.Select(message => new RecordFieldError(fieldToColumn(e.Key), message)))];

    public void Dispose() => writer?.Dispose();
}

/// <summary>Reads one row's fields by name and collects what cannot be read (dates, choices, numbers) as field errors.</summary>
internal sealed class RowReader(RecordRow row, IReadOnlyDictionary<string, int> indexByField, IStringLocalizer<RegistryText> text)
{
    private readonly List<RecordFieldError> reasons = [];

    public RecordRow Row => row;

    public IReadOnlyList<RecordFieldError> Reasons => reasons;

    public bool Has(string field) => indexByField.ContainsKey(field);

    public void Add(string field, string message) => reasons.Add(new RecordFieldError(field, message));

    /// <summary>The cleaned text of a field, or null (cells are cleaned, and formulas refused, by the importing module).</summary>
    public string? Text(string field) => indexByField.TryGetValue(field, out var index) ? row.Values[index] : null;

    /// <summary>The text without recording anything (to find a row's key before reading it).</summary>
    public string? PeekText(string field) => Text(field);

    public string Localise(string key, params object[] arguments) => text[key, arguments];

    public DateOnly? Date(string field)
    {
        var value = Text(field);
        if (value is null)
        {
            return null;
        }

        if (RecordValues.TryParseDate(value, out var date))
        {
            return date;
        }

        Add(field, text["Import_Row_BadDate", value]);
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

        Add(field, text["Import_Row_BadChoice", value]);
        return null;
    }

    public bool? YesNo(string field) => Choice(field, RecordValues.ParseYesNo);

    public int? Number(string field) => Choice<int>(field, v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);

    public void Required(string field, object? value)
    {
        if (value is null or "")
        {
            Add(field, text["Import_Row_Required"]);
        }
    }
}

/// <summary>Classifies (and in an apply, writes) one batch of rows of one kind.</summary>
internal interface IRecordProcessor
{
    RecordKind Kind { get; }

    Task ProcessAsync(IReadOnlyList<RecordRow> rows, RecordRun run, CancellationToken ct);
}

/// <summary>The Registry's <see cref="IRecordImport"/>: a pass runs the kind's processor on each batch.</summary>
internal sealed class RecordImportService(CountyIpDbContext db, IEnumerable<IRecordProcessor> processors, IStringLocalizer<RegistryText> text) : IRecordImport
{
    public IReadOnlyList<RecordKind> Kinds { get; } = [.. processors.Select(p => p.Kind).Distinct().Order()];

    public IRecordImportPass Begin(RecordKind kind, IReadOnlyList<string> fields, bool apply, DateTime utcNow, int describeChanges) =>
        new Pass(processors.Single(p => p.Kind == kind), new RecordRun(db, fields, apply, utcNow, describeChanges, text));

    private sealed class Pass(IRecordProcessor processor, RecordRun run) : IRecordImportPass
    {
        public async Task<IReadOnlyList<RecordOutcome>> ProcessAsync(IReadOnlyList<RecordRow> rows, CancellationToken cancellationToken)
        {
            run.Outcomes.Clear();
            await processor.ProcessAsync(rows, run, cancellationToken);
            return [.. run.Outcomes];
        }

        public void Dispose() => run.Dispose();
    }
}
