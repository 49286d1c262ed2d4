using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>What one reminder run did.</summary>
public sealed record ReminderRun(int TasksDueSoon, int TasksEscalated, int ReportsDueSoon, int ReportsMissing, int RoundsIssued);

/// <summary>
/// The office's daily follow-up (issue 14 §2, §3): the owner of a task or report due within
/// <see cref="WorkingDaysAhead"/> working days is reminded once per deadline; a task past its deadline escalates once —
/// the office and the leaders are told, and it shows red on the leader's board from then on; a report still not
/// submitted after its due date is announced missing once, to its unit and the office. It also issues the plan's
/// rounds (source 四(一)3 "及时报送工作动态，每半年、年终报送工作小结和总结"): once a month, half-year or year has ended,
/// every unit owes its report until the due date — a round the office already issued by hand is left as it is. Runs as
/// a daily job and can be run again the same day without telling anyone twice.
/// </summary>
internal sealed class GovernanceReminders(
    CountyIpDbContext db, IWorkingDayCalendar calendar, INotifier notifier, OwnerDirectory owners, IssueReportRoundHandler rounds, TimeProvider clock)
{
    public const int WorkingDaysAhead = 3;

    public async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var horizon = calendar.AddWorkingDays(today, WorkingDaysAhead);
        var dueSoon = await db.Set<SupervisedTask>()
            .Where(t => t.State != SupervisedTaskState.Completed && t.Deadline >= today && t.Deadline <= horizon && (t.RemindedFor == null || t.RemindedFor != t.Deadline))
            .ToListAsync(cancellationToken);
        foreach (var task in dueSoon)
        {
            task.MarkReminded();
            await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(task.OwnerCode, task.OwnerKind), GovernanceNotifications.TaskDueSoon,
                [task.Title, Date(task.Deadline)], $"/governance/tasks/{task.Id}", cancellationToken);
        }

        var overdue = await db.Set<SupervisedTask>()
            .Where(t => t.State != SupervisedTaskState.Completed && t.Deadline < today && t.EscalatedOn == null)
            .ToListAsync(cancellationToken);
        foreach (var task in overdue)
        {
            task.MarkEscalated(today);
            var owner = await owners.NameAsync(task.OwnerCode, cancellationToken);
            await notifier.NotifyAsync(
                GovernanceNotifications.Office.And(NotificationRecipients.Role(Platform.Security.Roles.Leadership)).And(GovernanceNotifications.OwnerLiaisons(task.OwnerCode, task.OwnerKind)),
                GovernanceNotifications.TaskOverdue, [task.Title, owner, Date(task.Deadline)], $"/governance/tasks/{task.Id}", cancellationToken);
        }

        var reports = await db.Set<PeriodicReport>()
            .Where(r => (r.State == ReportState.Pending || r.State == ReportState.Returned) && r.DueOn >= today && r.DueOn <= horizon && (r.RemindedFor == null || r.RemindedFor != r.DueOn))
            .ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            report.MarkReminded();
            await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(report.OwnerCode, report.OwnerKind), GovernanceNotifications.ReportDueSoon,
                [report.Period, Date(report.DueOn)], $"/governance/reports/{report.Id}", cancellationToken);
        }

        var missing = await db.Set<PeriodicReport>()
            .Where(r => r.State == ReportState.Pending && r.SubmittedOn == null && r.DueOn < today && r.MissingNoticeOn == null)
            .ToListAsync(cancellationToken);
        foreach (var report in missing)
        {
            report.MarkMissingNoticed(today);
            var owner = await owners.NameAsync(report.OwnerCode, cancellationToken);
            await notifier.NotifyAsync(
                GovernanceNotifications.Office.And(GovernanceNotifications.OwnerLiaisons(report.OwnerCode, report.OwnerKind)),
                GovernanceNotifications.ReportMissing, [report.Period, owner, Date(report.DueOn)], $"/governance/reports/{report.Id}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReminderRun(dueSoon.Count, overdue.Count, reports.Count, missing.Count, await IssueOwedRoundsAsync(today, cancellationToken));
    }

    /// <summary>Issues the round of each kind whose period has ended and whose due date has not passed, unless one exists.</summary>
    private async Task<int> IssueOwedRoundsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var issued = 0;
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            var period = ReportPeriods.LatestClosed(kind, today);
            var due = ReportPeriods.DefaultDueOn(kind, period);
            if (today > due || await db.Set<PeriodicReport>().AnyAsync(r => r.Kind == kind && r.Period == period, cancellationToken))
            {
                continue;
            }

            var round = await rounds.HandleAsync(new ReportRoundInput { Kind = kind, Period = period }, cancellationToken);
            issued += round.Created > 0 ? 1 : 0;
        }

        return issued;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Runs <see cref="GovernanceReminders"/> once a day.</summary>
internal sealed class GovernanceReminderJob(GovernanceReminders reminders) : IJobHandler
{
    public const string KindName = "governance.reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(GovernanceText), "Job_Reminders");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var run = await reminders.RunAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"tasksDueSoon\":{run.TasksDueSoon},\"tasksEscalated\":{run.TasksEscalated},\"reportsDueSoon\":{run.ReportsDueSoon},\"reportsMissing\":{run.ReportsMissing},\"roundsIssued\":{run.RoundsIssued}}}");
    }
}
