namespace CountyIP.Modules.Protection.Domain;

/// <summary>
/// The case state machine (issue 5 §2; plan 三(四)2: complaints are handed to the competent department and followed
/// up). The table is the single source of truth: the entity asks it, the tests enumerate it.
/// </summary>
public static class CaseWorkflow
{
    public static readonly IReadOnlyDictionary<(CaseState From, CaseAction Action), CaseState> Transitions =
        new Dictionary<(CaseState, CaseAction), CaseState>
        {
            [(CaseState.Received, CaseAction.StartReview)] = CaseState.InitialReview,
            [(CaseState.InitialReview, CaseAction.ReturnForInformation)] = CaseState.AwaitingInformation,
            [(CaseState.InitialReview, CaseAction.Accept)] = CaseState.Accepted,
            [(CaseState.InitialReview, CaseAction.Reject)] = CaseState.NotAccepted,
            [(CaseState.AwaitingInformation, CaseAction.SupplyInformation)] = CaseState.InitialReview,
            // A complainant who never supplies what is missing: the case is not accepted.
            [(CaseState.AwaitingInformation, CaseAction.Reject)] = CaseState.NotAccepted,
            [(CaseState.Accepted, CaseAction.Assign)] = CaseState.Assigned,
            // A department may send a case back when the material does not let it act.
            [(CaseState.Assigned, CaseAction.ReturnForInformation)] = CaseState.AwaitingInformation,
            [(CaseState.Assigned, CaseAction.DepartmentAccept)] = CaseState.DepartmentAccepted,
            [(CaseState.Assigned, CaseAction.Transfer)] = CaseState.Assigned,
            [(CaseState.DepartmentAccepted, CaseAction.StartHandling)] = CaseState.BeingHandled,
            [(CaseState.DepartmentAccepted, CaseAction.Transfer)] = CaseState.Assigned,
            [(CaseState.BeingHandled, CaseAction.Transfer)] = CaseState.Assigned,
            [(CaseState.BeingHandled, CaseAction.Conclude)] = CaseState.Concluded,
            [(CaseState.Concluded, CaseAction.InformComplainant)] = CaseState.ComplainantInformed,
            [(CaseState.NotAccepted, CaseAction.InformComplainant)] = CaseState.ComplainantInformed,
            [(CaseState.ComplainantInformed, CaseAction.Close)] = CaseState.Closed,
        };

    public static bool IsAllowed(CaseState from, CaseAction action) => Transitions.ContainsKey((from, action));

    public static IEnumerable<CaseAction> AllowedActions(CaseState from) =>
        Transitions.Keys.Where(k => k.From == from).Select(k => k.Action);

    /// <summary>Outcomes a case of <paramref name="kind"/> may end with (issue 5 §5: disputes and passing-off have their own).</summary>
    public static IReadOnlyList<CaseOutcome> OutcomesFor(CaseKind kind) => kind switch
    {
        // Adjudication or mediation of a dispute (专利行政执法办法 ch. 2).
        CaseKind.IpDispute => [CaseOutcome.Mediated, CaseOutcome.Decided, CaseOutcome.Withdrawn, CaseOutcome.TransferredToCourt],
        // Passing off is investigated ex officio: a penalty decision, no violation, or a criminal referral (刑法 art. 216).
        CaseKind.PatentPassingOff => [CaseOutcome.Decided, CaseOutcome.NoViolationFound, CaseOutcome.Withdrawn, CaseOutcome.TransferredToPolice],
        _ => [CaseOutcome.Penalized, CaseOutcome.NoViolationFound, CaseOutcome.Mediated, CaseOutcome.Withdrawn, CaseOutcome.TransferredToPolice, CaseOutcome.TransferredToCourt],
    };

    /// <summary>States in which the case is with departments (a liaison of an assigned department may act).</summary>
    public static bool IsWithDepartments(CaseState state) =>
        state is CaseState.Assigned or CaseState.DepartmentAccepted or CaseState.BeingHandled;
}
