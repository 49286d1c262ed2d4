using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A recovery flag as the list shows it.</summary>
public sealed record RecoveryView(
    Guid Id,
    Guid ApplicationId,
    Guid EnterpriseId,
    string EnterpriseName,
    string? UnitCode,
    string ItemCode,
    string RightKey,
    string Number,
    string Title,
    DateOnly PaidOn,
    RecoveryCause Cause,
    DateOnly EndedOn,
    [property: Money] decimal Amount,
    DateOnly FlaggedOn,
    RecoveryState State,
    [property: Money] decimal? RecoveredAmount,
    DateOnly? DecidedOn,
    string? DecidedBy,
    string? Note,
    Guid Version)
{
    internal static RecoveryView From(RecoveryFlag f) => new(
        f.Id, f.ApplicationId, f.EnterpriseId, f.EnterpriseName, f.UnitCode, f.ItemCode, f.RightKey, f.Number, f.Title, f.PaidOn,
        f.Cause, f.EndedOn, f.Amount, f.FlaggedOn, f.State, f.RecoveredAmount, f.DecidedOn, f.DecidedBy, f.Note, f.Version);
}

/// <summary>The flags of one filter, with what is still open in total.</summary>
public sealed record RecoveryOverview(PagedResult<RecoveryView> Flags, int OpenCount, [property: Money] decimal OpenAmount, int RecoveryYears);

/// <summary>Filters of the recovery list: by state (<c>open</c> = open or demanded) and cause.</summary>
public sealed record ListRecoveryQuery(string? State = null, RecoveryCause? Cause = null, Guid? ApplicationId = null, int? Page = null, int? PageSize = null);

/// <summary>A decision on a flag: <c>demand</c>, <c>recovered</c> (with the amount received), <c>waive</c> (with the reason).</summary>
public sealed record RecoveryActionCommand
{
    [Required]
    [RegularExpression("^(demand|recovered|waive)$")]
    public string? Action { get; init; }

    [StringLength(RecoveryFlag.NoteMaxLength)]
    public string? Note { get; init; }

    [Range(typeof(decimal), "0.01", "99999999999")]
    public decimal? Amount { get; init; }

    /// <summary>The version read (optional): a decision on a flag changed meanwhile is a 409.</summary>
    public Guid? Version { get; init; }
}

/// <summary>What a scan found: new flags, flags cleared because the right is back in force, and what is open now.</summary>
public sealed record RecoveryScanResult(int Flagged, int Cleared, int Open);

/// <summary>Numbers notified as abnormal filings, one per line (or separated by commas or semicolons; spaces inside a number are kept), with the notice.</summary>
public sealed class ImportAbnormalFilingsCommand
{
    [Required]
    public string? Numbers { get; set; }

    [Required, StringLength(AbnormalFiling.NoticeMaxLength)]
    public string? Notice { get; set; }

    [Required]
    public DateOnly? NotifiedOn { get; set; }
}

/// <summary>What an import added, what was already on file, and how many paid applications it flagged.</summary>
public sealed record AbnormalImportResult(int Added, int AlreadyListed, int Flagged);

public sealed record AbnormalFilingView(Guid Id, string Number, string Notice, DateOnly NotifiedOn, string ImportedBy, DateTime CreatedUtc);

/// <summary>The abnormal-filing list (非正常专利申请) against which applications are checked.</summary>
internal sealed class AbnormalFilings(CountyIpDbContext db, IStringLocalizer<FundingText> text)
{
    /// <summary>Refuses (409) when one of the patents <paramref name="rights"/> cites was notified as an abnormal filing.</summary>
    public Task EnsureNoneAsync(IEnumerable<ApplicationRight> rights, CancellationToken ct) =>
        EnsureNoneAsync(rights.Where(r => r.Key.StartsWith("patent:", StringComparison.Ordinal)).Select(r => r.Number), ct);

    /// <summary>Refuses (409) when one of <paramref name="numbers"/> was notified as an abnormal filing, naming it and the notice.</summary>
    public async Task EnsureNoneAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        var list = numbers.Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (await db.Set<AbnormalFiling>().AsNoTracking().Where(f => list.Contains(f.Number)).OrderBy(f => f.Number).FirstOrDefaultAsync(ct) is { } found)
        {
            throw new BusinessRuleException("funding.abnormal-filing", text["Error_AbnormalFiling", found.Number, found.Notice, Money.Date(found.NotifiedOn)]);
        }
    }

    public async Task<PagedResult<AbnormalFilingView>> ListAsync(string? number, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var current = Math.Max(page ?? 1, 1);
        var rows = db.Set<AbnormalFiling>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(number))
        {
            var part = number.Trim();
            rows = rows.Where(f => f.Number.Contains(part));
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(f => f.NotifiedOn).ThenBy(f => f.Number).Skip((current - 1) * size).Take(size)
            .Select(f => new AbnormalFilingView(f.Id, f.Number, f.Notice, f.NotifiedOn, f.ImportedBy, f.CreatedUtc)).ToListAsync(ct);
        return new PagedResult<AbnormalFilingView>(items, total, current, size);
    }
}

/// <summary>
/// Imports a notice's list of abnormal filings (issue 12 §4): every number must be a valid Chinese application number
/// (check character verified); one bad number refuses the whole list with each bad one named, and nothing is added.
/// Numbers already listed are left as they were. Paid applications citing a new number are flagged for recovery in the
/// same transaction (through the recovery scan's own rule).
/// </summary>
internal sealed class ImportAbnormalFilingsHandler(CountyIpDbContext db, IRightsLedger ledger, RecoveryScan scan, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public const int MaxNumbers = 5000;

    private static readonly char[] Separators = ['\n', '\r', ',', '，', ';', '；', '\t', '、'];

    public async Task<AbnormalImportResult> HandleAsync(ImportAbnormalFilingsCommand command, CancellationToken ct)
    {
        var tokens = command.Numbers!.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
        {
            throw InputValidationException.For(nameof(command.Numbers), text["Error_NoNumbers"]);
        }

        if (tokens.Length > MaxNumbers)
        {
            throw InputValidationException.For(nameof(command.Numbers), text["Error_TooManyNumbers", MaxNumbers]);
        }

        var bad = tokens.Where(t => ledger.CanonicalPatentNumber(t) is null).Distinct().ToList();
        if (bad.Count > 0)
        {
            throw InputValidationException.For(nameof(command.Numbers), text["Error_BadNumbers", bad.Count, string.Join("、", bad.Take(20))]);
        }

        var numbers = tokens.Select(t => ledger.CanonicalPatentNumber(t)!).Distinct(StringComparer.Ordinal).ToList();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            listed.UnionWith(await db.Set<AbnormalFiling>().Where(f => chunk.Contains(f.Number)).Select(f => f.Number).ToListAsync(ct));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var added = numbers.Where(n => !listed.Contains(n)).ToList();
        foreach (var number in added)
        {
            db.Add(new AbnormalFiling(number, command.Notice!, command.NotifiedOn!.Value, user.UserName ?? string.Empty, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("funding.abnormal-import-race", text["Error_ChangedMeanwhile"]);
        }

        var result = await scan.RunAsync(ct);
        return new AbnormalImportResult(added.Count, numbers.Count - added.Count, result.Flagged);
    }
}

/// <summary>
/// The recovery scan (追回, issue 12 §4). For every paid application it asks the Registry which rewarded patents have
/// ended by their holder's doing (lapsed, invalidated, abandoned: <see cref="IRightsLedger.PatentsEndedAsync"/>, the one
/// status rule of ADR 0016) and which designations were revoked; a right that ended no later than
/// <see cref="FundingOptions.RecoveryYears"/> years after the payment — also before it, when a lapse became final only
/// after the money went out — is flagged with its share of the amount paid. A paid application citing an abnormal filing
/// is flagged whatever the date. An open flag whose right is in force again is cleared. Bureau staff are told of new
/// flags. Runs daily and on demand; idempotent (one flag per application and right, a unique key).
/// </summary>
internal sealed class RecoveryScan(CountyIpDbContext db, IRightsLedger ledger, INotifier notifier, IOptions<FundingOptions> options, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    private const string PatentPrefix = "patent:";
    private const string DesignationPrefix = "designation:";

    public static readonly NotificationKind Flagged = new("funding.recovery-flagged", typeof(FundingText), "Notify_RecoveryFlagged", "Notify_RecoveryFlagged_Body");

    public async Task<RecoveryScanResult> RunAsync(CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var years = options.Value.RecoveryYears;
        var paid = db.Set<FundingApplication>().Where(a => a.Status == ApplicationStatus.Paid);
        var paidRights = paid.SelectMany(a => a.Rights);

        // Why each right is owed back, by its key: ended rights (with the day) and abnormal filings (with the notice's day).
        var ends = (await ledger.PatentsEndedAsync(paidRights.Where(r => r.LedgerId != null).Select(r => r.LedgerId!.Value), ct))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        var designationKeys = await paidRights.Where(r => r.Key.StartsWith(DesignationPrefix)).Select(r => r.Key).Distinct().ToListAsync(ct);
        foreach (var revoked in await ledger.DesignationsRevokedAsync(designationKeys, ct))
        {
            ends[revoked.Key] = revoked;
        }

        var abnormal = await (
                from r in paidRights
                where r.Key.StartsWith(PatentPrefix)
                join f in db.Set<AbnormalFiling>() on r.Number equals f.Number
                select new { r.Key, f.NotifiedOn })
            .ToListAsync(ct);
        var abnormalOn = abnormal.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(a => a.NotifiedOn), StringComparer.Ordinal);

        // The paid applications citing those rights (one JSON parameter, not thousands), and which are due by the rule.
        var keys = ends.Keys.Union(abnormalOn.Keys).ToList();
        var cited = await paid.SelectMany(a => a.Rights.Where(r => EF.Parameter(keys).Contains(r.Key)), (a, r) => new { a.Id, a.PaidOn, r.Key })
            .ToListAsync(ct);
        var due = new Dictionary<(Guid, string), (RecoveryCause Cause, DateOnly EndedOn)>();
        foreach (var c in cited)
        {
            if (abnormalOn.TryGetValue(c.Key, out var notifiedOn))
            {
                due[(c.Id, c.Key)] = (RecoveryCause.AbnormalFiling, notifiedOn);
            }
            else if (ends.TryGetValue(c.Key, out var end) && end.EndedOn <= c.PaidOn!.Value.AddYears(years))
            {
                due[(c.Id, c.Key)] = (CauseOf(end.Status), end.EndedOn);
            }
        }

        // Flags are few: their keys are read, and only new flags and those to clear load an entity.
        var existing = await db.Set<RecoveryFlag>().AsNoTracking().Select(f => new { f.Id, f.ApplicationId, f.RightKey, f.State }).ToListAsync(ct);
        var known = existing.Select(f => (f.ApplicationId, f.RightKey)).ToHashSet();
        var fresh = due.Where(d => !known.Contains(d.Key)).ToList();
        if (fresh.Count > 0)
        {
            var ids = fresh.Select(d => d.Key.Item1).Distinct().ToList();
            var applications = await paid.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            foreach (var ((applicationId, key), (cause, endedOn)) in fresh)
            {
                var application = applications[applicationId];
                var shares = Money.Allocate(application.Amount, [.. application.Rights.Select(r => r.UnitAmount)]);
                var index = application.Rights.ToList().FindIndex(r => r.Key == key);
                db.Add(new RecoveryFlag(application, application.Rights[index], cause, endedOn, shares[index], today, now));
            }
        }

        var toClear = existing.Where(f => f.State is RecoveryState.Open or RecoveryState.Demanded && !due.ContainsKey((f.ApplicationId, f.RightKey))).Select(f => f.Id).ToList();
        if (toClear.Count > 0)
        {
            foreach (var flag in await db.Set<RecoveryFlag>().Where(f => EF.Parameter(toClear).Contains(f.Id)).ToListAsync(ct))
            {
                flag.Clear(text["Recovery_ClearedNote"], today, now);
            }
        }

        if (fresh.Count > 0)
        {
            await notifier.NotifyAsync(NotificationRecipients.Role(Roles.BureauStaff), Flagged, [fresh.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/funding/recovery?state=open", ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two scans at once: the unique key let one write the flags; the other has nothing left to add.
            throw new BusinessRuleException("funding.recovery-scan-race", text["Error_ScanRunning"]);
        }

        var open = existing.Count(f => f.State is RecoveryState.Open or RecoveryState.Demanded) - toClear.Count + fresh.Count;
        return new RecoveryScanResult(fresh.Count, toClear.Count, open);
    }

    private static RecoveryCause CauseOf(string status) => status switch
    {
        "Invalidated" => RecoveryCause.Invalidated,
        "Abandoned" => RecoveryCause.Abandoned,
        "Revoked" => RecoveryCause.Revoked,
        _ => RecoveryCause.Lapsed,
    };
}

/// <summary>The recovery flags (bureau staff, leaders, auditors: district-wide; the flags carry no personal data).</summary>
internal sealed class ListRecoveryHandler(CountyIpDbContext db, IOptions<FundingOptions> options)
{
    public async Task<RecoveryOverview> HandleAsync(ListRecoveryQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize ?? 50, 1, 200);
        var page = Math.Max(query.Page ?? 1, 1);
        var rows = db.Set<RecoveryFlag>().AsNoTracking();
        var state = query.State?.Trim();
        if (string.Equals(state, "open", StringComparison.OrdinalIgnoreCase))
        {
            rows = rows.Where(f => f.State == RecoveryState.Open || f.State == RecoveryState.Demanded);
        }
        else if (Enum.TryParse<RecoveryState>(state, ignoreCase: true, out var exact))
        {
            rows = rows.Where(f => f.State == exact);
        }

        if (query.Cause is { } cause)
        {
            rows = rows.Where(f => f.Cause == cause);
        }

        if (query.ApplicationId is { } applicationId)
        {
            rows = rows.Where(f => f.ApplicationId == applicationId);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(f => f.FlaggedOn).ThenBy(f => f.EnterpriseName).ThenBy(f => f.Number)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var open = db.Set<RecoveryFlag>().Where(f => f.State == RecoveryState.Open || f.State == RecoveryState.Demanded);
        var openCount = await open.CountAsync(ct);

        // Summed in memory: SQLite cannot SUM a decimal column, and the open flags are few.
        var openAmount = (await open.Select(f => f.Amount).ToListAsync(ct)).Sum();
        return new RecoveryOverview(new PagedResult<RecoveryView>([.. items.Select(RecoveryView.From)], total, page, size), openCount, openAmount, options.Value.RecoveryYears);
    }

    /// <summary>Open or demanded flags: the workbench tile.</summary>
    public Task<int> CountOpenAsync(CancellationToken ct) =>
        db.Set<RecoveryFlag>().CountAsync(f => f.State == RecoveryState.Open || f.State == RecoveryState.Demanded, ct);
}

/// <summary>
/// A bureau officer's decision on a flag: demand the money back (the enterprise is told, with the amount), record it
/// recovered (at most the flagged amount), or waive it with a reason. Only an open or demanded flag is decided; two
/// officers at once: one wins, the other gets a 409.
/// </summary>
internal sealed class ActOnRecoveryHandler(CountyIpDbContext db, INotifier notifier, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public static readonly NotificationKind Demanded = new("funding.recovery-demanded", typeof(FundingText), "Notify_RecoveryDemanded", "Notify_RecoveryDemanded_Body");

    public async Task<RecoveryView?> HandleAsync(Guid id, RecoveryActionCommand command, CancellationToken ct)
    {
        if (await db.Set<RecoveryFlag>().FirstOrDefaultAsync(f => f.Id == id, ct) is not { } flag)
        {
            return null;
        }

        if (command.Version is { } read && read != flag.Version)
        {
            throw new BusinessRuleException("funding.concurrency", text["Error_ChangedMeanwhile"]);
        }

        var action = command.Action!;
        if (!flag.IsOpen || (action == "demand" && flag.State == RecoveryState.Demanded))
        {
            throw new BusinessRuleException("funding.recovery-decided", text["Error_RecoveryDecided", text[EnumNames.Key(flag.State)]]);
        }

        var today = TimeDisplay.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.UserName ?? string.Empty;
        switch (action)
        {
            case "demand":
                flag.Demand(actor, command.Note, today, now);
                await notifier.NotifyAsync(NotificationRecipients.Role(Roles.Enterprise, flag.EnterpriseId.ToString()), Demanded,
                    [flag.EnterpriseName, flag.Number, Money.Format(flag.Amount), text[EnumNames.Key(flag.Cause)]], $"/funding/applications/{flag.ApplicationId}", ct);
                break;
            case "recovered":
                if (command.Amount is not { } amount || !Money.IsFenExact(amount) || amount > flag.Amount)
                {
                    throw InputValidationException.For(nameof(command.Amount), text["Error_RecoveredAmount", Money.Format(flag.Amount)]);
                }

                flag.RecordRecovered(amount, actor, command.Note, today, now);
                break;
            default:
                if (string.IsNullOrWhiteSpace(command.Note))
                {
                    throw InputValidationException.For(nameof(command.Note), text["Error_WaiveReason"]);
                }

                flag.Waive(actor, command.Note, today, now);
                break;
        }

        await ApplicationSaving.SaveAsync(db, text, ct);
        return RecoveryView.From(flag);
    }
}

/// <summary>The daily recovery scan (a recurring job of ADR 0005); its outcome counts the new and cleared flags.</summary>
internal sealed class RecoveryScanJob(RecoveryScan scan) : IJobHandler
{
    public const string KindName = "funding.recovery-scan";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(FundingText), "Job_RecoveryScan");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await scan.RunAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"flagged\":{result.Flagged},\"cleared\":{result.Cleared},\"open\":{result.Open}}}");
    }
}

/// <summary>Subsidies waiting to be recovered, on the bureau's workbench.</summary>
/// <remarks>Beside them, the rewarded patents whose fee is overdue (issue 13 §3): a reminder now saves both.</remarks>
internal sealed class RecoveryWorkbench(ListRecoveryHandler recovery, ListRewardsAtRiskHandler atRisk) : IWorkbenchSource
{
    public string Policy => FundingPolicies.Recover;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken) =>
    [
        new(typeof(FundingText), "Workbench_RecoveryOpen", await recovery.CountOpenAsync(cancellationToken), "/funding/recovery?state=open", "bi-arrow-counterclockwise", WorkbenchTone.Warning, Order: 500),
        new(typeof(FundingText), "Workbench_RewardsAtRisk", (await atRisk.HandleAsync(cancellationToken)).Count, "/funding/recovery#at-risk", "bi-hourglass-bottom", WorkbenchTone.Warning, Order: 501),
    ];
}

/// <summary>
/// A rewarded patent at risk of lapse (issue 13 §3): paid within the recovery period, its annual fee now overdue and in
/// its grace period. Paid by <see cref="GraceEndsOn"/>, nothing is lost; unpaid, it lapses as of the due day and
/// the next scan flags the reward for recovery. The bureau reminds the enterprise before that.
/// </summary>
public sealed record RewardAtRisk(
    Guid ApplicationId,
    Guid EnterpriseId,
    string EnterpriseName,
    string Number,
    string Title,
    DateOnly PaidOn,
    [property: Money] decimal Amount,
    DateOnly DueOn,
    DateOnly GraceEndsOn);

/// <summary>Rewards paid within the recovery period whose patent's annual fee is overdue (Funding.Read: district-wide).</summary>
internal sealed class ListRewardsAtRiskHandler(CountyIpDbContext db, IRightsLedger ledger, IOptions<FundingOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<RewardAtRisk>> HandleAsync(CancellationToken ct)
    {
        var since = TimeDisplay.Today(clock).AddYears(-options.Value.RecoveryYears);
        var paidRights = db.Set<FundingApplication>().Where(a => a.Status == ApplicationStatus.Paid && a.PaidOn >= since).SelectMany(a => a.Rights);
        var overdue = (await ledger.PatentsInGraceAsync(paidRights.Where(r => r.LedgerId != null).Select(r => r.LedgerId!.Value), ct))
            .ToDictionary(o => o.Key, StringComparer.Ordinal);
        if (overdue.Count == 0)
        {
            return [];
        }

        var keys = overdue.Keys.ToList();
        var cited = await db.Set<FundingApplication>().AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Paid && a.PaidOn >= since)
            .SelectMany(a => a.Rights.Where(r => EF.Parameter(keys).Contains(r.Key)),
                (a, r) => new { a.Id, a.EnterpriseId, a.EnterpriseName, r.Number, r.Title, a.PaidOn, r.UnitAmount, r.Key })
            .ToListAsync(ct);
        return [.. cited
            .Select(c => new RewardAtRisk(c.Id, c.EnterpriseId, c.EnterpriseName, c.Number, c.Title, c.PaidOn!.Value, c.UnitAmount, overdue[c.Key].DueOn, overdue[c.Key].GraceEndsOn))
            .OrderBy(r => r.GraceEndsOn).ThenBy(r => r.EnterpriseName, StringComparer.Ordinal)];
    }
}
