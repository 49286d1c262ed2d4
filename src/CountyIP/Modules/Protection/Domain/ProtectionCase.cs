using CountyIP.Platform.Audit;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Protection.Domain;

/// <summary>
/// One complaint, report, hotline call, walk-in or referral (issue 5 §1-2): all channels share this type.
/// Every state change goes through <see cref="CaseWorkflow"/>, records who, when and why, and bumps
/// <see cref="Version"/>, the concurrency token that makes the second of two simultaneous officers fail.
/// The complainant's identity is held only as ciphertext (<see cref="ProtectedIdentity"/>); the domain never sees it in clear.
/// </summary>
public sealed class ProtectionCase
{
    private readonly List<CaseTransition> transitions = [];
    private readonly List<CaseAssignment> assignments = [];
    private readonly List<CaseDeadline> deadlines = [];
    private readonly List<CaseEvidence> evidence = [];
    private readonly List<CaseNotice> notices = [];

    private ProtectionCase()
    {
        Number = string.Empty;
        Respondent = string.Empty;
        Place = string.Empty;
        Description = string.Empty;
        TrackingCodeHash = string.Empty;
        ReceivedBy = string.Empty;
    }

    public ProtectionCase(
        string number,
        CaseKind kind,
        CaseChannel channel,
        string respondent,
        string place,
        string description,
        string trackingCodeHash,
        string? idempotencyKey,
        string? protectedIdentity,
        string? maskedContact,
        bool consentToContact,
        string receivedBy,
        DateTime nowUtc,
        DateOnly today,
        IDeadlinePolicy policy,
        Guid? fairId = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if ((channel == CaseChannel.TradeFair) != (fairId is not null))
        {
            throw Rule("protection.fair-required", "Error_FairRequired");
        }

        Id = Guid.NewGuid();
        Number = number;
        Kind = kind;
        Channel = channel;
        Respondent = respondent.Trim();
        Place = place.Trim();
        Description = description.Trim();
        TrackingCodeHash = trackingCodeHash;
        IdempotencyKey = idempotencyKey;
        ProtectedIdentity = protectedIdentity;
        MaskedContact = maskedContact;
        ConsentToContact = consentToContact && protectedIdentity is not null;
        ReceivedBy = receivedBy;
        ReceivedAtUtc = nowUtc;
        ReceivedOn = today;
        State = CaseState.Received;
        FairId = fairId;
        OpenDeadline(DeadlineStage.InitialReview, today, policy);
        OpenDeadline(DeadlineStage.Handover, today, policy);
        if (channel == CaseChannel.TradeFair)
        {
            OpenDeadline(DeadlineStage.OnSiteHandling, today, policy);
        }
    }

    public Guid Id { get; private set; }

    /// <summary>Human-readable case number shown to staff (not secret; the tracking code is the public key).</summary>
    [AuditPlain]
    public string Number { get; private set; }

    public CaseKind Kind { get; private set; }

    public CaseChannel Channel { get; private set; }

    /// <summary>The trade fair an on-site complaint was made at (channel TradeFair only).</summary>
    public Guid? FairId { get; private set; }

    public CaseState State { get; private set; }

    public string Respondent { get; private set; }

    public string Place { get; private set; }

    public string Description { get; private set; }

    /// <summary>SHA-256 of the normalised tracking code; the code itself is never stored.</summary>
    [CountyIP.Platform.Audit.Secret]
    public string TrackingCodeHash { get; private set; }

    [CountyIP.Platform.Audit.Secret]
    public string? IdempotencyKey { get; private set; }

    /// <summary>Encrypted identity and contact of the complainant; null when anonymous or purged.</summary>
    [CountyIP.Platform.Audit.Secret]
    public string? ProtectedIdentity { get; private set; }

    /// <summary>Masked mobile for lists (138****1234, PIPL minimisation); never the full value.</summary>
    public string? MaskedContact { get; private set; }

    public bool ConsentToContact { get; private set; }

    public bool IsAnonymous => ProtectedIdentity is null;

    public string ReceivedBy { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? NotAcceptedReason { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public string? Result { get; private set; }

    public string? Measures { get; private set; }

    public string? Penalties { get; private set; }

    public decimal? FineAmount { get; private set; }

    /// <summary>What the tracking page shows: the reason for not accepting or the outcome, in words for the public.</summary>
    public string? PublicOutcome { get; private set; }

    public bool IsMajor { get; private set; }

    public string? MajorCriteria { get; private set; }

    public DateTime? MajorReportSentAtUtc { get; private set; }

    public string? MajorReportSentBy { get; private set; }

    public string? MajorReportFileKey { get; private set; }

    public DateTime? PurgedAtUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CaseTransition> Transitions => transitions;

    public IReadOnlyList<CaseAssignment> Assignments => assignments;

    public IReadOnlyList<CaseDeadline> Deadlines => deadlines;

    public IReadOnlyList<CaseEvidence> Evidence => evidence;

    public IReadOnlyList<CaseNotice> Notices => notices;

    public IEnumerable<CaseAssignment> ActiveAssignments => assignments.Where(a => a.IsActive);

    public string? LeadDepartmentCode => ActiveAssignments.FirstOrDefault(a => a.IsLead)?.DepartmentCode;

    public bool IsAssignedTo(string departmentCode) => ActiveAssignments.Any(a => a.DepartmentCode == departmentCode);

    public void AddEvidence(string fileKey, string fileName, string contentType, long length) =>
        evidence.Add(new CaseEvidence(Id, fileKey, fileName, contentType, length));

    /// <summary>
    /// The notice the step just taken calls for: acceptance after Accept; after InformComplainant, non-acceptance or
    /// the outcome depending on where the case came from. Null for every other step.
    /// </summary>
    public NoticeKind? NoticeDue(CaseAction action)
    {
        var last = transitions.LastOrDefault(t => t.Action == action);
        return (action, last?.From) switch
        {
            (CaseAction.Accept, CaseState.InitialReview) when State == CaseState.Accepted => NoticeKind.Acceptance,
            (CaseAction.InformComplainant, CaseState.NotAccepted) => NoticeKind.NonAcceptance,
            (CaseAction.InformComplainant, CaseState.Concluded) => NoticeKind.Outcome,
            _ => null,
        };
    }

    public CaseNotice RecordNoticeSent(NoticeKind kind, string fileKey, string actor, DateTime nowUtc)
    {
        var notice = new CaseNotice(Id, kind, fileKey, actor, nowUtc);
        notices.Add(notice);
        return notice;
    }

    public void StartReview(string actor, DateTime nowUtc, string? note) =>
        Apply(CaseAction.StartReview, actor, nowUtc, note);

    public void ReturnForInformation(string actor, DateTime nowUtc, DateOnly today, string note)
    {
        RequireText(note, "protection.note-required", "Error_NoteRequired");
        Apply(CaseAction.ReturnForInformation, actor, nowUtc, note);
        // The clock stops while the complainant supplies material; review restarts when it arrives.
        CompleteOpen(DeadlineStage.InitialReview, today);
        CompleteOpen(DeadlineStage.DepartmentAcceptance, today);
        foreach (var assignment in ActiveAssignments)
        {
            assignment.End(nowUtc);
        }
    }

    public void SupplyInformation(string actor, DateTime nowUtc, DateOnly today, string? note, IDeadlinePolicy policy)
    {
        Apply(CaseAction.SupplyInformation, actor, nowUtc, note);
        OpenDeadline(DeadlineStage.InitialReview, today, policy);
    }

    public void Accept(string actor, DateTime nowUtc, DateOnly today, string? note)
    {
        Apply(CaseAction.Accept, actor, nowUtc, note);
        AcceptedOn = today;
        CompleteOpen(DeadlineStage.InitialReview, today);
    }

    public void Reject(string actor, DateTime nowUtc, DateOnly today, string reason, IDeadlinePolicy policy)
    {
        RequireText(reason, "protection.reason-required", "Error_ReasonRequired");
        Apply(CaseAction.Reject, actor, nowUtc, reason);
        NotAcceptedReason = reason.Trim();
        PublicOutcome = NotAcceptedReason;
        CompleteOpen(DeadlineStage.InitialReview, today);
        CompleteOpen(DeadlineStage.OnSiteHandling, today);
        CompleteOpen(DeadlineStage.Handover, today);
        OpenDeadline(DeadlineStage.InformComplainant, today, policy);
    }

    /// <summary>Hands the case to one or more departments (joint handling); the first is the lead.</summary>
    public void Assign(IReadOnlyList<string> departmentCodes, string actor, DateTime nowUtc, DateOnly today, string? note, IDeadlinePolicy policy)
    {
        var codes = RequireDepartments(departmentCodes);
        Apply(CaseAction.Assign, actor, nowUtc, note ?? string.Join(", ", codes));
        SetAssignments(codes, nowUtc);
        CompleteOpen(DeadlineStage.Handover, today);
        OpenDeadline(DeadlineStage.DepartmentAcceptance, today, policy);
    }

    /// <summary>The lead department confirms it accepts the case (acceptance receipt).</summary>
    public void DepartmentAccept(string departmentCode, string actor, DateTime nowUtc, DateOnly today, string? note, IDeadlinePolicy policy)
    {
        EnsureAllowed(CaseAction.DepartmentAccept);
        if (LeadDepartmentCode != departmentCode)
        {
            throw Rule("protection.not-lead-department", "Error_NotLeadDepartment");
        }

        Apply(CaseAction.DepartmentAccept, actor, nowUtc, note);
        foreach (var assignment in ActiveAssignments)
        {
            assignment.MarkAccepted(nowUtc);
        }

        CompleteOpen(DeadlineStage.DepartmentAcceptance, today);
        OpenDeadline(DeadlineStage.Conclusion, today, policy);
    }

    public void StartHandling(string actor, DateTime nowUtc, string? note) =>
        Apply(CaseAction.StartHandling, actor, nowUtc, note);

    /// <summary>Moves the case to other departments; the new departments must accept it again.</summary>
    public void Transfer(IReadOnlyList<string> departmentCodes, string actor, DateTime nowUtc, DateOnly today, string note, IDeadlinePolicy policy)
    {
        RequireText(note, "protection.note-required", "Error_NoteRequired");
        var codes = RequireDepartments(departmentCodes);
        Apply(CaseAction.Transfer, actor, nowUtc, note);
        foreach (var assignment in ActiveAssignments.ToList())
        {
            assignment.End(nowUtc);
        }

        SetAssignments(codes, nowUtc);
        CompleteOpen(DeadlineStage.DepartmentAcceptance, today);
        CompleteOpen(DeadlineStage.Conclusion, today);
        OpenDeadline(DeadlineStage.DepartmentAcceptance, today, policy);
    }

    public void Conclude(
        CaseOutcome outcome,
        string result,
        string? measures,
        string? penalties,
        decimal? fineAmount,
        string publicOutcome,
        string actor,
        DateTime nowUtc,
        DateOnly today,
        IDeadlinePolicy policy)
    {
        EnsureAllowed(CaseAction.Conclude);
        if (!CaseWorkflow.OutcomesFor(Kind).Contains(outcome))
        {
            throw Rule("protection.outcome-not-allowed", "Error_OutcomeNotAllowed");
        }

        RequireText(result, "protection.result-required", "Error_ResultRequired");
        RequireText(publicOutcome, "protection.public-outcome-required", "Error_PublicOutcomeRequired");
        if (fineAmount is < 0)
        {
            throw Rule("protection.fine-negative", "Error_FineNegative");
        }

        Apply(CaseAction.Conclude, actor, nowUtc, result);
        Outcome = outcome;
        Result = result.Trim();
        Measures = measures?.Trim();
        Penalties = penalties?.Trim();
        FineAmount = fineAmount;
        PublicOutcome = publicOutcome.Trim();
        ConcludedOn = today;
        CompleteOpen(DeadlineStage.Conclusion, today);
        CompleteOpen(DeadlineStage.OnSiteHandling, today);
        OpenDeadline(DeadlineStage.InformComplainant, today, policy);
    }

    public void InformComplainant(string actor, DateTime nowUtc, DateOnly today, string? note)
    {
        Apply(CaseAction.InformComplainant, actor, nowUtc, note);
        CompleteOpen(DeadlineStage.InformComplainant, today);
    }

    public void Close(string actor, DateTime nowUtc, string? note)
    {
        Apply(CaseAction.Close, actor, nowUtc, note);
        ClosedAtUtc = nowUtc;
    }

    /// <summary>Extends a running limit once, with the approver's name and a reason (专利行政执法办法: extension needs approval).</summary>
    public void ExtendDeadline(DeadlineStage stage, int days, string reason, string approvedBy, DateTime nowUtc, IDeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var deadline = deadlines.FirstOrDefault(d => d.Stage == stage && d.IsOpen)
            ?? throw Rule("protection.deadline-closed", "Error_DeadlineClosed");
        deadline.Extend(days, reason, approvedBy, nowUtc, policy.IsWorkingDay);
        Version++;
    }

    /// <summary>Flags a major case (重大案件) with the criteria it meets.</summary>
    public void MarkMajor(string criteria, string actor, DateTime nowUtc)
    {
        RequireText(criteria, "protection.major-criteria-required", "Error_MajorCriteriaRequired");
        IsMajor = true;
        MajorCriteria = criteria.Trim();
        transitions.Add(new CaseTransition(Id, null, State, State, actor, nowUtc, "major: " + MajorCriteria));
        Version++;
    }

    public void RecordMajorReportSent(string fileKey, string actor, DateTime nowUtc)
    {
        if (!IsMajor)
        {
            throw Rule("protection.not-major", "Error_NotMajor");
        }

        MajorReportFileKey = fileKey;
        MajorReportSentBy = actor;
        MajorReportSentAtUtc = nowUtc;
        Version++;
    }

    /// <summary>
    /// Removes the complainant's identity after the retention period (PIPL art. 47). The caller overwrites the
    /// stored column and deletes evidence files; this clears the entity's copy.
    /// </summary>
    public void PurgeIdentity(DateTime nowUtc)
    {
        ProtectedIdentity = null;
        MaskedContact = null;
        ConsentToContact = false;
        PurgedAtUtc = nowUtc;
        Version++;
    }

    private void Apply(CaseAction action, string actor, DateTime nowUtc, string? note)
    {
        EnsureAllowed(action);
        var from = State;
        State = CaseWorkflow.Transitions[(from, action)];
        transitions.Add(new CaseTransition(Id, action, from, State, actor, nowUtc, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        Version++;
    }

    private void EnsureAllowed(CaseAction action)
    {
        if (!CaseWorkflow.IsAllowed(State, action))
        {
            throw Rule("protection.transition-not-allowed", "Error_TransitionNotAllowed");
        }
    }

    private void SetAssignments(List<string> codes, DateTime nowUtc)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            assignments.Add(new CaseAssignment(Id, codes[i], isLead: i == 0, nowUtc));
        }
    }

    private void OpenDeadline(DeadlineStage stage, DateOnly start, IDeadlinePolicy policy)
    {
        if (policy.RuleFor(Kind, stage) is { } rule)
        {
            deadlines.Add(new CaseDeadline(Id, stage, rule, start, DeadlineCalculator.Due(start, rule.Amount, rule.Unit, policy.IsWorkingDay)));
        }
    }

    private void CompleteOpen(DeadlineStage stage, DateOnly on)
    {
        foreach (var deadline in deadlines.Where(d => d.Stage == stage && d.IsOpen))
        {
            deadline.Complete(on);
        }
    }

    private static List<string> RequireDepartments(IReadOnlyList<string> departmentCodes)
    {
        var codes = departmentCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            throw Rule("protection.department-required", "Error_DepartmentRequired");
        }

        return codes;
    }

    private static void RequireText(string? text, string code, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Rule(code, key);
        }
    }

    private static BusinessRuleException Rule(string code, string key) => new(code, ProtectionText.Get(key));
}

/// <summary>One recorded step of a case: who did what, when, from which state to which, and why.</summary>
public sealed class CaseTransition
{
    private CaseTransition()
    {
        Actor = string.Empty;
    }

    internal CaseTransition(Guid caseId, CaseAction? action, CaseState from, CaseState to, string actor, DateTime atUtc, string? note)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        Action = action;
        From = from;
        To = to;
        Actor = actor;
        AtUtc = atUtc;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The action, or null for a recorded event that is not a state change (major-case flag).</summary>
    public CaseAction? Action { get; private set; }

    public CaseState From { get; private set; }

    public CaseState To { get; private set; }

    public string Actor { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>A department a case is routed to; several at once for joint handling, the lead first.</summary>
public sealed class CaseAssignment
{
    private CaseAssignment()
    {
        DepartmentCode = string.Empty;
    }

    internal CaseAssignment(Guid caseId, string departmentCode, bool isLead, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        DepartmentCode = departmentCode;
        IsLead = isLead;
        AssignedAtUtc = nowUtc;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    [AuditPlain]
    public string DepartmentCode { get; private set; }

    public bool IsLead { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime AssignedAtUtc { get; private set; }

    public DateTime? AcceptedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    internal void MarkAccepted(DateTime nowUtc) => AcceptedAtUtc ??= nowUtc;

    internal void End(DateTime nowUtc)
    {
        IsActive = false;
        EndedAtUtc = nowUtc;
    }
}

/// <summary>An evidence file: stored under a server-generated key; the user's file name is kept only as text.</summary>
public sealed class CaseEvidence
{
    private CaseEvidence()
    {
        FileKey = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
    }

    internal CaseEvidence(Guid caseId, string fileKey, string fileName, string contentType, long length)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string FileKey { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }
}
