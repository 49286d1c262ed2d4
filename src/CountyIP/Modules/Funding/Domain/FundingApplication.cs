using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// An enterprise's application for a reward or subsidy under one policy item (issue 12 §3): the rights it cites, the
/// amount the item's rule gives, and its way through town and bureau review, public notice (公示), approval, a payment
/// batch and payment. Every step is recorded with who took it, when, and why (<see cref="Steps"/>); which steps are
/// allowed when, and to whom, is <see cref="ApplicationWorkflow"/>.
/// </summary>
public sealed class FundingApplication : VersionedRecord
{
    public const int NoteMaxLength = 1000;
    public const int BankFieldMaxLength = 100;

    /// <summary>Evidence files one application may carry (certificates, invoices, contracts, photos).</summary>
    public const int MaxAttachments = 20;

    private readonly List<ApplicationRight> rights = [];
    private readonly List<ApplicationStep> steps = [];
    private readonly List<ApplicationAttachment> attachments = [];

    private FundingApplication()
    {
    }

    public FundingApplication(
        Guid enterpriseId, string enterpriseName, string? unitCode, RewardPolicy policy, PolicyItem item, string filedBy, bool onBehalf, DateTime utcNow,
        IEnumerable<string>? industries = null)
    {
        EnterpriseId = enterpriseId;
        EnterpriseName = enterpriseName;
        UnitCode = unitCode;
        IndustryCodes = IndustryKey(industries);
        PolicyId = policy.Id;
        PolicySeriesId = policy.SeriesId;
        PolicyName = policy.Name;
        ItemId = item.Id;
        ItemCode = item.Code;
        ItemName = item.Name;
        Kind = item.Kind;
        Line = item.Line;
        EvidenceRequired = item.RequiresEvidence;
        FiledBy = filedBy;
        OnBehalf = onBehalf;
        Status = ApplicationStatus.Draft;
        steps.Add(new ApplicationStep(utcNow, filedBy, ApplicationAction.Create, null, ApplicationStatus.Draft, null));
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public Guid EnterpriseId { get; private set; }

    /// <summary>The enterprise's name when it applied (what the notice and the payment list print).</summary>
    [AuditPlain]
    public string EnterpriseName { get; private set; } = string.Empty;

    /// <summary>The enterprise's unit (town, zone) when it applied: whose liaison reviews it first.</summary>
    [AuditPlain]
    public string? UnitCode { get; private set; }

    /// <summary>
    /// The enterprise's plan industries when it applied (codes of the <c>industry-tag</c> list, ordered and joined with
    /// commas: <c>electrical,new-energy</c>), null when it had none: the budget execution report's industry breakdown
    /// groups by it, so a later retagging of the enterprise never moves money paid in a closed year (ADR 0026).
    /// </summary>
    [AuditPlain]
    public string? IndustryCodes { get; private set; }

    [AuditPlain]
    public Guid PolicyId { get; private set; }

    /// <summary>The policy's series: a right is claimed once per series and item code (<see cref="RightClaim"/>).</summary>
    public Guid PolicySeriesId { get; private set; }

    public string PolicyName { get; private set; } = string.Empty;

    /// <summary>The item of the policy version applied under; a later version never changes it.</summary>
    [AuditPlain]
    public Guid ItemId { get; private set; }

    [AuditPlain]
    public string ItemCode { get; private set; } = string.Empty;

    public string ItemName { get; private set; } = string.Empty;

    [AuditPlain]
    public AchievementKind Kind { get; private set; }

    /// <summary>The budget line the amount is charged to.</summary>
    [AuditPlain]
    public BudgetUse Line { get; private set; }

    /// <summary>The item asks for evidence (证明材料): the application is submitted only with at least one attachment.</summary>
    [AuditPlain]
    public bool EvidenceRequired { get; private set; }

    /// <summary>Units claimed for an item paid per unit without ledger rights (yuan of interest, person-times…).</summary>
    [AuditPlain]
    public decimal? Quantity { get; private set; }

    /// <summary>The amount before the caps.</summary>
    [AuditPlain]
    public decimal GrossAmount { get; private set; }

    /// <summary>The amount applied for (after the caps); committed on approval, paid in a batch.</summary>
    [AuditPlain]
    public decimal Amount { get; private set; }

    [AuditPlain]
    public AmountCap CapApplied { get; private set; }

    /// <summary>The fiscal year charged: the year of submission.</summary>
    [AuditPlain]
    public int Year { get; private set; }

    [AuditPlain]
    public ApplicationStatus Status { get; private set; }

    [AuditPlain]
    public string FiledBy { get; private set; } = string.Empty;

    /// <summary>Filed by bureau staff for the enterprise (walk-in, 窗口代办).</summary>
    [AuditPlain]
    public bool OnBehalf { get; private set; }

    public string? BankAccountName { get; private set; }

    public string? BankName { get; private set; }

    public string? BankAccount { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    [AuditPlain]
    public string? TownReviewedBy { get; private set; }

    /// <summary>The bureau officer who reviewed it and put it on notice (who may therefore not approve it).</summary>
    [AuditPlain]
    public string? BureauReviewedBy { get; private set; }

    public DateOnly? NoticeStartsOn { get; private set; }

    /// <summary>Last day of the public notice: objections are taken up to it, approval only after it.</summary>
    public DateOnly? NoticeEndsOn { get; private set; }

    /// <summary>An objection (异议) waits for a decision: it holds the application.</summary>
    [AuditPlain]
    public bool ObjectionPending { get; private set; }

    /// <summary>First of two approvers, for an amount above the threshold.</summary>
    [AuditPlain]
    public string? FirstApprovedBy { get; private set; }

    [AuditPlain]
    public string? ApprovedBy { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    [AuditPlain]
    public Guid? PaymentBatchId { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    /// <summary>The reason of the last return or rejection, shown to the enterprise.</summary>
    public string? Reason { get; private set; }

    public IReadOnlyList<ApplicationRight> Rights => rights;

    public IReadOnlyList<ApplicationStep> Steps => steps;

    /// <summary>The evidence files attached (issue 12 §3 "attaches evidence"), stored under server-generated keys.</summary>
    public IReadOnlyList<ApplicationAttachment> Attachments => attachments;

    /// <summary>Whether the enterprise (or staff for it) may still change the contents.</summary>
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.Returned;

    /// <summary>Sets what is claimed and the amount the item's rule gave (a draft or a returned application only).</summary>
    public void SetContents(IEnumerable<ApplicationRight> claimed, decimal? quantity, AmountCalculation amount, string? bankAccountName, string? bankName, string? bankAccount, DateTime utcNow)
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException($"Application {Id} is {Status}; its contents cannot change.");
        }

        rights.Clear();
        rights.AddRange(claimed);
        Quantity = quantity;
        GrossAmount = amount.Gross;
        Amount = amount.Amount;
        CapApplied = amount.Cap;
        BankAccountName = Trim(bankAccountName);
        BankName = Trim(bankName);
        BankAccount = Trim(bankAccount);
        Touch(utcNow);
    }

    /// <summary>
    /// Attaches an evidence file already checked and stored (a draft or a returned application only, at most
    /// <see cref="MaxAttachments"/>). The application's version stamp moves, so an attachment racing a submission is
    /// refused rather than landing on a submitted application.
    /// </summary>
    public ApplicationAttachment Attach(string fileKey, string fileName, string contentType, long length, string uploadedBy, DateTime utcNow)
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException($"Application {Id} is {Status}; evidence cannot be attached.");
        }

        if (attachments.Count >= MaxAttachments)
        {
            throw new InvalidOperationException($"Application {Id} already has {MaxAttachments} attachments.");
        }

        var attachment = new ApplicationAttachment(fileKey, fileName, contentType, length, uploadedBy, utcNow);
        attachments.Add(attachment);
        Touch(utcNow);
        return attachment;
    }

    /// <summary>Removes an attachment (a draft or a returned application only); null when it has no such attachment.</summary>
    public ApplicationAttachment? Detach(Guid attachmentId, DateTime utcNow)
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException($"Application {Id} is {Status}; its evidence cannot change.");
        }

        if (attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return null;
        }

        attachments.Remove(attachment);
        Touch(utcNow);
        return attachment;
    }

    /// <summary>The claim keys of the cited rights (<see cref="RightClaim"/>): one per right, series and item code.</summary>
    public IEnumerable<string> ClaimKeys => rights.Select(r => RightClaim.KeyOf(PolicySeriesId, ItemCode, r.Key));

    /// <summary>Moves by <paramref name="action"/> (checked by the caller with <see cref="ApplicationWorkflow"/>) and records the step.</summary>
    public void Apply(ApplicationAction action, ApplicationStatus next, string actor, string? note, DateOnly today, DateTime utcNow)
    {
        var from = Status;
        switch (action)
        {
            case ApplicationAction.Submit:
                SubmittedOn = today;
                Year = today.Year;
                Reason = null;
                break;
            case ApplicationAction.TownApprove:
                TownReviewedBy = actor;
                break;
            case ApplicationAction.Return:
            case ApplicationAction.Reject:
            case ApplicationAction.UpholdObjection:
                Reason = note;
                ObjectionPending = false;
                FirstApprovedBy = null;
                break;
            case ApplicationAction.DismissObjection:
                ObjectionPending = false;
                break;
            case ApplicationAction.Approve:
                if (next == ApplicationStatus.AwaitingSecondApproval)
                {
                    FirstApprovedBy = actor;
                }
                else
                {
                    ApprovedBy = actor;
                    ApprovedOn = today;
                }

                break;
        }

        Status = next;
        steps.Add(new ApplicationStep(utcNow, actor, action, from, next, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        Touch(utcNow);
    }

    /// <summary>Puts a bureau-reviewed application on public notice from <paramref name="startsOn"/> to <paramref name="endsOn"/>.</summary>
    public void PutOnNotice(string reviewer, DateOnly startsOn, DateOnly endsOn)
    {
        BureauReviewedBy = reviewer;
        NoticeStartsOn = startsOn;
        NoticeEndsOn = endsOn;
    }

    /// <summary>An objection from the public portal while the notice runs: the application waits for staff to decide it.</summary>
    public void Object(string reason, DateTime utcNow)
    {
        ObjectionPending = true;
        steps.Add(new ApplicationStep(utcNow, ApplicationStep.PublicActor, ApplicationAction.Object, Status, Status, reason));
        Touch(utcNow);
    }

    /// <summary>Taken into a payment batch.</summary>
    public void AddToBatch(Guid batchId, string actor, DateTime utcNow)
    {
        PaymentBatchId = batchId;
        Apply(ApplicationAction.Batch, ApplicationStatus.InBatch, actor, null, DateOnly.FromDateTime(utcNow), utcNow);
    }

    /// <summary>Paid with its batch on <paramref name="paidOn"/>.</summary>
    public void MarkPaid(DateOnly paidOn, string actor, DateTime utcNow)
    {
        PaidOn = paidOn;
        Apply(ApplicationAction.Pay, ApplicationStatus.Paid, actor, null, paidOn, utcNow);
    }

    /// <summary>The stored form of a set of industry codes: distinct, ordered, comma-joined; null for none.</summary>
    public static string? IndustryKey(IEnumerable<string>? industries)
    {
        var codes = (industries ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? null : string.Join(',', codes);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A right cited by an application, as the ledger described it when the application was last saved.</summary>
public sealed record ApplicationRight(string Key, string Number, string Title, string Category, DateOnly? AchievedOn, bool ServiceInvention, bool Foreign, decimal UnitAmount)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The patent's id in the ledger (null for other rights): the recovery scan hands these to the Registry as a sub-query.</summary>
    public Guid? LedgerId { get; init; }
}

/// <summary>
/// An evidence file of an application (证明材料): kept by <c>IFileStore</c> under a server-generated key; the uploader's
/// file name (sanitised) is only shown and offered as the download's name, never used as a path.
/// </summary>
public sealed class ApplicationAttachment
{
    public const int FileNameMaxLength = 120;

    private ApplicationAttachment()
    {
    }

    internal ApplicationAttachment(string fileKey, string fileName, string contentType, long length, string uploadedBy, DateTime uploadedUtc)
    {
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        UploadedBy = uploadedBy;
        UploadedUtc = uploadedUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string FileKey { get; private set; } = string.Empty;

    /// <summary>The name shown and downloaded under (may name a person: masked in the audit log).</summary>
    public string FileName { get; private set; } = string.Empty;

    /// <summary>The type the bytes proved to be (PDF, JPEG, PNG, Word, Excel, PowerPoint).</summary>
    [AuditPlain]
    public string ContentType { get; private set; } = string.Empty;

    [AuditPlain]
    public long Length { get; private set; }

    [AuditPlain]
    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime UploadedUtc { get; private set; }
}

/// <summary>One step of an application's way: who, when, what, from which status to which, and the note.</summary>
public sealed record ApplicationStep(DateTime AtUtc, string Actor, ApplicationAction Action, ApplicationStatus? From, ApplicationStatus To, string? Note)
{
    /// <summary>The actor recorded for an objection through the public portal (no account; no personal data kept).</summary>
    public const string PublicActor = "public";

    public Guid Id { get; private set; } = Guid.CreateVersion7();
}

/// <summary>
/// A right claimed under a policy series' item (issue 12 §4): the key is unique in the database, so one right is
/// claimed at most once per item across all applications and years, also when two submissions race. The row is
/// removed when its application is withdrawn or rejected, which frees the right.
/// </summary>
public sealed class RightClaim
{
    private RightClaim()
    {
    }

    public RightClaim(string key, Guid applicationId)
    {
        Key = key;
        ApplicationId = applicationId;
    }

    public string Key { get; private set; } = string.Empty;

    public Guid ApplicationId { get; private set; }

    public static string KeyOf(Guid seriesId, string itemCode, string rightKey) => $"{seriesId:N}/{itemCode}/{rightKey}";
}

/// <summary>Where an application stands (申请状态).</summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    TownApproved,
    InNotice,
    AwaitingSecondApproval,
    Approved,
    InBatch,
    Paid,
    Returned,
    Rejected,
    Withdrawn,
}

/// <summary>The steps of the workflow; the API names them in kebab case (<see cref="ApplicationWorkflow.ApiName"/>).</summary>
public enum ApplicationAction
{
    Create,
    Submit,
    Withdraw,
    TownApprove,
    BureauApprove,
    Approve,
    Return,
    Reject,
    DismissObjection,
    UpholdObjection,
    Object,
    Batch,
    Pay,
}

/// <summary>Which cap decided the amount.</summary>
public enum AmountCap
{
    None,
    PerApplication,
    PerEnterpriseYear,
}
