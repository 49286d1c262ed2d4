namespace CountyIP.Modules.Registry.Contracts;

/// <summary>The kinds of Registry record an import can write (issue 3 §3).</summary>
public enum RecordKind
{
    Patents,
    Trademarks,
    Copyrights,
    Enterprises,
}

/// <summary>
/// How the Import module writes Registry records (ADR 0020): one pass over a file (a preview, or an apply inside the
/// caller's transaction) takes the rows in batches and answers one outcome per row. Reading a row into the record's
/// input, the validation of the hand-written use cases, linking parties to enterprises, the unchanged check and the
/// bulk write are the Registry's; files, columns and batches are the caller's.
/// </summary>
public interface IRecordImport
{
    /// <summary>The kinds this Registry imports.</summary>
    IReadOnlyList<RecordKind> Kinds { get; }

    /// <summary>
    /// Opens a pass. <paramref name="fields"/> names (from <see cref="RecordFields"/>) the fields the file carries, in
    /// the order of every <see cref="RecordRow.Values"/>; fields not named keep their stored values. In a preview the
    /// first <paramref name="describeChanges"/> changed rows come with their field changes.
    /// </summary>
    IRecordImportPass Begin(RecordKind kind, IReadOnlyList<string> fields, bool apply, DateTime utcNow, int describeChanges);

    /// <summary>
    /// What follows an applied pass, in the caller's unit of work (its transaction and its save): the watch rules are
    /// evaluated against the rows the pass added or changed at <paramref name="utcNow"/>, one notification per rule with
    /// new matches (issue 13 §3). Answers the number of notifications added.
    /// </summary>
    Task<int> AppliedAsync(RecordKind kind, DateTime utcNow, CancellationToken cancellationToken);
}

/// <summary>One pass; batches must be processed one after another (a key twice in the pass is refused the second time).</summary>
public interface IRecordImportPass : IDisposable
{
    /// <summary>Classifies (and in an apply, writes and saves) one batch; the outcomes are in the rows' order.</summary>
    Task<IReadOnlyList<RecordOutcome>> ProcessAsync(IReadOnlyList<RecordRow> rows, CancellationToken cancellationToken);
}

/// <summary>A row: its number in the file and its cleaned cell texts, one per field of the pass (null when blank).</summary>
public sealed record RecordRow(int Number, IReadOnlyList<string?> Values);

public enum RecordOutcomeKind
{
    New,
    Changed,
    Unchanged,
    Refused,
}

/// <summary>
/// What one row does: the record's key when the row is valid, field errors (as values, never an exception) when it is
/// refused, and for a described changed row each field that changes.
/// </summary>
public sealed record RecordOutcome(int Row, RecordOutcomeKind Kind, string? Key, IReadOnlyList<RecordFieldError> Errors, IReadOnlyList<RecordFieldChange> Changes);

/// <summary>A reason a row is refused; <see cref="Field"/> (a <see cref="RecordFields"/> name) is null for a whole-row reason.</summary>
public sealed record RecordFieldError(string? Field, string Message);

/// <summary>A field that changes, with its localized label and values (stored → the file's).</summary>
public sealed record RecordFieldChange(string Label, string? Old, string? New);
