using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>An evidence file as received: the name the client gave (shown only, after sanitising) and its bytes.</summary>
public sealed record AttachmentUpload(string? FileName, byte[] Content);

/// <summary>A stored evidence file opened for download, with the name and type it is served under.</summary>
public sealed record AttachmentFile(Stream Content, string FileName, string ContentType);

/// <summary>Where the attachment rules live once: limits and the field an upload's errors are reported under.</summary>
public static class AttachmentRules
{
    /// <summary>The form field of the file (API: <c>file</c>; the page's input is named the same).</summary>
    public const string Field = "file";

    /// <summary>Files one page upload may carry; the API takes one file per request.</summary>
    public const int MaxFilesPerUpload = 5;

    /// <summary>Largest file accepted (the platform's evidence limit).</summary>
    public const long MaxBytes = EvidenceInspector.MaxBytes;

    /// <summary>Request body limit of a route or page that takes uploads: the files and a little for the other fields.</summary>
    public const long MaxRequestBytes = (MaxFilesPerUpload * MaxBytes) + (1024 * 1024);

    /// <summary>The size as people read it (KB below 1 MB, MB above, one decimal).</summary>
    public static string Size(long bytes) => FileSizes.Text(bytes);
}

/// <summary>
/// Attaches evidence files to a draft or returned application (issue 12 §3 "attaches evidence"): by its enterprise, or
/// staff for one they filed. Each file's type is decided by its bytes (PDF, JPEG, PNG, Word, Excel, PowerPoint; metadata
/// stripped) and its name sanitised (<see cref="EvidenceInspector"/>); it is stored under a server-generated key outside
/// the web root (<see cref="IFileStore"/>). All the files of one upload are attached, or none: a refused file is a field
/// error (400) and nothing is stored. The audit log records each attachment with the application's change (one save).
/// </summary>
internal sealed class AttachEvidenceHandler(CountyIpDbContext db, ApplicationScope scope, IFileStore files, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public const string FileCategory = "funding-evidence";

    /// <summary>The attachments added, or null when the application is not in the caller's scope (404).</summary>
    public async Task<IReadOnlyList<AttachmentView>?> HandleAsync(Guid id, IReadOnlyList<AttachmentUpload> uploads, CancellationToken cancellationToken)
    {
        if (uploads.Count == 0)
        {
            throw InputValidationException.For(AttachmentRules.Field, text["Error_NoFile"]);
        }

        if (await scope.Applications(db).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return null;
        }

        EditableRules.Check(application, scope, text);
        if (application.Attachments.Count + uploads.Count > FundingApplication.MaxAttachments)
        {
            throw new BusinessRuleException("funding.too-many-attachments", text["Error_TooManyAttachments", FundingApplication.MaxAttachments]);
        }

        var inspected = uploads.Select(Inspect).ToList();
        var stored = new List<string>();
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var added = new List<ApplicationAttachment>();
            foreach (var file in inspected)
            {
                using var content = new MemoryStream(file.Content, writable: false);
                var key = await files.SaveAsync(FileCategory, content, cancellationToken);
                stored.Add(key);
                added.Add(application.Attach(key, file.FileName, file.ContentType, file.Content.LongLength, scope.UserName, now));
            }

            await ApplicationSaving.SaveAsync(db, text, cancellationToken);
            return [.. added.Select(AttachmentView.From)];
        }
        catch
        {
            // Nothing of a refused or failed upload stays on disk.
            stored.ForEach(files.Delete);
            throw;
        }
    }

    private InspectedEvidence Inspect(AttachmentUpload upload)
    {
        var (file, rejection) = EvidenceInspector.Inspect(upload.Content, upload.FileName);
        return file ?? throw InputValidationException.For(AttachmentRules.Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(upload.FileName)]);
    }
}

/// <summary>Removes an evidence file from a draft or returned application (its enterprise, or staff for one they filed).</summary>
internal sealed class RemoveAttachmentHandler(CountyIpDbContext db, ApplicationScope scope, IFileStore files, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    /// <summary>False when the application is not in the caller's scope or has no such attachment (404).</summary>
    public async Task<bool> HandleAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await scope.Applications(db).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application
            || application.Attachments.All(a => a.Id != attachmentId))
        {
            return false;
        }

        EditableRules.Check(application, scope, text);
        var removed = application.Detach(attachmentId, clock.GetUtcNow().UtcDateTime)!;
        await ApplicationSaving.SaveAsync(db, text, cancellationToken);
        // The row is gone (and audited); the bytes go after the commit, so a failed save never loses a file.
        files.Delete(removed.FileKey);
        return true;
    }
}

/// <summary>
/// Opens an evidence file of an application the caller may see (the same scope as the application: its enterprise,
/// the town of its unit once submitted, the bureau, leaders and auditors); the download is recorded in the audit log.
/// </summary>
internal sealed class GetAttachmentFileHandler(CountyIpDbContext db, ApplicationScope scope, IFileStore files, IAuditTrail audit)
{
    public async Task<AttachmentFile?> HandleAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await scope.Applications(db).AsNoTracking()
            .Where(a => a.Id == id)
            .SelectMany(a => a.Attachments)
            .FirstOrDefaultAsync(f => f.Id == attachmentId, cancellationToken);
        if (attachment is null || files.OpenRead(attachment.FileKey) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, nameof(FundingApplication), id.ToString(), $"attachment {attachmentId}"), cancellationToken);
        return new AttachmentFile(stream, attachment.FileName, attachment.ContentType);
    }
}

/// <summary>Who may change an application's evidence, and when: the same rule as its contents (<see cref="UpdateApplicationHandler"/>).</summary>
internal static class EditableRules
{
    public static void Check(FundingApplication application, ApplicationScope scope, IStringLocalizer<FundingText> text)
    {
        if (!ApplicationScope.MayEdit(application, scope.Actor))
        {
            throw new BusinessRuleException("funding.cannot-edit", text["Error_CannotEditApplication"]);
        }

        if (!application.IsEditable)
        {
            throw new BusinessRuleException("funding.not-editable", text["Error_NotEditable", text[EnumNames.Key(application.Status)]]);
        }
    }
}
