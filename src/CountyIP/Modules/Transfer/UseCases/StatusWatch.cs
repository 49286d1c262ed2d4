using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>The module's notifications (texts in TransferText, both languages).</summary>
internal static class TransferNotifications
{
    public static readonly NotificationKind LicenceRightEnded = new("transfer.licence-right-ended", typeof(TransferText), "Notify_LicenceRightEnded");
    public static readonly NotificationKind PledgeRightEnded = new("transfer.pledge-right-ended", typeof(TransferText), "Notify_PledgeRightEnded");
    public static readonly NotificationKind ProjectRightEnded = new("transfer.project-right-ended", typeof(TransferText), "Notify_ProjectRightEnded");

    public static readonly NotificationKind[] All = [LicenceRightEnded, PledgeRightEnded, ProjectRightEnded];
}

/// <summary>
/// An alert on a record whose right is no longer in force: stored as <c>number|status|date</c> (data, not text), shown
/// in the reader's language by <see cref="Describe"/>.
/// </summary>
public static class StatusAlert
{
    public static string Of(LedgerRight right, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{right.Number}|{right.Status}|{(right.EndedOn ?? today):yyyy-MM-dd}");

    public static string Describe(string alert, IStringLocalizer<TransferText> text)
    {
        var parts = alert.Split('|');
        return parts.Length == 3
            ? text["Alert_RightEnded", parts[0], text["Status_" + parts[1]] is { ResourceNotFound: false } s ? s.Value : parts[1], parts[2]]
            : alert;
    }
}

/// <summary>
/// The legal-status watch (issue 16 §5): every licence and pledge still running and every ongoing project is read
/// against the ledger as of today (the one status rule of ADR 0016, so a lapse for an unpaid fee is seen once its
/// grace period is over, whatever import or edit caused it). A record with a right no longer in force gets an alert
/// (shown on its page, its list and the workbench) and the bureau and the enterprise are told once; a right restored
/// (恢复) clears the alert. Runs daily and after each import through the recurring job.
/// </summary>
internal sealed class StatusWatch(CountyIpDbContext db, IRightsLedger ledger, INotifier notifier, TimeProvider clock)
{
    private const int Batch = 500;

    public sealed record Result(int Alerted, int Cleared);

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var licences = await db.Set<LicenceContract>().Where(l => l.State != LicenceState.Cancelled && l.EndDate >= today).ToListAsync(cancellationToken);
        var pledges = await db.Set<Pledge>().Where(p => p.State == PledgeState.Active && p.EndDate >= today).ToListAsync(cancellationToken);
        var projects = await db.Set<IndustrialisationProject>().Where(p => p.State == ProjectState.Ongoing).ToListAsync(cancellationToken);
        var keys = licences.SelectMany(l => l.Rights).Concat(pledges.SelectMany(p => p.Rights)).Concat(projects.SelectMany(p => p.Patents))
            .Select(r => r.Key).Distinct(StringComparer.Ordinal).ToList();
        var ended = new Dictionary<string, LedgerRight>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(Batch))
        {
            foreach (var right in await ledger.FindAsync(chunk, Guid.Empty, today, cancellationToken))
            {
                if (!right.InForce)
                {
                    ended[right.Key] = right;
                }
            }
        }

        var alerted = 0;
        var cleared = 0;
        async Task CheckAsync(IReadOnlyList<ContractRight> rights, string? current, Action<string?> alert, NotificationKind kind, Guid enterpriseId, string link, string what)
        {
            var first = rights.Select(r => ended.GetValueOrDefault(r.Key)).FirstOrDefault(r => r is not null);
            if (first is null)
            {
                if (current is not null)
                {
                    alert(null);
                    cleared++;
                }

                return;
            }

            if (current is not null)
            {
                return;
            }

            var text = StatusAlert.Of(first, today);
            alert(text);
            alerted++;
            var parts = text.Split('|');
            await notifier.NotifyAsync(NotificationRecipients.Role(Roles.BureauStaff), kind, [parts[0], parts[2], what], link, cancellationToken);
            await notifier.NotifyAsync(NotificationRecipients.Role(Roles.Enterprise, enterpriseId.ToString()), kind, [parts[0], parts[2], what], link, cancellationToken);
        }

        foreach (var l in licences)
        {
            await CheckAsync(l.Rights, l.StatusAlert, a => l.Alert(a, now), TransferNotifications.LicenceRightEnded, l.LicensorId, $"/transfer/licences/{l.Id}", l.LicenseeName);
        }

        foreach (var p in pledges)
        {
            await CheckAsync(p.Rights, p.StatusAlert, a => p.Alert(a, now), TransferNotifications.PledgeRightEnded, p.PledgorId, $"/transfer/pledges/{p.Id}", p.PledgorName);
        }

        foreach (var p in projects)
        {
            await CheckAsync(p.Patents, p.StatusAlert, a => p.Alert(a, now), TransferNotifications.ProjectRightEnded, p.EnterpriseId, $"/transfer/projects/{p.Id}", p.Title);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Result(alerted, cleared);
    }
}

/// <summary>Runs <see cref="StatusWatch"/> once a day.</summary>
internal sealed class StatusWatchJob(StatusWatch watch) : IJobHandler
{
    public const string KindName = "transfer.status-watch";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(TransferText), "Job_StatusWatch");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await watch.RunAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success(string.Create(CultureInfo.InvariantCulture, $"{{\"alerted\":{result.Alerted},\"cleared\":{result.Cleared}}}"));
    }
}

/// <summary>
/// Workbench tiles for those who file: running licences and pledges and ongoing projects whose rights are no longer in
/// force (an enterprise: its own), each opening its list filtered to them.
/// </summary>
internal sealed class TransferWorkbench(CountyIpDbContext db, TransferScope scope) : IWorkbenchSource
{
    public string Policy => TransferPolicies.File;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var licences = db.Set<LicenceContract>().AsNoTracking().Where(l => l.StatusAlert != null && l.State != LicenceState.Cancelled);
        var pledges = db.Set<Pledge>().AsNoTracking().Where(p => p.StatusAlert != null && p.State == PledgeState.Active);
        var projects = db.Set<IndustrialisationProject>().AsNoTracking().Where(p => p.StatusAlert != null && p.State == ProjectState.Ongoing);
        if (scope.OwnEnterprise is { } own)
        {
            licences = licences.Where(l => l.LicensorId == own || l.LicenseeId == own);
            pledges = pledges.Where(p => p.PledgorId == own);
            projects = projects.Where(p => p.EnterpriseId == own);
        }

        return
        [
            new(typeof(TransferText), "Workbench_LicenceAlerts", await licences.CountAsync(cancellationToken), "/transfer/licences?alert=true", "bi-exclamation-triangle", WorkbenchTone.Warning, Order: 670),
            new(typeof(TransferText), "Workbench_PledgeAlerts", await pledges.CountAsync(cancellationToken), "/transfer/pledges?alert=true", "bi-exclamation-triangle", WorkbenchTone.Warning, Order: 671),
            new(typeof(TransferText), "Workbench_ProjectAlerts", await projects.CountAsync(cancellationToken), "/transfer/projects?alert=true", "bi-exclamation-triangle", WorkbenchTone.Warning, Order: 672),
        ];
    }
}
