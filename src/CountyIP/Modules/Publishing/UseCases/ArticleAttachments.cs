using CountyIP.Modules.Publishing.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Publishing.UseCases;

/// <summary>A file as received: the name the client gave (shown only, after sanitising) and its bytes.</summary>
public sealed record ArticleFileUpload(string? FileName, byte[] Content);

/// <summary>A stored file opened for download, with the name and type it is served under.</summary>
public sealed record ArticleFile(Stream Content, string FileName, string ContentType);

/// <summary>Where the attachment limits live once (API, page and handler read them).</summary>
public static class ArticleFileRules
{
    /// <summary>The form field of the file (API: <c>file</c>; the page's input is named the same).</summary>
    public const string Field = "file";

    public const long MaxBytes = EvidenceInspector.MaxBytes;

    /// <summary>Request limit of a route or page that takes an upload: the largest file and the other fields.</summary>
    public const long MaxRequestBytes = MaxBytes + (1024 * 1024);
}

/// <summary>
/// Attaches a file to an article (the policy's text as PDF, an application form). The type is decided by the bytes
/// (PDF, JPEG, PNG, Word, Excel, PowerPoint) and metadata stripped (<see cref="EvidenceInspector"/>): the portal
/// publishes the file to anyone, so an author field or a photo's GPS position must not go with it. A refused file is a
/// field error and nothing is stored.
/// </summary>
internal sealed class AttachArticleFileHandler(CountyIpDbContext db, IFileStore files, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    public const string FileCategory = "portal-attachments";

    /// <summary>The attachment, or null when the article does not exist (404).</summary>
    public async Task<ArticleAttachmentView?> HandleAsync(Guid articleId, ArticleFileUpload upload, CancellationToken cancellationToken)
    {
        if (await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken) is not { } article)
        {
            return null;
        }

        if (article.Attachments.Count >= Article.MaxAttachments)
        {
            throw new BusinessRuleException("publishing.too-many-attachments", text["Error_TooManyAttachments", Article.MaxAttachments]);
        }

        var (file, rejection) = EvidenceInspector.Inspect(upload.Content, upload.FileName);
        if (file is null)
        {
            throw InputValidationException.For(ArticleFileRules.Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(upload.FileName)]);
        }

        using var content = new MemoryStream(file.Content, writable: false);
        var key = await files.SaveAsync(FileCategory, content, cancellationToken);
        try
        {
            var attachment = article.Attach(key, file.FileName, file.ContentType, file.Content.LongLength, clock.GetUtcNow().UtcDateTime);
            await PublicationAccess.SaveAsync(db, text, cancellationToken);
            return ArticleAttachmentView.From(attachment);
        }
        catch
        {
            // Nothing of a failed upload stays on disk.
            files.Delete(key);
            throw;
        }
    }
}

/// <summary>Removes an attachment; its file is deleted after the save, so a failed save never loses it.</summary>
internal sealed class RemoveArticleFileHandler(CountyIpDbContext db, IFileStore files, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid articleId, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken) is not { } article
            || article.Detach(attachmentId, clock.GetUtcNow().UtcDateTime) is not { } removed)
        {
            return false;
        }

        await PublicationAccess.SaveAsync(db, text, cancellationToken);
        files.Delete(removed.FileKey);
        return true;
    }
}

/// <summary>
/// Opens an attachment: for the public only while its article is published (a withdrawn policy's file is gone from the
/// portal with it), for staff in any state.
/// </summary>
internal sealed class OpenArticleFileHandler(CountyIpDbContext db, IFileStore files)
{
    public async Task<ArticleFile?> HandleAsync(Guid articleId, Guid attachmentId, bool publishedOnly, CancellationToken cancellationToken)
    {
        var articles = db.Set<Article>().AsNoTracking().Where(a => a.Id == articleId);
        if (publishedOnly)
        {
            articles = articles.Where(a => a.State == PublicationState.Published);
        }

        var attachment = await articles.SelectMany(a => a.Attachments).FirstOrDefaultAsync(f => f.Id == attachmentId, cancellationToken);
        return attachment is not null && files.OpenRead(attachment.FileKey) is { } stream
            ? new ArticleFile(stream, attachment.FileName, attachment.ContentType)
            : null;
    }
}
