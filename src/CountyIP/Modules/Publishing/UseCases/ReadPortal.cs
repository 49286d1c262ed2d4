using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Publishing.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Publishing.UseCases;

/// <summary>
/// The public's list of one channel (<c>GET /api/portal/articles</c>): published items only, pinned first, then newest
/// first; <see cref="Q"/> searches titles and document numbers.
/// </summary>
public sealed record PublicArticlesQuery(
    ArticleChannel? Channel = null,
    [property: StringLength(100)] string? Q = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, 100)] int? PageSize = null);

/// <summary>A published item in a list: what the public sees before opening it.</summary>
public sealed record PublicArticleRow(Guid Id, ArticleChannel Channel, string Title, string? Summary, string? DocumentNumber, string? Issuer, DateTime PublishedUtc, bool Pinned, int AttachmentCount);

/// <summary>A published item as the public reads it (no author account, no state: only what is published).</summary>
public sealed record PublicArticle(
    Guid Id,
    ArticleChannel Channel,
    string Title,
    string? Summary,
    string Body,
    string? Issuer,
    string? DocumentNumber,
    DateTime PublishedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<ArticleAttachmentView> Attachments)
{
    /// <summary>The body's paragraphs: a blank line (or a line break) starts a new one.</summary>
    public IReadOnlyList<string> Paragraphs =>
        [.. Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>A published calendar entry.</summary>
public sealed record PublicEvent(Guid Id, string Title, DateOnly StartsOn, DateOnly? EndsOn, TimeOnly? StartTime, string? Place, string? Organiser, string? Description);

/// <summary>The portal's calendar of a period: <c>{from, to, events}</c>, first day first.</summary>
public sealed record PublicCalendar(DateOnly From, DateOnly To, IReadOnlyList<PublicEvent> Events);

/// <summary>The home page: pinned items, the latest of each channel, the coming events.</summary>
public sealed record PortalHome(
    IReadOnlyList<PublicArticleRow> Pinned,
    IReadOnlyList<PublicArticleRow> Notices,
    IReadOnlyList<PublicArticleRow> Policies,
    IReadOnlyList<PublicArticleRow> News,
    IReadOnlyList<PublicEvent> ComingEvents);

/// <summary>
/// Everything the public reads (issue 13 §4): anonymous, published items only, no account names. Reads only; each
/// query is one indexed range (state, channel, pinned, date), so the pages stay fast as the archive grows.
/// </summary>
internal sealed class PortalReader(CountyIpDbContext db, TimeProvider clock)
{
    public const int HomeItems = 6;
    public const int FeedItems = 50;
    public const int MaxCalendarDays = 366;

    private IQueryable<Article> Published => db.Set<Article>().AsNoTracking().Where(a => a.State == PublicationState.Published);

    public async Task<PagedResult<PublicArticleRow>> ArticlesAsync(PublicArticlesQuery query, CancellationToken cancellationToken)
    {
        var articles = Published;
        if (query.Channel is { } channel)
        {
            articles = articles.Where(a => a.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim();
            articles = articles.Where(a => a.Title.Contains(term) || (a.DocumentNumber != null && a.DocumentNumber.Contains(term)));
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, 100);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await articles.CountAsync(cancellationToken);
        var rows = await Rows(articles.OrderByDescending(a => a.Pinned).ThenByDescending(a => a.PublishedUtc).Skip((page - 1) * size).Take(size)).ToListAsync(cancellationToken);
        return new PagedResult<PublicArticleRow>(rows, total, page, size);
    }

    public async Task<PublicArticle?> ArticleAsync(Guid id, CancellationToken cancellationToken) =>
        await Published.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a
            ? new PublicArticle(a.Id, a.Channel, a.Title, a.Summary, a.Body, a.Issuer, a.DocumentNumber, a.PublishedUtc!.Value, a.UpdatedUtc,
                [.. a.Attachments.OrderBy(f => f.Position).Select(ArticleAttachmentView.From)])
            : null;

    public async Task<PortalHome> HomeAsync(CancellationToken cancellationToken)
    {
        var pinned = await Rows(Published.Where(a => a.Pinned).OrderByDescending(a => a.PublishedUtc).Take(HomeItems)).ToListAsync(cancellationToken);
        var pinnedIds = pinned.Select(p => p.Id).ToList();
        async Task<List<PublicArticleRow>> Latest(ArticleChannel channel) =>
            await Rows(Published.Where(a => a.Channel == channel && !pinnedIds.Contains(a.Id)).OrderByDescending(a => a.PublishedUtc).Take(HomeItems)).ToListAsync(cancellationToken);

        var today = TimeDisplay.Today(clock);
        var coming = await CalendarAsync(today, today.AddDays(90), cancellationToken);
        return new PortalHome(pinned, await Latest(ArticleChannel.Notice), await Latest(ArticleChannel.Policy), await Latest(ArticleChannel.News), [.. coming.Events.Take(5)]);
    }

    /// <summary>Published events running on any day of [from, to] (at most a year).</summary>
    public async Task<PublicCalendar> CalendarAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        if (to.DayNumber - from.DayNumber > MaxCalendarDays)
        {
            to = from.AddDays(MaxCalendarDays);
        }

        // An event that started before `from` and is still running is on the calendar too; events last days, not
        // months, so looking 31 days back for their first day keeps the query on the (state, first day) index.
        var earliestStart = from.AddDays(-31);
        var events = await db.Set<PortalEvent>().AsNoTracking()
            .Where(e => e.State == PublicationState.Published && e.StartsOn >= earliestStart && e.StartsOn <= to)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.StartTime).ThenBy(e => e.Title)
            .ToListAsync(cancellationToken);
        return new PublicCalendar(from, to, [.. events.Where(e => e.LastDay >= from)
            .Select(e => new PublicEvent(e.Id, e.Title, e.StartsOn, e.EndsOn, e.StartTime, e.Place, e.Organiser, e.Description))]);
    }

    /// <summary>The newest published notices and policies, for the RSS feed.</summary>
    public async Task<IReadOnlyList<PublicArticleRow>> FeedAsync(CancellationToken cancellationToken) =>
        await Rows(Published.Where(a => a.Channel != ArticleChannel.News).OrderByDescending(a => a.PublishedUtc).Take(FeedItems)).ToListAsync(cancellationToken);

    /// <summary>Every published item's id and last change, for the site map (newest first, at most 50,000 as the protocol allows).</summary>
    public async Task<IReadOnlyList<(Guid Id, ArticleChannel Channel, string Title, DateTime UpdatedUtc)>> SitemapAsync(CancellationToken cancellationToken) =>
        [.. (await Published.OrderByDescending(a => a.PublishedUtc).Take(50_000)
            .Select(a => new { a.Id, a.Channel, a.Title, a.UpdatedUtc }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Channel, a.Title, a.UpdatedUtc))];

    private static IQueryable<PublicArticleRow> Rows(IQueryable<Article> articles) =>
        articles.Select(a => new PublicArticleRow(a.Id, a.Channel, a.Title, a.Summary, a.DocumentNumber, a.Issuer, a.PublishedUtc!.Value, a.Pinned, a.Attachments.Count));
}
