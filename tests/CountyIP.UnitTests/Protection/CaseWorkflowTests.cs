using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Web;

namespace CountyIP.UnitTests.Protection;

public sealed class CaseWorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly TestDeadlinePolicy Policy = new();

    public static TheoryData<CaseState, CaseAction, CaseState> AllowedTransitions()
    {
        var data = new TheoryData<CaseState, CaseAction, CaseState>();
        foreach (var ((from, action), to) in CaseWorkflow.Transitions)
        {
            data.Add(from, action, to);
        }

        return data;
    }

    /// <summary>Every (state, action) pair the table does not list: generated, so a new state or action is covered at once.</summary>
    public static TheoryData<CaseState, CaseAction> ForbiddenTransitions()
    {
        var data = new TheoryData<CaseState, CaseAction>();
        foreach (var state in Enum.GetValues<CaseState>())
        {
            foreach (var action in Enum.GetValues<CaseAction>().Where(a => !CaseWorkflow.IsAllowed(state, a)))
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Perform_AllowedTransition_MovesToTargetAndRecordsActorTimeNote(CaseState from, CaseAction action, CaseState to)
    {
        var @case = CaseIn(from);
        var versionBefore = @case.Version;
        var countBefore = @case.Transitions.Count;

        Perform(@case, action, "officer-b", Now.AddHours(1));

        @case.State.ShouldBe(to);
        @case.Version.ShouldBe(versionBefore + 1);
        @case.Transitions.Count.ShouldBe(countBefore + 1);
        var last = @case.Transitions[^1];
        last.Action.ShouldBe(action);
        last.From.ShouldBe(from);
        last.To.ShouldBe(to);
        last.Actor.ShouldBe("officer-b");
        last.AtUtc.ShouldBe(Now.AddHours(1));
        last.Note.ShouldBe("note for " + action);
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void Perform_ForbiddenTransition_ThrowsAndChangesNothing(CaseState from, CaseAction action)
    {
        var @case = CaseIn(from);
        var versionBefore = @case.Version;
        var transitionsBefore = @case.Transitions.Count;
        var assignmentsBefore = @case.Assignments.Count;
        var deadlinesBefore = @case.Deadlines.Count(d => d.IsOpen);

        var ex = Should.Throw<BusinessRuleException>(() => Perform(@case, action, "officer-b", Now.AddHours(1)));

        ex.Code.ShouldBe("protection.transition-not-allowed");
        @case.State.ShouldBe(from);
        @case.Version.ShouldBe(versionBefore);
        @case.Transitions.Count.ShouldBe(transitionsBefore);
        @case.Assignments.Count.ShouldBe(assignmentsBefore);
        @case.Deadlines.Count(d => d.IsOpen).ShouldBe(deadlinesBefore);
    }

    [Fact]
    public void Table_EveryStateReachableFromReceived_NoDeadEndsExceptClosed()
    {
        var reached = new HashSet<CaseState> { CaseState.Received };
        var queue = new Queue<CaseState>([CaseState.Received]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var action in CaseWorkflow.AllowedActions(state))
            {
                if (reached.Add(CaseWorkflow.Transitions[(state, action)]))
                {
                    queue.Enqueue(CaseWorkflow.Transitions[(state, action)]);
                }
            }
        }

        reached.ShouldBe(Enum.GetValues<CaseState>(), ignoreOrder: true);
        Enum.GetValues<CaseState>().Where(s => !CaseWorkflow.AllowedActions(s).Any()).ShouldBe([CaseState.Closed]);
    }

    [Fact]
    public void Reject_WithoutReason_ThrowsAndStaysInReview()
    {
        var @case = CaseIn(CaseState.InitialReview);

        Should.Throw<BusinessRuleException>(() => @case.Reject("a", Now, Today, " ", Policy)).Code.ShouldBe("protection.reason-required");

        @case.State.ShouldBe(CaseState.InitialReview);
    }

    [Fact]
    public void Assign_SeveralDepartments_FirstIsLeadAndOnlyLeadMayAccept()
    {
        var @case = CaseIn(CaseState.Accepted);

        @case.Assign(["market-regulation", "police"], "a", Now, Today, null, Policy);

        @case.LeadDepartmentCode.ShouldBe("market-regulation");
        @case.IsAssignedTo("police").ShouldBeTrue();
        Should.Throw<BusinessRuleException>(() => @case.DepartmentAccept("police", "p", Now, Today, null, Policy)).Code.ShouldBe("protection.not-lead-department");
        @case.DepartmentAccept("market-regulation", "m", Now, Today, null, Policy);
        @case.State.ShouldBe(CaseState.DepartmentAccepted);
    }

    [Fact]
    public void Transfer_ToOtherDepartment_EndsOldAssignment()
    {
        var @case = CaseIn(CaseState.BeingHandled);

        @case.Transfer(["culture"], "a", Now, Today, "copyright matter", Policy);

        @case.IsAssignedTo("market-regulation").ShouldBeFalse();
        @case.LeadDepartmentCode.ShouldBe("culture");
        @case.State.ShouldBe(CaseState.Assigned);
    }

    [Theory]
    [InlineData(CaseKind.IpDispute, CaseOutcome.Mediated, true)]
    [InlineData(CaseKind.IpDispute, CaseOutcome.Penalized, false)]
    [InlineData(CaseKind.PatentPassingOff, CaseOutcome.TransferredToPolice, true)]
    [InlineData(CaseKind.PatentPassingOff, CaseOutcome.Mediated, false)]
    [InlineData(CaseKind.TrademarkInfringement, CaseOutcome.Penalized, true)]
    public void Conclude_OutcomeByKind_AllowedOnlyForItsKind(CaseKind kind, CaseOutcome outcome, bool allowed)
    {
        var @case = CaseIn(CaseState.BeingHandled, kind);

        var act = () => @case.Conclude(outcome, "result", null, null, null, "public", "a", Now, Today, Policy);

        if (allowed)
        {
            act();
            @case.Outcome.ShouldBe(outcome);
        }
        else
        {
            Should.Throw<BusinessRuleException>(act).Code.ShouldBe("protection.outcome-not-allowed");
            @case.State.ShouldBe(CaseState.BeingHandled);
        }
    }

    internal static ProtectionCase NewCase(CaseKind kind = CaseKind.TrademarkInfringement) =>
        new("2026-TEST", kind, CaseChannel.OnlinePortal, "respondent", "place", "description", "hash", null, null, null, false, "portal", Now, Today, Policy);

    /// <summary>Brings a fresh case into <paramref name="state"/> along the shortest path of the table.</summary>
    internal static ProtectionCase CaseIn(CaseState state, CaseKind kind = CaseKind.TrademarkInfringement)
    {
        var @case = NewCase(kind);
        foreach (var action in PathTo(state))
        {
            Perform(@case, action, "officer-a", Now);
        }

        @case.State.ShouldBe(state);
        return @case;
    }

    private static List<CaseAction> PathTo(CaseState target)
    {
        var paths = new Dictionary<CaseState, List<CaseAction>> { [CaseState.Received] = [] };
        var queue = new Queue<CaseState>([CaseState.Received]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var action in CaseWorkflow.AllowedActions(state))
            {
                var next = CaseWorkflow.Transitions[(state, action)];
                if (paths.TryAdd(next, [.. paths[state], action]))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return paths[target];
    }

    private static void Perform(ProtectionCase @case, CaseAction action, string actor, DateTime now)
    {
        var note = "note for " + action;
        switch (action)
        {
            case CaseAction.StartReview: @case.StartReview(actor, now, note); break;
            case CaseAction.ReturnForInformation: @case.ReturnForInformation(actor, now, Today, note); break;
            case CaseAction.SupplyInformation: @case.SupplyInformation(actor, now, Today, note, Policy); break;
            case CaseAction.Accept: @case.Accept(actor, now, Today, note); break;
            case CaseAction.Reject: @case.Reject(actor, now, Today, note, Policy); break;
            case CaseAction.Assign: @case.Assign(["market-regulation"], actor, now, Today, note, Policy); break;
            case CaseAction.DepartmentAccept: @case.DepartmentAccept(@case.LeadDepartmentCode ?? "market-regulation", actor, now, Today, note, Policy); break;
            case CaseAction.StartHandling: @case.StartHandling(actor, now, note); break;
            case CaseAction.Transfer: @case.Transfer(["culture"], actor, now, Today, note, Policy); break;
            case CaseAction.Conclude:
                @case.Conclude(CaseWorkflow.OutcomesFor(@case.Kind)[0], note, null, null, null, "public outcome", actor, now, Today, Policy);
                break;
            case CaseAction.InformComplainant: @case.InformComplainant(actor, now, Today, note); break;
            case CaseAction.Close: @case.Close(actor, now, note); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
