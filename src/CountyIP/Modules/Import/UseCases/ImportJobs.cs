using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases.Parsing;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Import.UseCases;

internal sealed record ImportJobPayload(Guid ImportId)
{
    public static string For(Guid id) => JsonSerializer.Serialize(new ImportJobPayload(id));

    public static Guid Parse(string json) => JsonSerializer.Deserialize<ImportJobPayload>(json)!.ImportId;
}

/// <summary>Preview: read the whole file, classify every row (new, changed, unchanged, invalid), write nothing but the batch's result.</summary>
internal sealed class PreviewImportJob(
    CountyIpDbContext db,
    ImportPipeline pipeline,
    IFileStore files,
    IStringLocalizer<ImportText> text,
    TimeProvider clock,
    ILogger<PreviewImportJob> logger) : IJobHandler
{
    public const string JobKind = "registry-import-preview";

    public string Kind => JobKind;

    public (Type Resource, string Key) DisplayName => (typeof(ImportText), "Job_Preview");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var id = ImportJobPayload.Parse(context.Payload);
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return JobOutcome.Failure("Import not found.");
        }

        using var culture = new CultureScope(batch.Culture);
        ImportPassResult result;
        try
        {
            var content = files.OpenRead(batch.FileKey) ?? throw new ImportFileException(ImportFileErrors.Empty);
            result = await pipeline.RunAsync(batch.Kind, batch.FileName, content, apply: false, clock.GetUtcNow().UtcDateTime,
                p => context.Progress.ReportAsync((long)(p * 1000), 1000, text["Progress_Reading"], cancellationToken), cancellationToken);
        }
        catch (ImportFileException error)
        {
            var message = ImportPipeline.Describe(error, text);
            await UpdateAsync(id, b => b.PreviewFailed(message), cancellationToken);
            return JobOutcome.Failure(message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Preview of import {ImportId} failed", id);
            var message = text["Error_PreviewFailed", context.JobId].Value;
            await UpdateAsync(id, b => b.PreviewFailed(message), cancellationToken);
            return JobOutcome.Failure(message);
        }

        await UpdateAsync(id, b => b.Previewed(
            result.Counts,
            result.UnknownColumns.Count == 0 ? null : Truncate(string.Join(';', result.UnknownColumns), 4000),
            RowNotes.Serialize(result.KeptErrors, result.KeptChanges),
            result.InvalidRowsFileKey), cancellationToken);
        return JobOutcome.Success(JsonSerializer.Serialize(result.Counts), result.InvalidRowsFileKey, result.InvalidRowsFileKey is null ? null : "invalid-rows.xlsx");
    }

    private async Task UpdateAsync(Guid id, Action<ImportBatch> change, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var batch = await db.Set<ImportBatch>().SingleAsync(b => b.Id == id, ct);
        change(batch);
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>
/// Apply: read the file again and write every valid row in ONE database transaction, together with the batch's
/// "applied" status (ADR 0014). A failure or a killed process rolls everything back; the job is then run again from
/// the start (the worker re-queues it when its lease expires) or the user confirms again.
/// </summary>
internal sealed class ApplyImportJob(
    CountyIpDbContext db,
    ImportPipeline pipeline,
    IRecordImport records,
    IFileStore files,
    IStringLocalizer<ImportText> text,
    TimeProvider clock,
    ILogger<ApplyImportJob> logger) : IJobHandler
{
    public const string JobKind = "registry-import-apply";

    public string Kind => JobKind;

    public (Type Resource, string Key) DisplayName => (typeof(ImportText), "Job_Apply");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var id = ImportJobPayload.Parse(context.Payload);
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null || batch.Status == ImportStatus.Applied)
        {
            // Applied already (a second confirm raced the first): nothing to do.
            return batch is null ? JobOutcome.Failure("Import not found.") : JobOutcome.Success();
        }

        using var culture = new CultureScope(batch.Culture);
        string message;
        try
        {
            var counts = await ApplyAsync(batch, context, cancellationToken);
            await db.Database.RefreshStatisticsAsync(cancellationToken); // Planner statistics after a bulk write (issue 11 §5).
            return JobOutcome.Success(JsonSerializer.Serialize(counts));
        }
        catch (ImportFileException error)
        {
            message = ImportPipeline.Describe(error, text);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Import {ImportId} failed while applying; rolled back", id);
            message = text["Error_ApplyFailed", context.JobId];
        }

        db.ChangeTracker.Clear();
        var failed = await db.Set<ImportBatch>().SingleAsync(b => b.Id == id, cancellationToken);
        failed.ApplyFailed(message);
        await db.SaveChangesAsync(cancellationToken);
        return JobOutcome.Failure(message);
    }

    private async Task<ImportCounts> ApplyAsync(ImportBatch batch, JobContext context, CancellationToken ct)
    {
        // One transaction, on a connection tuned for a bulk write (issue 11 §4: the page cache that keeps SQLite's
        // index pages in memory; bench/README.md has the figures).
        await using var transaction = await BulkLoad.BeginAsync(db, ct);
        var content = files.OpenRead(batch.FileKey) ?? throw new ImportFileException(ImportFileErrors.Empty);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await pipeline.RunAsync(batch.Kind, batch.FileName, content, apply: true, now,
            p => context.Progress.ReportAsync((long)(p * 1000), 1000, text["Progress_Applying"], ct), ct);
        if (batch.Mode == ImportMode.AllOrNothing && result.Counts.Invalid > 0)
        {
            throw new ImportFileException(ImportFileErrors.AllOrNothing, result.Counts.Invalid);
        }

        // Watch rules run on the rows just written, in this transaction: their notifications commit with the import.
        await records.AppliedAsync(ImportKinds.ToRecord(batch.Kind), now, ct);
        var tracked = await db.Set<ImportBatch>().SingleAsync(b => b.Id == batch.Id, ct);
        tracked.Applied(result.Counts, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result.Counts;
    }
}

/// <summary>Runs a job in the uploader's UI culture, so row reasons are in the user's language.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    public CultureScope(string name)
    {
        var target = ImportPipeline.CultureOf(name);
        CultureInfo.CurrentUICulture = target;
        CultureInfo.CurrentCulture = target;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = ui;
        CultureInfo.CurrentCulture = culture;
    }
}
