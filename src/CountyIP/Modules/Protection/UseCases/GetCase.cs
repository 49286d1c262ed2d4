using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

public sealed record CaseTransitionView(CaseAction? Action, CaseState From, CaseState To, string Actor, DateTime AtUtc, string? Note);

public sealed record CaseAssignmentView(string DepartmentCode, bool IsLead, bool IsActive, DateTime AssignedAtUtc, DateTime? AcceptedAtUtc);

public sealed record CaseDeadlineView(
    DeadlineStage Stage,
    int Amount,
    DeadlineUnit Unit,
    string LegalBasis,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly? ExtendedDueDate,
    string? ExtensionReason,
    string? ExtensionApprovedBy,
    DateOnly? CompletedOn,
    bool IsLate,
    int MaxExtension);

public sealed record CaseEvidenceView(Guid Id, string FileName, string ContentType, long Length);

/// <summary>
/// A case for staff. The complainant's identity is never part of it: it is shown only by
/// <see cref="ViewComplainantIdentityHandler"/>, to a handler, with a reason, audited.
/// </summary>
public sealed record CaseDetail(
    Guid Id,
    string Number,
    CaseKind Kind,
    CaseChannel Channel,
    CaseState State,
    string Respondent,
    string Place,
    string Description,
    DateTime ReceivedAtUtc,
    string ReceivedBy,
    bool IsAnonymous,
    string? MaskedContact,
    bool ConsentToContact,
    string? NotAcceptedReason,
    CaseOutcome? Outcome,
    string? Result,
    string? Measures,
    string? Penalties,
    [property: Money] decimal? FineAmount,
    string? PublicOutcome,
    bool IsMajor,
    string? MajorCriteria,
    DateTime? MajorReportSentAtUtc,
    string? MajorReportSentBy,
    int Version,
    bool CallerIsHandler,
    IReadOnlyList<CaseAction> AllowedActions,
    IReadOnlyList<CaseOutcome> Outcomes,
    IReadOnlyList<CaseAssignmentView> Assignments,
    IReadOnlyList<CaseDeadlineView> Deadlines,
    IReadOnlyList<CaseTransitionView> Transitions,
    IReadOnlyList<CaseEvidenceView> Evidence,
    IReadOnlyList<CaseNoticeView> Notices);

internal sealed class GetCaseHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock)
{
    public async Task<CaseDetail?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var c = await CaseQueries.LoadAsync(db, scope, id, tracking: false, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var today = CaseSaving.Today(clock);
        return new CaseDetail(
            c.Id, c.Number, c.Kind, c.Channel, c.State, c.Respondent, c.Place, c.Description, c.ReceivedAtUtc, c.ReceivedBy,
            c.IsAnonymous, c.MaskedContact, c.ConsentToContact, c.NotAcceptedReason, c.Outcome, c.Result, c.Measures, c.Penalties,
            c.FineAmount, c.PublicOutcome, c.IsMajor, c.MajorCriteria, c.MajorReportSentAtUtc, c.MajorReportSentBy, c.Version,
            scope.IsHandler(c),
            [.. CaseWorkflow.AllowedActions(c.State)],
            CaseWorkflow.OutcomesFor(c.Kind),
            [.. c.Assignments.OrderByDescending(a => a.IsActive).ThenByDescending(a => a.IsLead).Select(a => new CaseAssignmentView(a.DepartmentCode, a.IsLead, a.IsActive, a.AssignedAtUtc, a.AcceptedAtUtc))],
            [.. c.Deadlines.OrderBy(d => d.StartDate).ThenBy(d => d.Stage).Select(d => new CaseDeadlineView(
                d.Stage, d.Amount, d.Unit, d.LegalBasis, d.StartDate, d.DueDate, d.ExtendedDueDate, d.ExtensionReason, d.ExtensionApprovedBy, d.CompletedOn, d.IsLate(today), d.MaxExtension))],
            [.. c.Transitions.OrderBy(t => t.AtUtc).Select(t => new CaseTransitionView(t.Action, t.From, t.To, t.Actor, t.AtUtc, t.Note))],
            [.. c.Evidence.Select(e => new CaseEvidenceView(e.Id, e.FileName, e.ContentType, e.Length))],
            NoticeQueries.Views(c));
    }
}

internal static class CaseQueries
{
    /// <summary>A case the caller may see, with its parts; null when it does not exist or is outside the caller's scope.</summary>
    public static Task<ProtectionCase?> LoadAsync(CountyIpDbContext db, CaseScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = scope.Filter(db.Set<ProtectionCase>())
            .Include(c => c.Transitions)
            .Include(c => c.Assignments)
            .Include(c => c.Deadlines)
            .Include(c => c.Evidence)
            .Include(c => c.Notices)
            .AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }
}
