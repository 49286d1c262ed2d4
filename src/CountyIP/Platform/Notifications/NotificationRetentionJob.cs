using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// Removes what has served its purpose, daily: read notifications after <see cref="ReadRetention"/>, unread ones after
/// <see cref="UnreadRetention"/>, and sent or abandoned mails (which hold an address and a copy of the message, personal
/// information: 个人信息保护法 art. 19, no longer than the purpose needs) after <see cref="MailRetention"/>. The business
/// records and their audit trail stay; only the delivery copies go.
/// </summary>
internal sealed class NotificationRetentionJob(CountyIpDbContext db, TimeProvider clock) : IJobHandler
{
    public const string KindName = "platform.notification-retention";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public static readonly TimeSpan ReadRetention = TimeSpan.FromDays(180);

    public static readonly TimeSpan UnreadRetention = TimeSpan.FromDays(365);

    public static readonly TimeSpan MailRetention = TimeSpan.FromDays(30);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(NotificationText), "Job_NotificationRetention");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var readBefore = now - ReadRetention;
        var createdBefore = now - UnreadRetention;
        var mailBefore = now - MailRetention;
        var notifications = await db.Set<Notification>()
            .Where(n => (n.ReadUtc != null && n.ReadUtc < readBefore) || n.CreatedUtc < createdBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var mails = await db.Set<OutboxMail>()
            .Where(m => (m.SentUtc != null && m.SentUtc < mailBefore) || (m.AbandonedUtc != null && m.AbandonedUtc < mailBefore))
            .ExecuteDeleteAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"notifications\":{notifications},\"mails\":{mails}}}");
    }
}
