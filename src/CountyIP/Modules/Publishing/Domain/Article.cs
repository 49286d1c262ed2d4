using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Publishing.Domain;

/// <summary>The portal's channels (issue 13 §4): the bureau's notices (通知公告), policies and regulations (政策法规), news (工作动态).</summary>
public enum ArticleChannel
{
    Notice = 1,
    Policy = 2,
    News = 3,
}

/// <summary>
/// Where a published item stands: a draft only staff see; published on the portal; withdrawn (撤回) from it, kept for
/// the record and publishable again. Shared by articles and calendar events.
/// </summary>
public enum PublicationState
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

/// <summary>
/// A notice, policy or news item of the public portal (issue 13 §4; source 四(三)4 "公共信息服务平台"). Its text is plain
/// paragraphs, never HTML (the public page renders it escaped). Staff write it as a draft, publish it, may pin a
/// published one to the top of its channel, and may withdraw it; its attachments are served to the public only while
/// it is published. Plain C# (rule 2): state changes go through the methods below, which refuse a wrong state.
/// </summary>
public sealed class Article : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int BodyMaxLength = 20_000;
    public const int IssuerMaxLength = 100;
    public const int DocumentNumberMaxLength = 100;
    public const int MaxAttachments = 10;

    private readonly List<ArticleAttachment> attachments = [];

    private Article()
    {
    }

    public Article(ArticleChannel channel, string title, string? summary, string body, string? issuer, string? documentNumber, string createdBy, DateTime utcNow)
    {
        CreatedBy = createdBy;
        Revise(channel, title, summary, body, issuer, documentNumber, utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ArticleChannel Channel { get; private set; }

    // The portal's texts are public by nature and name organisations, not people: plain in the audit log (ADR 0010).
    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public string? Summary { get; private set; }

    [AuditPlain]
    public string Body { get; private set; } = string.Empty;

    /// <summary>The issuing body (发布机构), e.g. 仓山区知识产权局; shown under the title.</summary>
    [AuditPlain]
    public string? Issuer { get; private set; }

    /// <summary>The document number of a policy or notice (文号), e.g. 仓知〔2013〕5号.</summary>
    [AuditPlain]
    public string? DocumentNumber { get; private set; }

    public PublicationState State { get; private set; }

    /// <summary>When it was first published (the date the public sees); kept when it is withdrawn and published again.</summary>
    public DateTime? PublishedUtc { get; private set; }

    /// <summary>Pinned to the top of its channel and of the portal's home page; only while published.</summary>
    public bool Pinned { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<ArticleAttachment> Attachments => attachments;

    /// <summary>Changes the text; a published article may be corrected in place (the public sees the correction).</summary>
    public void Revise(ArticleChannel channel, string title, string? summary, string body, string? issuer, string? documentNumber, DateTime utcNow)
    {
        Channel = channel;
        Title = title.Trim();
        Summary = Clean(summary);
        Body = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Issuer = Clean(issuer);
        DocumentNumber = Clean(documentNumber);
        Touch(utcNow);
    }

    public bool CanPublish => State != PublicationState.Published;

    public bool CanWithdraw => State == PublicationState.Published;

    /// <summary>A draft may be deleted; once the public has seen it, it is withdrawn instead, so the record stays.</summary>
    public bool CanDelete => State == PublicationState.Draft && PublishedUtc is null;

    public void Publish(DateTime utcNow)
    {
        Require(CanPublish, "publish");
        State = PublicationState.Published;
        PublishedUtc ??= utcNow;
        Touch(utcNow);
    }

    public void Withdraw(DateTime utcNow)
    {
        Require(CanWithdraw, "withdraw");
        State = PublicationState.Withdrawn;
        Pinned = false;
        Touch(utcNow);
    }

    public void Pin(bool pinned, DateTime utcNow)
    {
        Require(!pinned || State == PublicationState.Published, "pin");
        Pinned = pinned;
        Touch(utcNow);
    }

    public ArticleAttachment Attach(string fileKey, string fileName, string contentType, long length, DateTime utcNow)
    {
        Require(attachments.Count < MaxAttachments, "attach");
        var attachment = new ArticleAttachment(Id, fileKey, fileName, contentType, length, attachments.Count == 0 ? 1 : attachments.Max(a => a.Position) + 1, utcNow);
        attachments.Add(attachment);
        Touch(utcNow);
        return attachment;
    }

    /// <summary>Removes an attachment and returns it (its file is deleted after the save), or null when it is not this article's.</summary>
    public ArticleAttachment? Detach(Guid attachmentId, DateTime utcNow)
    {
        if (attachments.Find(a => a.Id == attachmentId) is not { } attachment)
        {
            return null;
        }

        attachments.Remove(attachment);
        Touch(utcNow);
        return attachment;
    }

    private void Require(bool allowed, string step)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Article {Id} is {State}; it cannot {step} now.");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A file attached to an article (the policy document, a form to fill in), stored under a server-generated key.</summary>
public sealed class ArticleAttachment
{
    private ArticleAttachment()
    {
    }

    internal ArticleAttachment(Guid articleId, string fileKey, string fileName, string contentType, long length, int position, DateTime utcNow)
    {
        ArticleId = articleId;
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Position = position;
        UploadedUtc = utcNow;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ArticleId { get; private set; }

    [AuditPlain]
    public string FileKey { get; private set; } = string.Empty;

    [AuditPlain]
    public string FileName { get; private set; } = string.Empty;

    [AuditPlain]
    public string ContentType { get; private set; } = string.Empty;

    public long Length { get; private set; }

    /// <summary>Order on the page: the order of upload.</summary>
    public int Position { get; private set; }

    public DateTime UploadedUtc { get; private set; }
}
