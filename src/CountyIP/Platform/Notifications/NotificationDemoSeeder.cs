using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// A few notifications for the demo accounts, so the bell shows something on a fresh demo start: every demo account gets
/// the (read) welcome; demo.staff, demo.town and demo.enterprise also two unread ones. A second start adds nothing.
/// </summary>
internal sealed class NotificationDemoSeeder(CountyIpDbContext db, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private static readonly string[] WithUnread = ["demo.staff", "demo.town", "demo.enterprise"];

    /// <summary>After the demo accounts (310) and the modules' demo records.</summary>
    public int Order => 990;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var names = DemoAccounts.All.Select(a => a.UserName).ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        if (users.Count == 0 || await db.Set<Notification>().AnyAsync(n => ids.Contains(n.RecipientUserId), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var user in users)
        {
            db.Add(Entry(user.Id, PlatformNotifications.Welcome, [user.UserName!], null, now.AddDays(-2), read: true));
            if (WithUnread.Contains(user.UserName))
            {
                db.Add(Entry(user.Id, PlatformNotifications.TwoFactorTip, [], "/account/manage", now.AddHours(-5), read: false));
                db.Add(Entry(user.Id, PlatformNotifications.WaitingWork, [], "/", now.AddMinutes(-30), read: false));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"{await db.Set<Notification>().CountAsync(cancellationToken)} notifications";

    private static Notification Entry(Guid recipient, NotificationKind kind, string[] arguments, string? link, DateTime created, bool read) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientUserId = recipient,
        Kind = kind.Code,
        ArgumentsJson = System.Text.Json.JsonSerializer.Serialize(arguments),
        Link = link,
        CreatedUtc = created,
        ReadUtc = read ? created.AddHours(1) : null,
    };
}
