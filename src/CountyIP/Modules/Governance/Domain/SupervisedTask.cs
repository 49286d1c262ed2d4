using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>Where a supervised task stands (督办事项状态).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupervisedTaskState>))]
public enum SupervisedTaskState
{
    /// <summary>The owner unit works on it (办理中); also after the office returned a completion request.</summary>
    Open = 0,

    /// <summary>The owner unit reports it done and asks the office to accept (申请办结).</summary>
    CompletionRequested = 1,

    /// <summary>The office accepted it as done (已办结).</summary>
    Completed = 2,
}

/// <summary>A step on a supervised task.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupervisedTaskAction>))]
public enum SupervisedTaskAction
{
    /// <summary>The owner unit reports progress (报送进展); the task stays open.</summary>
    Progress = 0,

    /// <summary>The owner unit asks the office to accept the task as done.</summary>
    RequestCompletion = 1,

    /// <summary>The office accepts the completion (验收办结).</summary>
    Accept = 2,

    /// <summary>The office returns the request with a reason (退回); the task is open again.</summary>
    Return = 3,

    /// <summary>The unit's liaison officer handed over to a successor (联络员交接); recorded, never a step to choose.</summary>
    Handover = 4,
}

/// <summary>Whether the owner of a task or report is a town (or sub-district, zone) or a district department.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OwnerKind>))]
public enum OwnerKind
{
    Unit = 0,
    Department = 1,
}

/// <summary>
/// A supervised task (督办事项, source 四(一)1 "对会议议定事项进行督查督办"): a decision of a meeting, or an instruction of the
/// office, given to one town or department with a deadline. The owner reports progress and asks for completion; the
/// office accepts it or returns it with a reason. It is overdue while not completed after its deadline — derived from
/// the date, never stored — and escalates then (workbench, notification, the leader's board).
/// </summary>
public sealed class SupervisedTask : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int NoteMaxLength = 2_000;

    private readonly List<SupervisedTaskStep> steps = [];

    private SupervisedTask()
    {
    }

    public SupervisedTask(string title, string? description, string ownerCode, OwnerKind ownerKind, DateOnly deadline, Guid? meetingId, string createdBy, DateTime utcNow)
    {
        Title = title.Trim();
        Description = CleanText.Of(description);
        OwnerCode = ownerCode;
        OwnerKind = ownerKind;
        Deadline = deadline;
        MeetingId = meetingId;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public string? Description { get; private set; }

    /// <summary>The owner unit: a town's unit code (e.g. 350104100) or a department code (e.g. market-regulation).</summary>
    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    public OwnerKind OwnerKind { get; private set; }

    /// <summary>The last day to complete it (Asia/Shanghai); it is overdue from the day after.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The meeting whose decision it carries out, when it came from one.</summary>
    public Guid? MeetingId { get; private set; }

    public SupervisedTaskState State { get; private set; }

    /// <summary>The day the office accepted it as done.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The deadline the owner was last reminded of (3 working days before it); a changed deadline is reminded again.</summary>
    public DateOnly? RemindedFor { get; private set; }

    /// <summary>The day it was escalated as overdue (once).</summary>
    public DateOnly? EscalatedOn { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<SupervisedTaskStep> Steps => steps;

    public bool IsOverdueOn(DateOnly today) => State != SupervisedTaskState.Completed && today > Deadline;

    /// <summary>Completed after its deadline.</summary>
    public bool CompletedLate => CompletedOn is { } done && done > Deadline;

    /// <summary>The steps the task's state allows; who may take them is the handler's rule (owner unit or office).</summary>
    public IReadOnlyList<SupervisedTaskAction> AllowedActions => State switch
    {
        SupervisedTaskState.Open => [SupervisedTaskAction.Progress, SupervisedTaskAction.RequestCompletion],
        SupervisedTaskState.CompletionRequested => [SupervisedTaskAction.Accept, SupervisedTaskAction.Return],
        _ => [],
    };

    /// <summary>Takes <paramref name="action"/>; the caller checked it is allowed (<see cref="AllowedActions"/>) and who may take it.</summary>
    public void Act(SupervisedTaskAction action, string? note, string actor, DateOnly today, DateTime utcNow)
    {
        if (!AllowedActions.Contains(action))
        {
            throw new InvalidOperationException($"Task {Id} in {State} does not allow {action}.");
        }

        State = action switch
        {
            SupervisedTaskAction.RequestCompletion => SupervisedTaskState.CompletionRequested,
            SupervisedTaskAction.Accept => SupervisedTaskState.Completed,
            SupervisedTaskAction.Return => SupervisedTaskState.Open,
            _ => State,
        };
        CompletedOn = action == SupervisedTaskAction.Accept ? today : null;
        steps.Add(new SupervisedTaskStep(Id, action, CleanText.Of(note), actor, utcNow));
        Touch(utcNow);
    }

    /// <summary>Records in the history that the unit's liaison handed over (the task's state does not change).</summary>
    public void RecordHandover(string note, string actor, DateTime utcNow)
    {
        steps.Add(new SupervisedTaskStep(Id, SupervisedTaskAction.Handover, note, actor, utcNow));
        Touch(utcNow);
    }

    public void MarkReminded() => RemindedFor = Deadline;

    public void MarkEscalated(DateOnly today) => EscalatedOn ??= today;
}

/// <summary>One step in a task's history: what was done, by whom, when, with the note (progress, reason for a return).</summary>
public sealed class SupervisedTaskStep
{
    private SupervisedTaskStep()
    {
    }

    internal SupervisedTaskStep(Guid taskId, SupervisedTaskAction action, string? note, string actor, DateTime atUtc)
    {
        TaskId = taskId;
        Action = action;
        Note = note;
        Actor = actor;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TaskId { get; private set; }

    public SupervisedTaskAction Action { get; private set; }

    public string? Note { get; private set; }

    [AuditPlain]
    public string Actor { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
