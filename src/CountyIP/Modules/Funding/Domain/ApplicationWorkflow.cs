namespace CountyIP.Modules.Funding.Domain;

/// <summary>Who acts on an application: the applicant enterprise, the liaison of its town, or bureau staff.</summary>
public enum ApplicationActor
{
    Enterprise,
    TownLiaison,
    BureauStaff,
}

/// <summary>
/// The workflow table of issue 12 §3: draft → submitted → town preliminary review → bureau review → public notice →
/// approved (one or two approvers) → in a payment batch → paid; returned for more information or rejected at any review
/// step; withdrawn by the enterprise before approval. A step not in the table is refused (409). Conditions that depend on
/// more than the status (the notice has ended, an objection holds it, the approver is not the reviewer) are the
/// approval use case's; batching and payment are the payment batch's.
/// </summary>
public static class ApplicationWorkflow
{
    public sealed record Transition(ApplicationStatus From, ApplicationAction Action, ApplicationActor Actor, ApplicationStatus To);

    private const ApplicationActor E = ApplicationActor.Enterprise;
    private const ApplicationActor T = ApplicationActor.TownLiaison;
    private const ApplicationActor S = ApplicationActor.BureauStaff;

    /// <summary>The statuses an enterprise can still withdraw from (before approval).</summary>
    public static readonly IReadOnlySet<ApplicationStatus> Withdrawable = new HashSet<ApplicationStatus>
    {
        ApplicationStatus.Draft, ApplicationStatus.Returned, ApplicationStatus.Submitted, ApplicationStatus.TownApproved,
        ApplicationStatus.InNotice, ApplicationStatus.AwaitingSecondApproval,
    };

    /// <summary>The table (after <see cref="Withdrawable"/>, which it reads: static fields start in order).</summary>
    public static readonly IReadOnlyList<Transition> Transitions = Build();

    /// <summary>The transition <paramref name="actor"/> may take by <paramref name="action"/> from <paramref name="from"/>, or null.</summary>
    public static Transition? Find(ApplicationStatus from, ApplicationAction action, ApplicationActor actor) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Action == action && t.Actor == actor);

    /// <summary>The actions <paramref name="actor"/> may take now (what the page offers as buttons).</summary>
    public static IEnumerable<ApplicationAction> Available(ApplicationStatus from, ApplicationActor actor) =>
        Transitions.Where(t => t.From == from && t.Actor == actor).Select(t => t.Action).Distinct();

    /// <summary>The action's name in the API (<c>town-approve</c>, <c>dismiss-objection</c>…).</summary>
    public static string ApiName(ApplicationAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The workflow action named <paramref name="name"/> in the API; null for an unknown name or one not taken through the actions route.</summary>
    public static ApplicationAction? Parse(string? name) =>
        Enum.GetValues<ApplicationAction>().Where(a => Transitions.Any(t => t.Action == a))
            .Select(a => (ApplicationAction?)a)
            .FirstOrDefault(a => string.Equals(ApiName(a!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the action must say why (a return, a rejection, an upheld objection).</summary>
    public static bool NeedsNote(ApplicationAction action) =>
        action is ApplicationAction.Return or ApplicationAction.Reject or ApplicationAction.UpholdObjection;

    private static List<Transition> Build()
    {
        var list = new List<Transition>();
        void Add(ApplicationStatus from, ApplicationAction action, ApplicationStatus to, params ApplicationActor[] actors) =>
            list.AddRange(actors.Select(a => new Transition(from, action, a, to)));

        foreach (var editable in new[] { ApplicationStatus.Draft, ApplicationStatus.Returned })
        {
            // Staff submit only what they filed for the enterprise (the use case checks OnBehalf).
            Add(editable, ApplicationAction.Submit, ApplicationStatus.Submitted, E, S);
        }

        foreach (var open in Withdrawable)
        {
            Add(open, ApplicationAction.Withdraw, ApplicationStatus.Withdrawn, E, S);
        }

        Add(ApplicationStatus.Submitted, ApplicationAction.TownApprove, ApplicationStatus.TownApproved, T);
        Add(ApplicationStatus.Submitted, ApplicationAction.Return, ApplicationStatus.Returned, T);
        Add(ApplicationStatus.Submitted, ApplicationAction.Reject, ApplicationStatus.Rejected, T);

        Add(ApplicationStatus.TownApproved, ApplicationAction.BureauApprove, ApplicationStatus.InNotice, S);
        Add(ApplicationStatus.TownApproved, ApplicationAction.Return, ApplicationStatus.Returned, S);
        Add(ApplicationStatus.TownApproved, ApplicationAction.Reject, ApplicationStatus.Rejected, S);

        Add(ApplicationStatus.InNotice, ApplicationAction.Approve, ApplicationStatus.Approved, S);
        Add(ApplicationStatus.InNotice, ApplicationAction.DismissObjection, ApplicationStatus.InNotice, S);
        Add(ApplicationStatus.InNotice, ApplicationAction.UpholdObjection, ApplicationStatus.Rejected, S);
        Add(ApplicationStatus.InNotice, ApplicationAction.Return, ApplicationStatus.Returned, S);
        Add(ApplicationStatus.InNotice, ApplicationAction.Reject, ApplicationStatus.Rejected, S);

        Add(ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Approve, ApplicationStatus.Approved, S);
        Add(ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Return, ApplicationStatus.Returned, S);
        Add(ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Reject, ApplicationStatus.Rejected, S);
        return list;
    }
}
