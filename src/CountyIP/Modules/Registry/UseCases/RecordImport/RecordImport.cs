using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// The shape every kind's import shares: find the batch's stored records by key in one query, read each row into the
/// use case's input (columns the file lacks keep the stored values), validate it with the use case's own rules, then
/// count it new / changed / unchanged and, in an apply, insert or update it.
/// </summary>
internal abstract class RecordImport<TEntity, TInput, TNormal> : IRecordProcessor
    where TEntity : class
{
    public abstract RecordKind Kind { get; }

    /// <summary>The canonical key of a row, when its identifier is valid (invalid ones are reported by validation).</summary>
    protected abstract string? KeyOf(RowReader row);

    protected abstract Task<Dictionary<string, TEntity>> LoadAsync(RecordRun run, IReadOnlyCollection<string> keys, CancellationToken ct);

    /// <summary>Names and credit codes of the parties a row may link to registered enterprises.</summary>
    protected virtual IEnumerable<(string Name, string? CreditCode)> Parties(TInput input) => [];

    protected abstract TInput Read(RowReader row, TEntity? stored);

    protected abstract TNormal Validate(TInput input, InputErrors errors);

    protected abstract string KeyOf(TNormal normal);

    protected abstract TEntity Create(TInput input, TNormal normal, EnterpriseDirectory directory, DateTime utcNow);

    protected abstract void Update(TEntity entity, TInput input, TNormal normal, EnterpriseDirectory directory, DateTime utcNow);

    protected abstract void Fingerprint(TEntity entity, ImportFields add);

    protected virtual string ColumnOf(string field) => field;

    public async Task ProcessAsync(IReadOnlyList<RecordRow> rows, RecordRun run, CancellationToken ct)
    {
        var readers = rows.Select(run.Read).ToList();
        var keys = readers.Select(KeyOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var stored = keys.Count == 0 ? [] : await LoadAsync(run, keys, ct);
        var parsed = readers.Select(r => (Reader: r, Input: Read(r, KeyOf(r) is { } k ? stored.GetValueOrDefault(k) : null))).ToList();
        var directory = await EnterpriseDirectory.LoadAsync(run.Db, parsed.SelectMany(p => Parties(p.Input)), ct);

        foreach (var (reader, input) in parsed)
        {
            if (reader.Reasons.Count > 0)
            {
                run.Refuse(reader.Row, reader.Reasons);
                continue;
            }

            TNormal normal;
            try
            {
                normal = Validate(input, new InputErrors());
            }
            catch (InputValidationException error)
            {
                run.Refuse(reader.Row, RecordRun.Reasons(error, ColumnOf));
                continue;
            }

            var key = KeyOf(normal);
            if (!run.FirstTime(reader.Row, key))
            {
                continue;
            }

            var fresh = Create(input, normal, directory, run.UtcNow);
            if (stored.GetValueOrDefault(key) is not { } existing)
            {
                run.CountNew(reader.Row, key);
                if (run.Apply)
                {
                    run.Writer.Insert(fresh);
                }
            }
            else if (FieldsOf(existing) is var before && FieldsOf(fresh) is var after && before.SameAs(after))
            {
                run.CountUnchanged(reader.Row, key);
            }
            else
            {
                run.CountChanged(reader.Row, key, before, after);
                if (run.Apply)
                {
                    Update(existing, input, normal, directory, run.UtcNow);
                }
            }
        }

        if (run.Apply)
        {
            await run.Db.SaveChangesAsync(ct);
            run.Db.ChangeTracker.Clear();
        }
    }

    private ImportFields FieldsOf(TEntity entity)
    {
        var fields = new ImportFields();
        Fingerprint(entity, fields);
        return fields;
    }
}

/// <summary>A credit code as typed in a file, canonical when valid (validation reports it otherwise).</summary>
internal static class OwnerKey
{
    public static string? Canonical(string? code) =>
        !string.IsNullOrWhiteSpace(code) && CountyIP.Modules.Registry.Domain.Identifiers.UnifiedSocialCreditCode.Parse(code) is { IsValid: true } parsed ? parsed.Value!.Value : null;
}
