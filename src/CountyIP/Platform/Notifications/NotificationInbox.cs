using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Notifications;

/// <summary>A notification as its recipient reads it, in the reader's language.</summary>
public sealed record NotificationItem(Guid Id, string Kind, string Title, string? Body, string? Link, DateTime CreatedUtc, DateTime? ReadUtc)
{
    public bool IsRead => ReadUtc is not null;
}

/// <summary>The page's view of an entry: the texts with their arguments kept apart (marked up as data on the page).</summary>
internal sealed record NotificationEntry(Guid Id, string Kind, NotificationMessage Title, NotificationMessage? Body, string? Link, DateTime CreatedUtc, DateTime? ReadUtc)
{
    public bool IsRead => ReadUtc is not null;

    public NotificationItem ToItem() => new(Id, Kind, Title.ToString(), Body?.ToString(), Link, CreatedUtc, ReadUtc);
}

/// <summary>
/// The signed-in user's own notifications. Every query filters by the caller's id, so another user's notification is
/// simply not found (404), never "forbidden": its existence is not disclosed.
/// </summary>
internal sealed class ListNotificationsHandler(CountyIpDbContext db, ICurrentUser currentUser, NotificationKinds kinds)
{
    public const int MaxPageSize = 100;

    public async Task<PagedResult<NotificationEntry>> HandleAsync(int page, int pageSize, bool unreadOnly, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        if (currentUser.UserId is not { } me)
        {
            return new PagedResult<NotificationEntry>([], 0, page, pageSize);
        }

        var query = db.Set<Notification>().AsNoTracking().Where(n => n.RecipientUserId == me);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadUtc == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.ConvertAll(n =>
        {
            var arguments = NotificationMessage.ReadArguments(n.ArgumentsJson);
            return new NotificationEntry(n.Id, n.Kind, kinds.Title(n.Kind, arguments), kinds.Body(n.Kind, arguments), n.Link, n.CreatedUtc, n.ReadUtc);
        });
        return new PagedResult<NotificationEntry>(items, total, page, pageSize);
    }
}

/// <summary>The bell's figure: one COUNT over the (recipient, read, created) index.</summary>
internal sealed class CountUnreadNotificationsHandler(CountyIpDbContext db, ICurrentUser currentUser)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken) =>
        currentUser.UserId is { } me
            ? await db.Set<Notification>().CountAsync(n => n.RecipientUserId == me && n.ReadUtc == null, cancellationToken)
            : 0;
}

/// <summary>Marks one of the caller's notifications read (again: no change). Null when the caller has no such notification.</summary>
internal sealed class MarkNotificationReadHandler(CountyIpDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <returns>The notification's link (null if it has none) wrapped in a result, or null when not found.</returns>
    public async Task<MarkedRead?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } me
            || await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == id && n.RecipientUserId == me, cancellationToken) is not { } notification)
        {
            return null;
        }

        if (notification.ReadUtc is null)
        {
            notification.ReadUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new MarkedRead(notification.Id, notification.Link);
    }
}

/// <summary>What marking read answers: the notification and where it leads.</summary>
public sealed record MarkedRead(Guid Id, string? Link);

/// <summary>Marks every unread notification of the caller read; returns how many.</summary>
internal sealed class MarkAllNotificationsReadHandler(CountyIpDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } me)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Notification>().Where(n => n.RecipientUserId == me && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
    }
}
