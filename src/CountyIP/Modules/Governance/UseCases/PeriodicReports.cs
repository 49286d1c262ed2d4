using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>
/// The office asks for one kind of report for one period (<c>POST /api/governance/reports/rounds</c>): every town and
/// department then owes one, due on <see cref="DueOn"/> or the plan's rhythm (the 10th after the period ends).
/// </summary>
public sealed class ReportRoundInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(GovernanceText));

    [Required]
    public ReportKind? Kind { get; set; }

    /// <summary><c>2014-06</c>, <c>2014-H1</c> or <c>2014</c>.</summary>
    [Required, StringLength(16)]
    public string? Period { get; set; }

    public DateOnly? DueOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is { } kind && Period is not null && !ReportPeriods.IsValid(kind, Period.Trim()))
        {
            yield return new ValidationResult(Messages.GetString("Error_PeriodFormat_" + kind, CultureInfo.CurrentUICulture), [nameof(Period)]);
        }
    }
}

public sealed record ReportRoundResult(ReportKind Kind, string Period, DateOnly DueOn, int Created, int AlreadyOwed);

/// <summary>The unit's text (<c>PUT /api/governance/reports/{id}</c>), saved as a draft until submitted.</summary>
public sealed class ReportDraftInput
{
    [StringLength(PeriodicReport.TextMaxLength)]
    public string? Work { get; set; }

    [StringLength(PeriodicReport.TextMaxLength)]
    public string? Problems { get; set; }

    [StringLength(PeriodicReport.TextMaxLength)]
    public string? Plans { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>A step on a report (<c>POST /api/governance/reports/{id}/actions</c> {action: submit|accept|return, note, version}).</summary>
public sealed class ReportActionCommand
{
    [Required, StringLength(40)]
    public string? Action { get; set; }

    [StringLength(PeriodicReport.NoteMaxLength)]
    public string? Note { get; set; }

    public Guid? Version { get; set; }

    public static ReportAction? Parse(string? action) => (action ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "SUBMIT" => ReportAction.Submit,
        "ACCEPT" or "APPROVE" => ReportAction.Accept,
        "RETURN" or "REJECT" => ReportAction.Return,
        _ => null,
    };
}

/// <summary>
/// Filters of the report list; <c>late=true</c> lists reports submitted late or still missing after their due date,
/// <c>dueYear</c> those due in a calendar year.
/// </summary>
public sealed record ListReportsQuery(
    ReportKind? Kind = null,
    [property: StringLength(16)] string? Period = null,
    ReportState? State = null,
    [property: StringLength(64)] string? Owner = null,
    bool? Late = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, 200)] int? PageSize = null,
    [property: Range(2000, 2100)] int? DueYear = null);

/// <summary>One figure of a report: a plan indicator in the unit's scope over the report's window, with its definition and evidence link.</summary>
public sealed record ReportFigure(string Key, string NameZh, string NameEn, decimal? Value, string? Unit, string? Href);

public sealed record ReportView(
    Guid Id,
    ReportKind Kind,
    string Period,
    string OwnerUnitCode,
    string OwnerName,
    string OwnerNameZh,
    OwnerKind OwnerKind,
    DateOnly DueOn,
    ReportState Status,
    bool Late,
    bool Missing,
    DateOnly? SubmittedOn,
    string? SubmittedBy,
    string? Work,
    string? Problems,
    string? Plans,
    string? ReviewNote,
    string? ReviewedBy,
    IReadOnlyList<ReportFigure> Figures,
    bool FiguresAreLive,
    bool CanEdit,
    IReadOnlyList<ReportAction> AllowedActions,
    Guid Version);

/// <summary>
/// The figures a unit's report carries: the plan's indicators that count by town, over the report's window, for a town;
/// the unit's own supervised tasks for a department (the records carry a town, not a department). Live while the report
/// is a draft; frozen into the report when it is submitted.
/// </summary>
internal sealed class ReportFigures(IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans, CountyIpDbContext db)
{
    public async Task<IReadOnlyList<ReportFigure>> ComputeAsync(PeriodicReport report, CancellationToken cancellationToken)
    {
        var (from, to) = report.Window;
        var figures = new List<ReportFigure>();
        if (report.OwnerKind == OwnerKind.Unit && await plans.GetActiveAsync(cancellationToken) is { } plan)
        {
            foreach (var target in plan.Targets)
            {
                var calculator = calculators.FirstOrDefault(c => c.TargetId == target.Id && c.Breakdowns.Contains(BreakdownKind.Unit));
                if (calculator is null)
                {
                    continue;
                }

                var value = await calculator.ComputeAsync(new IndicatorQuery(plan.Id, from, to, report.OwnerCode), cancellationToken);
                figures.Add(new ReportFigure(target.Id, target.Name.Zh, target.Name.En, value?.Value, target.Unit,
                    IndicatorPages.Detail(target.Id, from.Year, report.OwnerCode)));
            }
        }

        var tasks = db.Set<SupervisedTask>().AsNoTracking().Where(t => t.OwnerCode == report.OwnerCode && t.Deadline >= from && t.Deadline <= to);
        var due = await tasks.CountAsync(cancellationToken);
        var onTime = await tasks.CountAsync(t => t.State == SupervisedTaskState.Completed && t.CompletedOn <= t.Deadline, cancellationToken);
        figures.Add(new ReportFigure("tasks-due", "期内到期督办事项", "Supervised tasks due in the period", due, "项", $"/governance/tasks?owner={report.OwnerCode}"));
        figures.Add(new ReportFigure("tasks-on-time", "其中按期办结", "of which completed on time", onTime, "项", $"/governance/tasks?owner={report.OwnerCode}&state=Completed"));
        return figures;
    }
}

internal sealed class ReportViews(OwnerDirectory owners, GovernanceScope scope, ReportFigures figures, TimeProvider clock)
{
    public async Task<ReportView> ViewAsync(PeriodicReport r, bool withFigures, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var frozen = r.FiguresJson is not null && r.State != ReportState.Pending && r.State != ReportState.Returned;
        IReadOnlyList<ReportFigure> shown = !withFigures ? []
            : frozen ? JsonSerializer.Deserialize<List<ReportFigure>>(r.FiguresJson!, JsonSerializerOptions.Web) ?? []
            : await figures.ComputeAsync(r, cancellationToken);
        var owner = await owners.FindAsync(r.OwnerCode, cancellationToken);
        return new ReportView(
            r.Id, r.Kind, r.Period, r.OwnerCode, owner?.Name ?? r.OwnerCode, owner?.NameZh ?? r.OwnerCode, r.OwnerKind, r.DueOn, r.State,
            r.IsLate, r.IsMissingOn(today), r.SubmittedOn, r.SubmittedBy, r.Work, r.Problems, r.Plans, r.ReviewNote, r.ReviewedBy,
            shown, withFigures && !frozen, r.CanEdit && scope.ActsFor(r.OwnerCode), [.. r.AllowedActions.Where(a => MayTake(r, a))], r.Version);
    }

    /// <summary>Submitting is the owner's (or the office's on its behalf, e.g. a report handed in on paper); reviewing is the office's.</summary>
    public bool MayTake(PeriodicReport report, ReportAction action) =>
        action == ReportAction.Submit ? scope.ActsFor(report.OwnerCode) : scope.IsOffice;
}

/// <summary>Creates the reports a round owes; a unit that already owes the kind and period is left as it is (a round issued twice adds nothing).</summary>
internal sealed class IssueReportRoundHandler(CountyIpDbContext db, OwnerDirectory owners, INotifier notifier, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<ReportRoundResult> HandleAsync(ReportRoundInput input, CancellationToken cancellationToken)
    {
        var kind = input.Kind!.Value;
        var period = input.Period!.Trim();
        var due = input.DueOn ?? ReportPeriods.DefaultDueOn(kind, period);
        if (due < ReportPeriods.Window(kind, period).From)
        {
            throw InputValidationException.For(nameof(ReportRoundInput.DueOn), text["Error_DueBeforePeriod"]);
        }

        var existing = (await db.Set<PeriodicReport>().Where(r => r.Kind == kind && r.Period == period).Select(r => r.OwnerCode).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var owner in await owners.ListAsync(cancellationToken))
        {
            if (existing.Contains(owner.Code))
            {
                continue;
            }

            var report = new PeriodicReport(kind, period, owner.Code, owner.Kind, due, now);
            db.Add(report);
            created++;
            await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(owner), GovernanceNotifications.ReportOwed,
                [period, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], $"/governance/reports/{report.Id}", cancellationToken);
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new ReportRoundResult(kind, period, due, created, existing.Count);
    }
}

internal sealed class ListReportsHandler(CountyIpDbContext db, GovernanceScope scope, ReportViews views, TimeProvider clock)
{
    public async Task<PagedResult<ReportView>> HandleAsync(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var reports = Filter(query);
        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await reports.CountAsync(cancellationToken);
        var rows = await reports.OrderByDescending(r => r.DueOn).ThenBy(r => r.OwnerKind).ThenBy(r => r.OwnerCode).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = new List<ReportView>(rows.Count);
        foreach (var r in rows)
        {
            items.Add(await views.ViewAsync(r, withFigures: false, cancellationToken));
        }

        return new PagedResult<ReportView>(items, total, page, size);
    }

    public Task<int> CountAsync(ListReportsQuery query, CancellationToken cancellationToken) => Filter(query).CountAsync(cancellationToken);

    private IQueryable<PeriodicReport> Filter(ListReportsQuery query)
    {
        var reports = scope.Filter(db.Set<PeriodicReport>().AsNoTracking(), r => r.OwnerCode);
        if (query.Kind is { } kind)
        {
            reports = reports.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Period))
        {
            var period = query.Period.Trim();
            reports = reports.Where(r => r.Period == period);
        }

        if (query.State is { } state)
        {
            reports = reports.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            reports = reports.Where(r => r.OwnerCode == owner);
        }

        if (query.DueYear is { } year)
        {
            // The reports an assessment's "on time" share counts for the year (AssessmentCalculator).
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            reports = reports.Where(r => r.DueOn >= from && r.DueOn <= to);
        }

        if (query.Late == true)
        {
            var today = TimeDisplay.Today(clock);
            reports = reports.Where(r => (r.SubmittedOn != null && r.SubmittedOn > r.DueOn) || (r.SubmittedOn == null && r.DueOn < today));
        }

        return reports;
    }
}

internal sealed class GetReportHandler(CountyIpDbContext db, GovernanceScope scope, ReportViews views)
{
    public async Task<ReportView?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await scope.Filter(db.Set<PeriodicReport>().AsNoTracking(), r => r.OwnerCode).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } r
            ? await views.ViewAsync(r, withFigures: true, cancellationToken)
            : null;
}

internal sealed class SaveReportDraftHandler(CountyIpDbContext db, GovernanceScope scope, ReportViews views, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<ReportView?> HandleAsync(Guid id, ReportDraftInput input, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<PeriodicReport>(), r => r.OwnerCode).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return null;
        }

        GovernanceSave.CheckVersion(report, input.Version, text);
        if (!report.CanEdit || !scope.ActsFor(report.OwnerCode))
        {
            throw new BusinessRuleException("governance.report-not-editable", text["Error_ReportNotEditable", text[$"Enum_ReportState_{report.State}"]]);
        }

        report.SaveDraft(input.Work, input.Problems, input.Plans, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(report, withFigures: true, cancellationToken);
    }
}

/// <summary>
/// Submit (the owner; the text must say what was done), accept or return with a reason (the office). Two submissions
/// at once leave one: the second finds the report submitted, or loses the version race (409).
/// </summary>
internal sealed class ActOnReportHandler(
    CountyIpDbContext db, GovernanceScope scope, ICurrentUser user, ReportViews views, ReportFigures figures, INotifier notifier,
    OwnerDirectory owners, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<ReportView?> HandleAsync(Guid id, ReportActionCommand command, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<PeriodicReport>(), r => r.OwnerCode).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return null;
        }

        if (ReportActionCommand.Parse(command.Action) is not { } action)
        {
            throw InputValidationException.For(nameof(ReportActionCommand.Action), text["Error_UnknownAction"]);
        }

        GovernanceSave.CheckVersion(report, command.Version, text);
        if (!report.AllowedActions.Contains(action))
        {
            throw new BusinessRuleException("governance.step-not-allowed", text["Error_ReportStepNotAllowed", text[$"Enum_ReportAction_{action}"], text[$"Enum_ReportState_{report.State}"]]);
        }

        if (!views.MayTake(report, action))
        {
            throw new BusinessRuleException("governance.not-yours", text["Error_ReportStepNotYours", text[$"Enum_ReportAction_{action}"]]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var link = $"/governance/reports/{report.Id}";
        var ownerName = await owners.NameAsync(report.OwnerCode, cancellationToken);
        switch (action)
        {
            case ReportAction.Submit:
                if (report.Work is null)
                {
                    throw InputValidationException.For(nameof(ReportDraftInput.Work), text["Error_ReportNeedsWork"]);
                }

                var snapshot = JsonSerializer.Serialize(await figures.ComputeAsync(report, cancellationToken), JsonSerializerOptions.Web);
                report.Submit(snapshot, user.UserName ?? string.Empty, TimeDisplay.Today(clock), now);
                await notifier.NotifyAsync(GovernanceNotifications.Office.Except(user.UserId), GovernanceNotifications.ReportSubmitted, [report.Period, ownerName], link, cancellationToken);
                break;
            case ReportAction.Return when string.IsNullOrWhiteSpace(command.Note):
                throw InputValidationException.For(nameof(ReportActionCommand.Note), text["Error_ReturnNeedsReason"]);
            default:
                report.Review(action, command.Note, user.UserName ?? string.Empty, now);
                if (action == ReportAction.Return)
                {
                    await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(report.OwnerCode, report.OwnerKind), GovernanceNotifications.ReportReturned,
                        [report.Period, command.Note!], link, cancellationToken);
                }

                break;
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(report, withFigures: true, cancellationToken);
    }
}
