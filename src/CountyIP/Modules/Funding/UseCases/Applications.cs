using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>What <c>POST /api/funding/applications</c> answers: the new application's id, status and amount.</summary>
public sealed record ApplicationCreated(Guid Id, ApplicationStatus Status, [property: Money] decimal Amount);

/// <summary>An application as a list shows it.</summary>
public sealed record ApplicationSummary(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string? UnitCode,
    string PolicyName,
    string ItemCode,
    string ItemName,
    AchievementKind Kind,
    BudgetUse Line,
    [property: Money] decimal Amount,
    int Year,
    ApplicationStatus Status,
    bool ObjectionPending,
    DateOnly? NoticeEndsOn,
    Guid? PaymentBatchId,
    DateTime UpdatedUtc)
{
    internal static ApplicationSummary From(FundingApplication a) => new(
        a.Id, a.EnterpriseId, a.EnterpriseName, a.UnitCode, a.PolicyName, a.ItemCode, a.ItemName, a.Kind, a.Line, a.Amount,
        a.Year, a.Status, a.ObjectionPending, a.NoticeEndsOn, a.PaymentBatchId, a.UpdatedUtc);
}

/// <summary>An application with how its amount was computed, its rights, its steps and what the caller may do now.</summary>
public sealed record ApplicationView(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string? UnitCode,
    Guid PolicyId,
    string PolicyName,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    AchievementKind Kind,
    BudgetUse Line,
    decimal? Quantity,
    [property: Money] decimal GrossAmount,
    [property: Money] decimal Amount,
    AmountCap CapApplied,
    int Year,
    ApplicationStatus Status,
    string FiledBy,
    bool OnBehalf,
    string? BankAccountName,
    string? BankName,
    string? BankAccount,
    DateOnly? SubmittedOn,
    DateOnly? NoticeStartsOn,
    DateOnly? NoticeEndsOn,
    bool ObjectionPending,
    string? TownReviewedBy,
    string? BureauReviewedBy,
    string? FirstApprovedBy,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    Guid? PaymentBatchId,
    DateOnly? PaidOn,
    string? Reason,
    IReadOnlyList<ApplicationRightView> Rights,
    IReadOnlyList<ApplicationStepView> Steps,
    IReadOnlyList<string> AvailableActions,
    bool EvidenceRequired,
    IReadOnlyList<AttachmentView> Attachments,
    bool CanEdit,
    Guid Version)
{
    internal static ApplicationView From(FundingApplication a, ApplicationActor? actor) => new(
        a.Id, a.EnterpriseId, a.EnterpriseName, a.UnitCode, a.PolicyId, a.PolicyName, a.ItemId, a.ItemCode, a.ItemName, a.Kind, a.Line,
        a.Quantity, a.GrossAmount, a.Amount, a.CapApplied, a.Year, a.Status, a.FiledBy, a.OnBehalf,
        a.BankAccountName, a.BankName, a.BankAccount, a.SubmittedOn, a.NoticeStartsOn, a.NoticeEndsOn, a.ObjectionPending,
        a.TownReviewedBy, a.BureauReviewedBy, a.FirstApprovedBy, a.ApprovedBy, a.ApprovedOn, a.PaymentBatchId, a.PaidOn, a.Reason,
        [.. a.Rights.Select(r => new ApplicationRightView(r.Key, r.Number, r.Title, r.Category, r.AchievedOn, r.ServiceInvention, r.Foreign, r.UnitAmount))],
        [.. a.Steps.OrderBy(s => s.AtUtc).Select(s => new ApplicationStepView(s.AtUtc, s.Actor, ApplicationWorkflow.ApiName(s.Action), s.Action, s.From, s.To, s.Note))],
        actor is { } who ? [.. Offered(a, who).Select(ApplicationWorkflow.ApiName)] : [],
        a.EvidenceRequired,
        [.. a.Attachments.OrderBy(f => f.UploadedUtc).ThenBy(f => f.FileName, StringComparer.Ordinal).ThenBy(f => f.Id).Select(AttachmentView.From)],
        a.IsEditable && ApplicationScope.MayEdit(a, actor),
        a.Version);

    /// <summary>
    /// The steps the page offers <paramref name="actor"/>: the workflow table's, less those refused on their face —
    /// staff submit or withdraw only what they filed for the enterprise; an objection is decided only while one waits.
    /// </summary>
    private static IEnumerable<ApplicationAction> Offered(FundingApplication a, ApplicationActor actor) =>
        ApplicationWorkflow.Available(a.Status, actor).Where(action => action switch
        {
            ApplicationAction.Submit or ApplicationAction.Withdraw => actor != ApplicationActor.BureauStaff || a.OnBehalf,
            ApplicationAction.DismissObjection or ApplicationAction.UpholdObjection => a.ObjectionPending,
            _ => true,
        });
}

/// <summary>An evidence file as the application shows it; the file itself is <c>GET …/attachments/{id}</c>.</summary>
public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Length, string UploadedBy, DateTime UploadedUtc)
{
    internal static AttachmentView From(ApplicationAttachment f) => new(f.Id, f.FileName, f.ContentType, f.Length, f.UploadedBy, f.UploadedUtc);
}

public sealed record ApplicationRightView(string Key, string Number, string Title, string Category, DateOnly? AchievedOn, bool ServiceInvention, bool Foreign, [property: Money] decimal UnitAmount);

public sealed record ApplicationStepView(DateTime AtUtc, string Actor, string Action, ApplicationAction ActionKind, ApplicationStatus? From, ApplicationStatus To, string? Note);

/// <summary>Filters of the application list; <c>status=approved</c> lists approved applications not yet in a batch.</summary>
public sealed record ListApplicationsQuery(ApplicationStatus? Status = null, int? Year = null, Guid? EnterpriseId = null, string? Unit = null, int? Page = null, int? PageSize = null);

/// <summary>
/// Who the caller is to an application and what they may see (data scope, DESIGN.md): an Enterprise account its own
/// enterprise's applications, a TownLiaison those of its unit, bureau staff, leaders and auditors all of them.
/// </summary>
internal sealed class ApplicationScope(ICurrentUser user)
{
    public string UserName => user.UserName ?? string.Empty;

    /// <summary>The caller's part in the workflow, or null for a reader only (leader, auditor).</summary>
    public ApplicationActor? Actor =>
        user.IsInRole(Roles.BureauStaff) ? ApplicationActor.BureauStaff
        : user.IsInRole(Roles.TownLiaison) ? ApplicationActor.TownLiaison
        : user.IsInRole(Roles.Enterprise) ? ApplicationActor.Enterprise
        : null;

    public Guid? EnterpriseId =>
        user.IsInRole(Roles.Enterprise) && user.ScopeKind == ScopeKind.Enterprise && Guid.TryParse(user.ScopeId, out var id) ? id : null;

    public string? UnitCode =>
        user.IsInRole(Roles.TownLiaison) && user.ScopeKind == ScopeKind.Unit && !string.IsNullOrEmpty(user.ScopeId) ? user.ScopeId : null;

    public bool SeesAll => user.IsInRole(Roles.BureauStaff) || user.IsInRole(Roles.Leadership) || user.IsInRole(Roles.Auditor);

    /// <summary>
    /// Whether <paramref name="actor"/> may change the application's contents and evidence (while it is editable): its
    /// enterprise, or bureau staff for one they filed on its behalf (walk-in). Towns, leaders and auditors read only.
    /// </summary>
    public static bool MayEdit(FundingApplication application, ApplicationActor? actor) =>
        actor == ApplicationActor.Enterprise || (actor == ApplicationActor.BureauStaff && application.OnBehalf);

    public IQueryable<FundingApplication> Applications(CountyIpDbContext db)
    {
        var query = db.Set<FundingApplication>().AsQueryable();
        if (SeesAll)
        {
            // A draft is the enterprise's until it submits; staff see those they filed for it.
            return query.Where(a => a.Status != ApplicationStatus.Draft || a.OnBehalf);
        }

        if (EnterpriseId is { } id)
        {
            return query.Where(a => a.EnterpriseId == id);
        }

        // A town sees what has reached it: drafts stay the enterprise's own.
        return UnitCode is { } unit
            ? query.Where(a => a.UnitCode == unit && a.Status != ApplicationStatus.Draft)
            : query.Where(_ => false);
    }
}

/// <summary>One application in the caller's scope, or null (404).</summary>
internal sealed class GetApplicationHandler(CountyIpDbContext db, ApplicationScope scope)
{
    public async Task<ApplicationView?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await scope.Applications(db).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } found
            ? ApplicationView.From(found, scope.Actor)
            : null;
}

/// <summary>The applications in the caller's scope, most recently changed first.</summary>
internal sealed class ListApplicationsHandler(CountyIpDbContext db, ApplicationScope scope)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<ApplicationSummary>> HandleAsync(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize ?? 20, 1, MaxPageSize);
        var page = Math.Max(query.Page ?? 1, 1);
        var rows = scope.Applications(db).AsNoTracking();
        if (query.Status is { } status)
        {
            rows = rows.Where(a => a.Status == status);
            if (status == ApplicationStatus.Approved)
            {
                rows = rows.Where(a => a.PaymentBatchId == null);
            }
        }

        if (query.Year is { } year)
        {
            rows = rows.Where(a => a.Year == year);
        }

        if (query.EnterpriseId is { } enterprise)
        {
            rows = rows.Where(a => a.EnterpriseId == enterprise);
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            rows = rows.Where(a => a.UnitCode == query.Unit);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(a => a.UpdatedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<ApplicationSummary>([.. items.Select(ApplicationSummary.From)], total, page, size);
    }
}

/// <summary>Saving an application's change: a concurrent change of the same record, or of the fiscal year it commits to, is a 409.</summary>
internal static class ApplicationSaving
{
    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<FundingText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("funding.concurrency", text["Error_ChangedMeanwhile"], cancellationToken);
}
