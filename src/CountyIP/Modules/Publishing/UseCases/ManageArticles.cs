using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Publishing.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Publishing.UseCases;

/// <summary>
/// A notice, policy or news item as staff write it (<c>POST /api/publishing/articles</c>, <c>PUT …/{id}</c>). The text
/// is plain: a blank line starts a new paragraph. <see cref="Version"/> is the stamp read, on a change, so a change by
/// someone else in between is refused (409) instead of overwritten.
/// </summary>
public sealed class ArticleInput
{
    [Required]
    public ArticleChannel? Channel { get; set; }

    [Required, StringLength(Article.TitleMaxLength)]
    public string? Title { get; set; }

    [StringLength(Article.SummaryMaxLength)]
    public string? Summary { get; set; }

    [Required, StringLength(Article.BodyMaxLength)]
    public string? Body { get; set; }

    [StringLength(Article.IssuerMaxLength)]
    public string? Issuer { get; set; }

    [StringLength(Article.DocumentNumberMaxLength)]
    public string? DocumentNumber { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>A step on an article (<c>POST /api/publishing/articles/{id}/actions</c>): publish, withdraw, pin, unpin or delete (a draft never published).</summary>
public sealed class ArticleActionCommand
{
    [Required, RegularExpression("^(publish|withdraw|pin|unpin|delete)$")]
    public string? Action { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Staff's list of articles: any state, filtered by channel, state and words of the title.</summary>
public sealed record ListArticlesQuery(
    ArticleChannel? Channel = null,
    PublicationState? State = null,
    [property: StringLength(100)] string? Q = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, 200)] int? PageSize = null);

public sealed record ArticleRow(Guid Id, ArticleChannel Channel, string Title, string? DocumentNumber, PublicationState State, bool Pinned, DateTime? PublishedUtc, DateTime UpdatedUtc, int AttachmentCount);

public sealed record ArticleAttachmentView(Guid Id, string FileName, string ContentType, long Length, DateTime UploadedUtc)
{
    internal static ArticleAttachmentView From(ArticleAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Length, a.UploadedUtc);
}

public sealed record ArticleView(
    Guid Id,
    ArticleChannel Channel,
    string Title,
    string? Summary,
    string Body,
    string? Issuer,
    string? DocumentNumber,
    PublicationState State,
    bool Pinned,
    DateTime? PublishedUtc,
    string CreatedBy,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    Guid Version,
    IReadOnlyList<ArticleAttachmentView> Attachments,
    bool CanPublish,
    bool CanWithdraw,
    bool CanDelete)
{
    internal static ArticleView From(Article a) => new(
        a.Id, a.Channel, a.Title, a.Summary, a.Body, a.Issuer, a.DocumentNumber, a.State, a.Pinned, a.PublishedUtc, a.CreatedBy, a.CreatedUtc, a.UpdatedUtc, a.Version,
        [.. a.Attachments.OrderBy(f => f.Position).Select(ArticleAttachmentView.From)], a.CanPublish, a.CanWithdraw, a.CanDelete);
}

/// <summary>Reads only: staff's list, newest change first.</summary>
internal sealed class ListArticlesHandler(CountyIpDbContext db)
{
    public async Task<PagedResult<ArticleRow>> HandleAsync(ListArticlesQuery query, CancellationToken cancellationToken)
    {
        var articles = db.Set<Article>().AsNoTracking();
        if (query.Channel is { } channel)
        {
            articles = articles.Where(a => a.Channel == channel);
        }

        if (query.State is { } state)
        {
            articles = articles.Where(a => a.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim();
            articles = articles.Where(a => a.Title.Contains(term) || (a.DocumentNumber != null && a.DocumentNumber.Contains(term)));
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles.OrderByDescending(a => a.UpdatedUtc).Skip((page - 1) * size).Take(size)
            .Select(a => new ArticleRow(a.Id, a.Channel, a.Title, a.DocumentNumber, a.State, a.Pinned, a.PublishedUtc, a.UpdatedUtc, a.Attachments.Count))
            .ToListAsync(cancellationToken);
        return new PagedResult<ArticleRow>(rows, total, page, size);
    }
}

internal sealed class GetArticleHandler(CountyIpDbContext db)
{
    public async Task<ArticleView?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Article>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } article ? ArticleView.From(article) : null;
}

internal sealed class CreateArticleHandler(CountyIpDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ArticleView> HandleAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var article = new Article(input.Channel!.Value, input.Title!, input.Summary, input.Body!, input.Issuer, input.DocumentNumber, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return ArticleView.From(article);
    }
}

/// <summary>Corrects an article's text in any state (a published one is corrected where the public reads it).</summary>
internal sealed class UpdateArticleHandler(CountyIpDbContext db, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    public async Task<ArticleView?> HandleAsync(Guid id, ArticleInput input, CancellationToken cancellationToken)
    {
        if (await PublicationAccess.FindAsync(db, id, input.Version, text, cancellationToken) is not { } article)
        {
            return null;
        }

        article.Revise(input.Channel!.Value, input.Title!, input.Summary, input.Body!, input.Issuer, input.DocumentNumber, clock.GetUtcNow().UtcDateTime);
        await PublicationAccess.SaveAsync(db, text, cancellationToken);
        return ArticleView.From(article);
    }
}

/// <summary>
/// Publish, withdraw, pin, unpin or delete. A step the article's state does not allow (withdraw a draft, pin one that
/// is not published, delete one the public has seen) is a broken rule (409) with the reason; nothing changes. Deleting
/// removes its files after the save.
/// </summary>
internal sealed class ArticleActionHandler(CountyIpDbContext db, IFileStore files, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    /// <summary>The article after the step (null after a delete), or <c>(false, null)</c> when it does not exist.</summary>
    public async Task<(bool Found, ArticleView? Article)> HandleAsync(Guid id, ArticleActionCommand command, CancellationToken cancellationToken)
    {
        if (await PublicationAccess.FindAsync(db, id, command.Version, text, cancellationToken) is not { } article)
        {
            return (false, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Action is not ("publish" or "withdraw" or "pin" or "unpin" or "delete"))
        {
            // The API's validation refuses it first; a page posts the same command without that filter.
            throw InputValidationException.For(nameof(command.Action), text["Error_UnknownAction"]);
        }

        var allowed = command.Action switch
        {
            "publish" => article.CanPublish,
            "withdraw" => article.CanWithdraw,
            "pin" => article.State == PublicationState.Published,
            "unpin" => true,
            "delete" => article.CanDelete,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessRuleException("publishing.step-not-allowed", text["Error_StepNotAllowed", text["Action_" + command.Action], text[Platform.Localization.EnumNames.Key(article.State)]]);
        }

        var deletedFiles = new List<string>();
        switch (command.Action)
        {
            case "publish": article.Publish(now); break;
            case "withdraw": article.Withdraw(now); break;
            case "pin": article.Pin(true, now); break;
            case "unpin": article.Pin(false, now); break;
            default:
                deletedFiles.AddRange(article.Attachments.Select(a => a.FileKey));
                db.Remove(article);
                break;
        }

        await PublicationAccess.SaveAsync(db, text, cancellationToken);
        deletedFiles.ForEach(files.Delete);
        return (true, command.Action == "delete" ? null : ArticleView.From(article));
    }
}

/// <summary>Loading an article or calendar entry for a change and saving it: one place for the stale-version rule.</summary>
internal static class PublicationAccess
{
    public static Task<Article?> FindAsync(CountyIpDbContext db, Guid id, Guid? versionRead, IStringLocalizer<PublishingText> text, CancellationToken cancellationToken) =>
        FindAsync(db.Set<Article>().Where(a => a.Id == id), versionRead, text, cancellationToken);

    /// <summary>The one record <paramref name="records"/> selects, or null; a stale <paramref name="versionRead"/> is a 409.</summary>
    public static async Task<T?> FindAsync<T>(IQueryable<T> records, Guid? versionRead, IStringLocalizer<PublishingText> text, CancellationToken cancellationToken)
        where T : Platform.Domain.VersionedRecord
    {
        if (await records.FirstOrDefaultAsync(cancellationToken) is not { } found)
        {
            return null;
        }

        ConflictingSave.ExpectVersion(versionRead, found.Version, "publishing.concurrency", text["Error_ChangedMeanwhile"]);
        return found;
    }

    /// <summary>Saves; a concurrent change of the same version is the same 409 as a stale <c>version</c>.</summary>
    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<PublishingText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("publishing.concurrency", text["Error_ChangedMeanwhile"], cancellationToken);
}
