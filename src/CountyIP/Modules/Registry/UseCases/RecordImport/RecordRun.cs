using CountyIP.Platform.Web.Validation;
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
    EntityBulkWriterFactory writers,
    IReadOnlyList<string> fields,
    bool apply,
    DateTime utcNow,
    int describeChanges,
    IStringLocalizer<RegistryText> text) : IDisposable
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> indexByField = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
    private EntityBulkWriter? writer;
    private PatentSearchWriter? search;
    private int described;

    public CountyIpDbContext Db { get; } = db;

    public bool Apply { get; } = apply;

    public DateTime UtcNow { get; } = utcNow;

    /// <summary>The outcomes of the current batch, in row order.</summary>
    public List<RecordOutcome> Outcomes { get; } = [];

    public EntityBulkWriter Writer => writer ??= writers.Create();

    /// <summary>The full-text index writer for rows <see cref="Writer"/> inserts (they bypass the change tracker; ADR 0027).</summary>
    public PatentSearchWriter Search => search ??= PatentSearchWriter.Create(Db);

    public RowReader Read(RecordRow row) => new(row, indexByField, text);

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
    public static IReadOnlyList<RecordFieldError> Reasons(InputValidationException error, Func<string, string> fieldToColumn) =>
        [.. error.Errors.SelectMany(e => e.Value.Select(message => new RecordFieldError(fieldToColumn(e.Key), message)))];

    public void Dispose()
    {
        writer?.Dispose();
        search?.Dispose();
    }
}
