using System.Text.Json.Serialization;

namespace CountyIP.Modules.Import.Domain;

/// <summary>What a file holds (issue 3 §3: patents, trademarks, copyrights, enterprises).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportKind>))]
public enum ImportKind
{
    Patents,
    Trademarks,
    Copyrights,
    Enterprises,
}

/// <summary>Whether invalid rows block the valid ones.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportMode>))]
public enum ImportMode
{
    /// <summary>Valid rows are applied, invalid rows are reported and skipped.</summary>
    SkipInvalid,

    /// <summary>One invalid row refuses the whole file.</summary>
    AllOrNothing,
}

[JsonConverter(typeof(JsonStringEnumConverter<ImportStatus>))]
public enum ImportStatus
{
    Previewing,
    PreviewFailed,
    Previewed,
    Applying,
    ApplyFailed,
    Applied,
}

/// <summary>Row counts of a preview or an apply.</summary>
public sealed record ImportCounts(int Total, int New, int Changed, int Unchanged, int Invalid)
{
    public static readonly ImportCounts Zero = new(0, 0, 0, 0, 0);
}

/// <summary>
/// One uploaded file on its way upload → preview → confirm → apply. The file stays in the file store; the preview and
/// the apply each read it again, so nothing of it is held in memory or in the database before it is applied.
/// </summary>
public sealed class ImportBatch
{
    /// <summary>How many row errors are kept on the batch for pages and the API; all of them are in the invalid-rows workbook.</summary>
    public const int KeptRowErrors = 200;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ImportKind Kind { get; private set; }

    public ImportMode Mode { get; private set; }

    /// <summary>The user's file name, for display only (the file itself is under <see cref="FileKey"/>).</summary>
    public string FileName { get; private set; } = string.Empty;

    public string FileKey { get; private set; } = string.Empty;

    public long FileSize { get; private set; }

    /// <summary>The uploader's UI culture: row reasons are written in the user's language.</summary>
    public string Culture { get; private set; } = "zh-CN";

    public ImportStatus Status { get; private set; }

    public Guid? CreatedByUserId { get; private set; }

    public string? CreatedByName { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public Guid? PreviewJobId { get; private set; }

    public Guid? ApplyJobId { get; private set; }

    public int TotalRows { get; private set; }

    public int NewRows { get; private set; }

    public int ChangedRows { get; private set; }

    public int UnchangedRows { get; private set; }

    public int InvalidRows { get; private set; }

    /// <summary>Headers of the file that no field takes, joined with <c>;</c> (reported and ignored).</summary>
    public string? UnknownColumns { get; private set; }

    /// <summary>The first <see cref="KeptRowErrors"/> invalid and changed rows as JSON (<see cref="RowNotes"/>).</summary>
    public string? RowErrorsJson { get; private set; }

    /// <summary>The invalid rows with a reason column (.xlsx), in the file store.</summary>
    public string? InvalidRowsFileKey { get; private set; }

    /// <summary>Why the file as a whole was refused or the apply failed, in the user's language.</summary>
    public string? Error { get; private set; }

    public DateTime? AppliedUtc { get; private set; }

    public static ImportBatch Upload(ImportKind kind, ImportMode mode, string fileName, string fileKey, long size, string culture, Guid? userId, string? userName, DateTime utcNow) =>
        new()
        {
            Kind = kind,
            Mode = mode,
            FileName = fileName,
            FileKey = fileKey,
            FileSize = size,
            Culture = culture,
            CreatedByUserId = userId,
            CreatedByName = userName,
            CreatedUtc = utcNow,
            Status = ImportStatus.Previewing,
        };

    public void PreviewQueued(Guid jobId) => PreviewJobId = jobId;

    public void Previewed(ImportCounts counts, string? unknownColumns, string? rowErrorsJson, string? invalidRowsFileKey)
    {
        Counts(counts);
        UnknownColumns = unknownColumns;
        RowErrorsJson = rowErrorsJson;
        InvalidRowsFileKey = invalidRowsFileKey;
        Error = null;
        Status = ImportStatus.Previewed;
    }

    public void PreviewFailed(string error)
    {
        Error = error;
        Status = ImportStatus.PreviewFailed;
    }

    /// <summary>A previewed batch (or one whose apply failed) may be confirmed; all-or-nothing refuses invalid rows up front.</summary>
    public bool CanConfirm => Status is ImportStatus.Previewed or ImportStatus.ApplyFailed && (Mode == ImportMode.SkipInvalid || InvalidRows == 0);

    /// <summary>Marked before the apply job is queued: the job may finish before the caller saves again.</summary>
    public void Confirmed()
    {
        if (!CanConfirm)
        {
            throw new InvalidOperationException($"An import in status {Status} cannot be confirmed.");
        }

        Error = null;
        Status = ImportStatus.Applying;
    }

    public void ApplyQueued(Guid jobId) => ApplyJobId = jobId;

    /// <summary>Recorded in the same transaction as the rows, so "applied" and the data appear together or not at all.</summary>
    public void Applied(ImportCounts counts, DateTime utcNow)
    {
        Counts(counts);
        AppliedUtc = utcNow;
        Status = ImportStatus.Applied;
    }

    public void ApplyFailed(string error)
    {
        Error = error;
        Status = ImportStatus.ApplyFailed;
    }

    private void Counts(ImportCounts counts)
    {
        TotalRows = counts.Total;
        NewRows = counts.New;
        ChangedRows = counts.Changed;
        UnchangedRows = counts.Unchanged;
        InvalidRows = counts.Invalid;
    }
}

/// <summary>An invalid row: its number in the file (the header is row 1) and every reason.</summary>
public sealed record RowError(int Row, IReadOnlyList<string> Reasons);

/// <summary>A row that changes a stored record: its number in the file, the record's key and each changing field.</summary>
public sealed record RowChange(int Row, string Key, IReadOnlyList<FieldChange> Fields);

/// <summary>One field of a changed row, named and valued in the batch's language: stored value → the file's value.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// What a preview kept about single rows, stored in <see cref="ImportBatch.RowErrorsJson"/>: the first invalid rows and
/// the first changed rows. Batches previewed before changed rows were kept hold a bare JSON array of errors.
/// </summary>
public sealed record RowNotes(IReadOnlyList<RowError> Errors, IReadOnlyList<RowChange> Changes)
{
    public static string? Serialize(IReadOnlyList<RowError> errors, IReadOnlyList<RowChange> changes) =>
        errors.Count == 0 && changes.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(new RowNotes(errors, changes));

    public static RowNotes Parse(string? json) => json switch
    {
        null or "" => new([], []),
        _ when json.TrimStart().StartsWith('[') => new(System.Text.Json.JsonSerializer.Deserialize<List<RowError>>(json) ?? [], []),
        _ => System.Text.Json.JsonSerializer.Deserialize<RowNotes>(json) ?? new([], []),
    };
}
