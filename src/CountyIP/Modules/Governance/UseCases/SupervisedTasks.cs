using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>
/// A supervised task as the office gives it (<c>POST /api/governance/tasks</c>): the owner is a town's unit code or a
/// department code; the deadline is a date, or a number of working days (the district's holiday calendar, make-up
/// working days included) counted from the meeting's date or, without a meeting, from today.
/// </summary>
public sealed class TaskInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(GovernanceText));

    [Required, StringLength(SupervisedTask.TitleMaxLength)]
    public string? Title { get; set; }

    [StringLength(SupervisedTask.DescriptionMaxLength)]
    public string? Description { get; set; }

    [Required, StringLength(64)]
    public string? OwnerUnitCode { get; set; }

    public DateOnly? Deadline { get; set; }

    [Range(1, 250)]
    public int? WorkingDays { get; set; }

    public Guid? MeetingId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Deadline is null && WorkingDays is null)
        {
            yield return new ValidationResult(Messages.GetString("Error_DeadlineRequired", CultureInfo.CurrentUICulture), [nameof(Deadline)]);
        }
    }
}

/// <summary>A step on a task (<c>POST /api/governance/tasks/{id}/actions</c> {action, note, version}).</summary>
public sealed class TaskActionCommand
{
    /// <summary>progress, request-completion (or complete), accept, return; the enum names are accepted too.</summary>
    [Required, StringLength(40)]
    public string? Action { get; set; }

    [StringLength(SupervisedTask.NoteMaxLength)]
    public string? Note { get; set; }

    public Guid? Version { get; set; }

    /// <summary>The step named by <see cref="Action"/>, however a client spells it; null when it names none.</summary>
    public static SupervisedTaskAction? Parse(string? action) =>
        (action ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "PROGRESS" or "UPDATE" => SupervisedTaskAction.Progress,
            "REQUESTCOMPLETION" or "COMPLETE" or "SUBMIT" => SupervisedTaskAction.RequestCompletion,
            "ACCEPT" or "APPROVE" => SupervisedTaskAction.Accept,
            "RETURN" or "REJECT" => SupervisedTaskAction.Return,
            _ => null, // a handover is recorded by the roster, never taken as a step
        };
}

/// <summary>The task list's filters: overdue only, a state, an owner, a meeting, the year of the deadline; a liaison always gets their own unit's.</summary>
public sealed record ListTasksQuery(
    bool? Overdue = null,
    SupervisedTaskState? State = null,
    [property: StringLength(64)] string? Owner = null,
    Guid? MeetingId = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, 200)] int? PageSize = null,
    [property: Range(2000, 2100)] int? DueYear = null);

public sealed record TaskStepView(SupervisedTaskAction Action, string? Note, string Actor, DateTime AtUtc);

public sealed record TaskView(
    Guid Id,
    string Title,
    string? Description,
    string OwnerUnitCode,
    string OwnerName,
    OwnerKind OwnerKind,
    DateOnly Deadline,
    SupervisedTaskState Status,
    bool Overdue,
    DateOnly? CompletedOn,
    bool CompletedLate,
    Guid? MeetingId,
    string? MeetingTitle,
    IReadOnlyList<SupervisedTaskAction> AllowedActions,
    IReadOnlyList<TaskStepView> Steps,
    Guid Version);

/// <summary>Builds task views with the owner's name and the caller's allowed steps.</summary>
internal sealed class TaskViews(OwnerDirectory owners, GovernanceScope scope, TimeProvider clock)
{
    public async Task<TaskView> ViewAsync(SupervisedTask t, string? meetingTitle, bool withSteps, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        return new TaskView(
            t.Id, t.Title, t.Description, t.OwnerCode, await owners.NameAsync(t.OwnerCode, cancellationToken), t.OwnerKind, t.Deadline, t.State,
            t.IsOverdueOn(today), t.CompletedOn, t.CompletedLate, t.MeetingId, meetingTitle,
            [.. t.AllowedActions.Where(a => MayTake(t, a))],
            withSteps ? [.. t.Steps.OrderBy(s => s.AtUtc).Select(s => new TaskStepView(s.Action, s.Note, s.Actor, s.AtUtc))] : [],
            t.Version);
    }

    /// <summary>The owner's steps (progress, completion request) are its liaison's or the office's; acceptance and return are the office's.</summary>
    public bool MayTake(SupervisedTask task, SupervisedTaskAction action) => action switch
    {
        SupervisedTaskAction.Progress or SupervisedTaskAction.RequestCompletion => scope.ActsFor(task.OwnerCode),
        _ => scope.IsOffice,
    };
}

internal sealed class ListTasksHandler(CountyIpDbContext db, GovernanceScope scope, TaskViews views, TimeProvider clock)
{
    public async Task<PagedResult<TaskView>> HandleAsync(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var tasks = Filter(query);
        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await tasks.CountAsync(cancellationToken);
        // Open tasks first, the most pressing deadline first; then completed ones, the latest first.
        var rows = await tasks.OrderBy(t => t.State == SupervisedTaskState.Completed)
            .ThenBy(t => t.State == SupervisedTaskState.Completed ? DateOnly.MinValue : t.Deadline).ThenByDescending(t => t.Deadline).ThenBy(t => t.Title)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var meetingIds = rows.Where(r => r.MeetingId != null).Select(r => r.MeetingId!.Value).Distinct().ToList();
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var items = new List<TaskView>(rows.Count);
        foreach (var t in rows)
        {
            items.Add(await views.ViewAsync(t, t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, withSteps: false, cancellationToken));
        }

        return new PagedResult<TaskView>(items, total, page, size);
    }

    /// <summary>The same filter the workbench counts with, so a tile's number is the list it opens.</summary>
    public Task<int> CountAsync(ListTasksQuery query, CancellationToken cancellationToken) => Filter(query).CountAsync(cancellationToken);

    private IQueryable<SupervisedTask> Filter(ListTasksQuery query)
    {
        var tasks = scope.Filter(db.Set<SupervisedTask>().AsNoTracking(), t => t.OwnerCode);
        var today = TimeDisplay.Today(clock);
        if (query.Overdue == true)
        {
            tasks = tasks.Where(t => t.State != SupervisedTaskState.Completed && t.Deadline < today);
        }

        if (query.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim();
            tasks = tasks.Where(t => t.OwnerCode == owner);
        }

        if (query.MeetingId is { } meeting)
        {
            tasks = tasks.Where(t => t.MeetingId == meeting);
        }

        if (query.DueYear is { } year)
        {
            // The tasks an assessment's "on time" share counts for the year (AssessmentCalculator).
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            tasks = tasks.Where(t => t.Deadline >= from && t.Deadline <= to);
        }

        return tasks;
    }
}

internal sealed class GetTaskHandler(CountyIpDbContext db, GovernanceScope scope, TaskViews views)
{
    /// <summary>The task, or null when it does not exist or lies outside the caller's scope (the same 404).</summary>
    public async Task<TaskView?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<SupervisedTask>().AsNoTracking().Include(t => t.Steps), t => t.OwnerCode).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return null;
        }

        var meeting = task.MeetingId is { } m ? await db.Set<Meeting>().Where(x => x.Id == m).Select(x => x.Title).FirstOrDefaultAsync(cancellationToken) : null;
        return await views.ViewAsync(task, meeting, withSteps: true, cancellationToken);
    }
}

internal sealed class CreateTaskHandler(
    CountyIpDbContext db, ICurrentUser user, OwnerDirectory owners, IWorkingDayCalendar calendar, INotifier notifier,
    IStringLocalizer<GovernanceText> text, TaskViews views, TimeProvider clock)
{
    public async Task<TaskView> HandleAsync(TaskInput input, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(input.OwnerUnitCode, cancellationToken) is not { } owner)
        {
            throw InputValidationException.For(nameof(TaskInput.OwnerUnitCode), text["Error_UnknownOwner", input.OwnerUnitCode ?? string.Empty]);
        }

        Meeting? meeting = null;
        if (input.MeetingId is { } meetingId && (meeting = await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)) is null)
        {
            throw InputValidationException.For(nameof(TaskInput.MeetingId), text["Error_UnknownMeeting"]);
        }

        var today = TimeDisplay.Today(clock);
        var deadline = input.Deadline ?? calendar.AddWorkingDays(meeting?.HeldOn ?? today, input.WorkingDays!.Value);
        if (meeting is not null && deadline < meeting.HeldOn)
        {
            throw InputValidationException.For(nameof(TaskInput.Deadline), text["Error_DeadlineBeforeMeeting", meeting.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        var task = new SupervisedTask(input.Title!, input.Description, owner.Code, owner.Kind, deadline, meeting?.Id, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(task);
        await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(owner), GovernanceNotifications.TaskAssigned,
            [task.Title, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], $"/governance/tasks/{task.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(task, meeting?.Title, withSteps: true, cancellationToken);
    }
}

/// <summary>
/// A step on a task. Who may take it: progress and the completion request, the owner's liaison (or the office on its
/// behalf); acceptance and return, the office. A return needs a reason. Outside the caller's scope is a 404.
/// </summary>
internal sealed class ActOnTaskHandler(
    CountyIpDbContext db, GovernanceScope scope, ICurrentUser user, INotifier notifier, IStringLocalizer<GovernanceText> text,
    TaskViews views, OwnerDirectory owners, TimeProvider clock)
{
    public async Task<TaskView?> HandleAsync(Guid id, TaskActionCommand command, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<SupervisedTask>().Include(t => t.Steps), t => t.OwnerCode).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return null;
        }

        if (TaskActionCommand.Parse(command.Action) is not { } action)
        {
            throw InputValidationException.For(nameof(TaskActionCommand.Action), text["Error_UnknownAction"]);
        }

        GovernanceSave.CheckVersion(task, command.Version, text);
        if (!task.AllowedActions.Contains(action))
        {
            throw new BusinessRuleException("governance.step-not-allowed", text["Error_TaskStepNotAllowed", text[$"Enum_SupervisedTaskAction_{action}"], text[$"Enum_SupervisedTaskState_{task.State}"]]);
        }

        if (!views.MayTake(task, action))
        {
            throw new BusinessRuleException("governance.not-yours", text["Error_TaskStepNotYours", text[$"Enum_SupervisedTaskAction_{action}"]]);
        }

        if (action is SupervisedTaskAction.Return or SupervisedTaskAction.Progress && string.IsNullOrWhiteSpace(command.Note))
        {
            throw InputValidationException.For(nameof(TaskActionCommand.Note), text[action == SupervisedTaskAction.Return ? "Error_ReturnNeedsReason" : "Error_ProgressNeedsNote"]);
        }

        task.Act(action, command.Note, user.UserName ?? string.Empty, TimeDisplay.Today(clock), clock.GetUtcNow().UtcDateTime);
        var link = $"/governance/tasks/{task.Id}";
        if (action == SupervisedTaskAction.RequestCompletion)
        {
            await notifier.NotifyAsync(GovernanceNotifications.Office.Except(user.UserId), GovernanceNotifications.CompletionRequested,
                [task.Title, await owners.NameAsync(task.OwnerCode, cancellationToken)], link, cancellationToken);
        }
        else if (action is SupervisedTaskAction.Accept or SupervisedTaskAction.Return && await owners.FindAsync(task.OwnerCode, cancellationToken) is { } owner)
        {
            await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(owner),
                action == SupervisedTaskAction.Accept ? GovernanceNotifications.TaskAccepted : GovernanceNotifications.TaskReturned,
                [task.Title, command.Note ?? string.Empty], link, cancellationToken);
        }

        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(task, null, withSteps: true, cancellationToken);
    }
}
