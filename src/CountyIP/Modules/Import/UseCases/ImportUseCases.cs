using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases.Parsing;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Import.UseCases;

/// <summary>An import as pages and the API show it: status, the running job's progress, counts and row errors.</summary>
public sealed record ImportView(
    Guid Id,
    ImportKind Kind,
    ImportMode Mode,
    string FileName,
    long FileSize,
    ImportStatus Status,
    int ProgressPercent,
    string? ProgressText,
    ImportCounts Counts,
    IReadOnlyList<string> UnknownColumns,
    IReadOnlyList<RowError> RowErrors,
    IReadOnlyList<RowChange> Changes,
    bool HasInvalidRowsFile,
    string? Error,
    bool CanConfirm,
    Guid? JobId,
    DateTime CreatedUtc,
    DateTime? AppliedUtc);

/// <summary>The whole file was refused (type, size, encryption, zip bomb…); nothing was stored. Answers 400 naming the file.</summary>
public sealed class ImportFileRefusedException(string message) : Exception(message);

public sealed record StartImportCommand(ImportKind Kind, ImportMode Mode, string FileName, long Length, Stream Content);

/// <summary>Upload: check the file, keep it in the file store, queue its preview.</summary>
internal sealed class StartImportHandler(
    CountyIpDbContext db,
    IFileStore files,
    IJobQueue jobs,
    ICurrentUser user,
    IStringLocalizer<ImportText> text,
    TimeProvider clock)
{
    public async Task<Guid> HandleAsync(StartImportCommand command, CancellationToken ct)
    {
        if (command.Length > ImportFiles.MaxBytes)
        {
            throw new ImportFileRefusedException(text["File_TooLarge", ImportFiles.MaxBytes / 1024 / 1024]);
        }

        var fileName = Path.GetFileName(command.FileName.Replace('\\', '/'));
        var key = await files.SaveAsync("imports", command.Content, ct);
        try
        {
            await using var stored = files.OpenRead(key)!;
            ImportFiles.Inspect(fileName, stored);
        }
        catch (ImportFileException error)
        {
            files.Delete(key);
            throw new ImportFileRefusedException(ImportPipeline.Describe(error, text));
        }

        var batch = ImportBatch.Upload(command.Kind, command.Mode, fileName, key, command.Length, CultureInfo.CurrentUICulture.Name, user.UserId, user.UserName, clock.GetUtcNow().UtcDateTime);
        db.Add(batch);
        await db.SaveChangesAsync(ct);

        // Queued after the batch is saved so the job always finds it; the job id is then noted on the batch (only that
        // column is written, so a preview that already finished keeps its result).
        var jobId = await jobs.EnqueueAsync(PreviewImportJob.JobKind, ImportJobPayload.For(batch.Id), ct);
        batch.PreviewQueued(jobId);
        await db.SaveChangesAsync(ct);
        return batch.Id;
    }
}

public sealed record ConfirmImportCommand(Guid Id);

/// <summary>Confirm a previewed import: queue the apply. All-or-nothing imports with invalid rows are refused here.</summary>
internal sealed class ConfirmImportHandler(CountyIpDbContext db, IJobQueue jobs, ICurrentUser user, IStringLocalizer<ImportText> text)
{
    public async Task<bool> HandleAsync(ConfirmImportCommand command, CancellationToken ct)
    {
        var batch = await db.Set<ImportBatch>().FirstOrDefaultAsync(b => b.Id == command.Id && b.CreatedByUserId == user.UserId, ct);
        if (batch is null)
        {
            return false;
        }

        if (!batch.CanConfirm)
        {
            throw new BusinessRuleException("registry.import-not-confirmable",
                batch.Mode == ImportMode.AllOrNothing && batch.InvalidRows > 0 ? text["Error_AllOrNothingInvalid", batch.InvalidRows] : text["Error_NotConfirmable"]);
        }

        // Status first, then the job: a fast job's "applied" must not be overwritten by this handler. The second save
        // writes only the job id (EF updates the changed columns only).
        batch.Confirmed();
        await db.SaveChangesAsync(ct);
        var jobId = await jobs.EnqueueAsync(ApplyImportJob.JobKind, ImportJobPayload.For(batch.Id), ct);
        batch.ApplyQueued(jobId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}

public sealed record GetImportQuery(Guid Id);

internal sealed class GetImportHandler(CountyIpDbContext db, IJobQueue jobs, ICurrentUser user)
{
    public async Task<ImportView?> HandleAsync(GetImportQuery query, CancellationToken ct)
    {
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == query.Id && b.CreatedByUserId == user.UserId, ct);
        if (batch is null)
        {
            return null;
        }

        var jobId = batch.ApplyJobId ?? batch.PreviewJobId;
        var job = jobId is { } id ? await jobs.FindOwnAsync(id, ct) : null;
        var running = batch.Status is ImportStatus.Previewing or ImportStatus.Applying;
        return ImportViews.From(batch, running ? job?.ProgressPercent ?? 0 : 100, running ? job?.ProgressText : null, jobId);
    }
}

public sealed record ListImportsQuery(int? Page = null, int? PageSize = null);

internal sealed class ListImportsHandler(CountyIpDbContext db, ICurrentUser user)
{
    public async Task<PagedImports> HandleAsync(ListImportsQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize ?? 20, 1, 100);
        var page = Math.Max(query.Page ?? 1, 1);
        var mine = db.Set<ImportBatch>().AsNoTracking().Where(b => b.CreatedByUserId == user.UserId);
        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(b => b.CreatedUtc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedImports([.. items.Select(b => ImportViews.From(b, b.Status is ImportStatus.Previewing or ImportStatus.Applying ? 0 : 100, null, b.ApplyJobId ?? b.PreviewJobId))], total, page, size);
    }
}

public sealed record PagedImports(IReadOnlyList<ImportView> Items, int Total, int Page, int PageSize);

public sealed record GetInvalidRowsQuery(Guid Id);

/// <summary>The invalid-rows workbook of one of the caller's imports.</summary>
internal sealed class GetInvalidRowsHandler(CountyIpDbContext db, IFileStore files, ICurrentUser user)
{
    public async Task<Stream?> HandleAsync(GetInvalidRowsQuery query, CancellationToken ct)
    {
        var key = await db.Set<ImportBatch>().AsNoTracking()
            .Where(b => b.Id == query.Id && b.CreatedByUserId == user.UserId)
            .Select(b => b.InvalidRowsFileKey)
            .FirstOrDefaultAsync(ct);
        return key is null ? null : files.OpenRead(key);
    }
}

internal static class ImportViews
{
    public static ImportView From(ImportBatch b, int percent, string? progressText, Guid? jobId) => new(
        b.Id, b.Kind, b.Mode, b.FileName, b.FileSize, b.Status, percent, progressText,
        new ImportCounts(b.TotalRows, b.NewRows, b.ChangedRows, b.UnchangedRows, b.InvalidRows),
        string.IsNullOrEmpty(b.UnknownColumns) ? [] : b.UnknownColumns.Split(';'),
        RowNotes.Parse(b.RowErrorsJson).Errors,
        RowNotes.Parse(b.RowErrorsJson).Changes,
        b.InvalidRowsFileKey is not null, b.Error, b.CanConfirm, jobId, b.CreatedUtc, b.AppliedUtc);
}
