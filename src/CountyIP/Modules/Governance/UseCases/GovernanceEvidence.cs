using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A file as received: the name the client gave (shown only, after sanitising) and its bytes.</summary>
public sealed record EvidenceUpload(string? FileName, byte[] Content);

public sealed record EvidenceView(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTime AtUtc)
{
    public string Href => $"/api/governance/evidence/{Id}";
}

/// <summary>A stored evidence file opened for download.</summary>
public sealed record EvidenceDownload(Stream Content, string FileName, string ContentType);

/// <summary>
/// Evidence files of the governance records (issue 14: a task's progress "with evidence", the minutes "a document", the
/// three-in-place check "recorded with evidence", an appeal "with attachments"). The type is decided by the bytes and
/// metadata stripped (<see cref="EvidenceInspector"/>); who may attach is who may act on the record — the unit's liaison
/// or the office for a task, a unit's check or an appeal, the office for a meeting — and who may read is who may read
/// the record. A refused file is a field error and nothing is stored.
/// </summary>
internal sealed class GovernanceEvidence(
    CountyIpDbContext db, IFileStore files, GovernanceScope scope, ICurrentUser user, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public const string Field = "file";
    public const string FileCategory = "governance-evidence";

    public async Task<IReadOnlyList<EvidenceView>> ListAsync(EvidenceSubject subject, Guid subjectId, CancellationToken cancellationToken) =>
        await scope.Filter(db.Set<EvidenceFile>().AsNoTracking().Where(e => e.Subject == subject && e.SubjectId == subjectId), e => e.OwnerCode ?? scope.OwnCode!)
            .OrderBy(e => e.AtUtc)
            .Select(e => new EvidenceView(e.Id, e.FileName, e.ContentType, e.Size, e.UploadedBy, e.AtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The stored file, or null when it does not exist or lies outside the caller's scope.</summary>
    public async Task<EvidenceDownload?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<EvidenceFile>().AsNoTracking().Where(e => e.Id == id), e => e.OwnerCode ?? scope.OwnCode!).FirstOrDefaultAsync(cancellationToken) is not { } found
            || files.OpenRead(found.FileKey) is not { } stream)
        {
            return null;
        }

        return new EvidenceDownload(stream, found.FileName, found.ContentType);
    }

    /// <summary>Attaches a file; null when the record does not exist or the caller may not act on it (404).</summary>
    public async Task<EvidenceView?> AttachAsync(EvidenceSubject subject, Guid subjectId, EvidenceUpload upload, CancellationToken cancellationToken)
    {
        if (await OwnerOfAsync(subject, subjectId, cancellationToken) is not { } owner)
        {
            return null;
        }

        if (await db.Set<EvidenceFile>().CountAsync(e => e.Subject == subject && e.SubjectId == subjectId, cancellationToken) >= EvidenceFile.MaxPerSubject)
        {
            throw new BusinessRuleException("governance.too-many-files", text["Error_TooManyFiles", EvidenceFile.MaxPerSubject]);
        }

        var (file, rejection) = EvidenceInspector.Inspect(upload.Content, upload.FileName);
        if (file is null)
        {
            throw InputValidationException.For(Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(upload.FileName)]);
        }

        using var content = new MemoryStream(file.Content, writable: false);
        var key = await files.SaveAsync(FileCategory, content, cancellationToken);
        try
        {
            var evidence = new EvidenceFile(subject, subjectId, owner.Code, key, file.FileName, file.ContentType, file.Content.LongLength, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
            db.Add(evidence);
            await GovernanceSave.SaveAsync(db, text, cancellationToken);
            return new EvidenceView(evidence.Id, evidence.FileName, evidence.ContentType, evidence.Size, evidence.UploadedBy, evidence.AtUtc);
        }
        catch
        {
            // Nothing of a failed upload stays on disk.
            files.Delete(key);
            throw;
        }
    }

    /// <summary>The unit the record belongs to (its code; null code for a meeting) when the caller may attach to it; null otherwise.</summary>
    private async Task<(string? Code, bool Found)?> OwnerOfAsync(EvidenceSubject subject, Guid id, CancellationToken cancellationToken)
    {
        string? code = subject switch
        {
            EvidenceSubject.Task => await db.Set<SupervisedTask>().Where(t => t.Id == id && t.State != SupervisedTaskState.Completed).Select(t => t.OwnerCode).FirstOrDefaultAsync(cancellationToken),
            EvidenceSubject.UnitOrganisation => await db.Set<UnitOrganisation>().Where(u => u.Id == id).Select(u => u.OwnerCode).FirstOrDefaultAsync(cancellationToken),
            EvidenceSubject.Appeal => await db.Set<AssessmentAppeal>().Where(a => a.Id == id && a.State == AppealState.Pending).Select(a => a.OwnerCode).FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
        if (subject == EvidenceSubject.Meeting)
        {
            return scope.IsOffice && await db.Set<Meeting>().AnyAsync(m => m.Id == id, cancellationToken) ? (null, true) : null;
        }

        return code is not null && scope.ActsFor(code) ? (code, true) : null;
    }
}
