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
/// Annual-fee reminders (issue 13 §3): every patent of a registered enterprise whose next fee falls due within 90, 30 or
/// 7 days, or is in its grace period, is reminded once at each stage it reaches; each enterprise's accounts get one
/// notification per stage and run, naming how many fees and the earliest due day, linked to their fee calendar.
/// Reminders already sent are in <see cref="FeeReminder"/> (unique per patent, due day and stage), so a run repeated the
/// same day sends nothing twice, and a fee that was paid (the paid-until day moved) simply drops out.
/// </summary>
internal sealed class FeeReminders(CountyIpDbContext db, INotifier notifier, TimeProvider clock)
{
    public static readonly NotificationKind Due = new("registry.fee-due", typeof(RegistryText), "Notify_FeeDue", "Notify_FeeDue_Body");

    public static readonly NotificationKind Grace = new("registry.fee-grace", typeof(RegistryText), "Notify_FeeGrace", "Notify_FeeGrace_Body");

    /// <summary>How many reminders this run recorded, and how many notifications it added.</summary>
    public sealed record Result(int Reminders, int Notifications);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var patents = FeeCalendarHandler.Due(db.Set<Patent>().AsNoTracking(), today, today.AddDays(AnnualFees.ReminderDays.Max()))
            .Where(p => p.EnterpriseId != null);
        var due = await patents.Select(p => new { p.Id, p.EnterpriseId, PaidUntil = p.AnnualFeePaidUntil!.Value }).ToListAsync(ct);
        if (due.Count == 0)
        {
            return new Result(0, 0);
        }

        var dues = due.Select(d => new { d.Id, d.EnterpriseId, DueOn = PatentLegalStatusRule.FeeDueOn(d.PaidUntil) })
            .Select(d => new { d.Id, d.EnterpriseId, d.DueOn, Stage = StageToRemind(d.DueOn, today) })
            .ToList();
        var since = today.AddMonths(-PatentLegalStatusRule.GraceMonths);
        var sent = (await db.Set<FeeReminder>().AsNoTracking().Where(r => r.DueOn >= since).Select(r => new { r.PatentId, r.DueOn, r.Stage }).ToListAsync(ct))
            .Select(r => (r.PatentId, r.DueOn, r.Stage)).ToHashSet();
        var fresh = dues.Where(d => !sent.Contains((d.Id, d.DueOn, d.Stage))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(fresh.Select(d => new FeeReminder(d.Id, d.DueOn, d.Stage, d.EnterpriseId, now)));
        var notifications = 0;
        foreach (var group in fresh.GroupBy(d => (d.EnterpriseId!.Value, d.Stage)).OrderBy(g => g.Key.Value).ThenBy(g => g.Key.Stage))
        {
            var earliest = group.Min(d => d.DueOn).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (kind, link) = group.Key.Stage == FeeStage.InGrace
                ? (Grace, "/registry/fee-calendar?stage=InGrace")
                : (Due, "/registry/fee-calendar");
            notifications += await notifier.NotifyAsync(
                NotificationRecipients.Role(Roles.Enterprise, group.Key.Value.ToString()), kind,
                [group.Count().ToString(CultureInfo.InvariantCulture), earliest], link, ct);
        }

        await db.SaveChangesAsync(ct);
        return new Result(fresh.Count, notifications);
    }

    /// <summary>The stage a fee has reached today: the grace period, or the nearest of 7, 30, 90 days before it is due.</summary>
    internal static FeeStage StageToRemind(DateOnly due, DateOnly today) => FeeCalendarHandler.StageOf(due, today) switch
    {
        FeeStage.Later => FeeStage.Within90Days,
        var stage => stage,
    };
}

/// <summary>Runs <see cref="FeeReminders"/> once a day.</summary>
internal sealed class FeeReminderJob(FeeReminders reminders) : IJobHandler
{
    public const string KindName = "registry.fee-reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(RegistryText), "Job_FeeReminders");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await reminders.RunAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"reminders\":{result.Reminders},\"notifications\":{result.Notifications}}}");
    }
}
