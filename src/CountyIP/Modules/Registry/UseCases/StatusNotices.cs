using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// Tells an enterprise that its patents ended (issue 13 §3: legal-status changes of its own rights): lapsed for an unpaid
/// annual fee (known once the grace period is over, as of the due day), invalidated or abandoned (a recorded event),
/// when that became known within the last <see cref="WindowDays"/> days. One notification per enterprise and run, naming
/// how many and the first numbers; each end is told once (<see cref="StatusNotice"/>). The end of the term is the law's
/// course and is not told.
/// </summary>
internal sealed class StatusNotices(CountyIpDbContext db, INotifier notifier, TimeProvider clock)
{
    public const int WindowDays = 30;

    private const int NumbersShown = 5;

    public static readonly NotificationKind Ended = new("registry.patents-ended", typeof(RegistryText), "Notify_PatentsEnded", "Notify_PatentsEnded_Body");

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var from = today.AddDays(-WindowDays);
        // Fee lapses that became final in the window: the paid-until day between the two days' final-lapse limits.
        var finalNow = PatentLegalStatusRule.FinalLapseLimit(today);
        var finalBefore = PatentLegalStatusRule.FinalLapseLimit(from);
        var candidates = await db.Set<Patent>().AsNoTracking()
            .Where(p => p.EnterpriseId != null && p.GrantDate != null)
            .Where(p => (p.AnnualFeePaidUntil > finalBefore && p.AnnualFeePaidUntil <= finalNow) || (p.RightEndedOn > from && p.RightEndedOn <= today))
            .Select(p => new { p.Id, p.EnterpriseId, p.ApplicationNumber, p.GrantDate, p.TermEndsOn, p.RightEndedOn, p.RightEndedBy, p.AnnualFeePaidUntil })
            .ToListAsync(ct);
        var ended = candidates
            .Select(p => (p.Id, Enterprise: p.EnterpriseId!.Value, p.ApplicationNumber,
                Status: PatentLegalStatusRule.StatusOn(new PatentStatusFacts(p.GrantDate, p.TermEndsOn, p.RightEndedOn, p.RightEndedBy, p.AnnualFeePaidUntil), today, today)))
            .Where(p => p.Status is { EndedOn: not null, Status: PatentLegalStatus.Lapsed or PatentLegalStatus.Invalidated or PatentLegalStatus.Abandoned })
            .ToList();
        if (ended.Count == 0)
        {
            return 0;
        }

        var ids = ended.Select(e => e.Id).ToList();
        var told = (await db.Set<StatusNotice>().AsNoTracking().Where(n => ids.Contains(n.PatentId)).Select(n => new { n.PatentId, n.EndedOn }).ToListAsync(ct))
            .Select(n => (n.PatentId, n.EndedOn)).ToHashSet();
        var fresh = ended.Where(e => !told.Contains((e.Id, e.Status.EndedOn!.Value))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(fresh.Select(e => new StatusNotice(e.Id, e.Status.EndedOn!.Value, e.Status.Status, e.Enterprise, now)));
        foreach (var group in fresh.GroupBy(e => e.Enterprise).OrderBy(g => g.Key))
        {
            var numbers = string.Join(", ", group.OrderBy(e => e.ApplicationNumber, StringComparer.Ordinal).Take(NumbersShown).Select(e => e.ApplicationNumber));
            await notifier.NotifyAsync(NotificationRecipients.Role(Roles.Enterprise, group.Key.ToString()), Ended,
                [group.Count().ToString(CultureInfo.InvariantCulture), numbers], "/registry/patents", ct);
        }

        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }
}

/// <summary>Runs <see cref="StatusNotices"/> once a day.</summary>
internal sealed class StatusNoticeJob(StatusNotices notices) : IJobHandler
{
    public const string KindName = "registry.status-notices";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(RegistryText), "Job_StatusNotices");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var told = await notices.RunAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"patents\":{told}}}");
    }
}
