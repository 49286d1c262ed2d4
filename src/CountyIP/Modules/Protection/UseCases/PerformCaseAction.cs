using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// One step of the case workflow. <see cref="ExpectedVersion"/> is the version the officer's page showed; when given
/// and stale, the step is refused (409) like a lost race.
/// </summary>
public sealed record PerformCaseActionCommand(
    Guid CaseId,
    CaseAction Action,
    string? Note,
    int? ExpectedVersion = null,
    IReadOnlyList<string>? Departments = null,
    CaseOutcome? Outcome = null,
    string? Result = null,
    string? Measures = null,
    string? Penalties = null,
    decimal? FineAmount = null,
    string? PublicOutcome = null);

internal sealed class PerformCaseActionHandler(
    CountyIpDbContext db,
    CaseScope scope,
    DeadlinePolicyLoader policies,
    TimeProvider clock,
    NoticeIssuer notices,
    IFileStore files,
    IReferenceDirectory directory,
    IStringLocalizer<ProtectionText> text)
{
    /// <summary>Steps a department liaison may take on a case assigned to their department; the rest are the bureau's.</summary>
    private static readonly HashSet<CaseAction> DepartmentActions =
        [CaseAction.DepartmentAccept, CaseAction.StartHandling, CaseAction.Conclude, CaseAction.ReturnForInformation];

    /// <summary>Null when the case is not found in the caller's scope.</summary>
    public async Task<int?> HandleAsync(PerformCaseActionCommand command, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, command.CaseId, tracking: true, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        if (command.ExpectedVersion is { } expected && expected != @case.Version)
        {
            throw new BusinessRuleException("protection.concurrent-change", text["Error_ConcurrentChange"]);
        }

        if (!scope.IsBureau && !DepartmentActions.Contains(command.Action))
        {
            throw new BusinessRuleException("protection.bureau-only", text["Error_BureauOnly"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = CaseSaving.Today(clock);
        var actor = scope.Actor;
        var policy = await policies.LoadAsync(cancellationToken);
        var departments = command.Departments ?? [];
        if (command.Action is CaseAction.Assign or CaseAction.Transfer)
        {
            await RequireActiveDepartmentsAsync(departments, cancellationToken);
        }

        switch (command.Action)
        {
            case CaseAction.StartReview: @case.StartReview(actor, now, command.Note); break;
            case CaseAction.ReturnForInformation: @case.ReturnForInformation(actor, now, today, command.Note ?? string.Empty); break;
            case CaseAction.SupplyInformation: @case.SupplyInformation(actor, now, today, command.Note, policy); break;
            case CaseAction.Accept: @case.Accept(actor, now, today, command.Note); break;
            case CaseAction.Reject: @case.Reject(actor, now, today, command.Note ?? string.Empty, policy); break;
            case CaseAction.Assign: @case.Assign(departments, actor, now, today, command.Note, policy); break;
            case CaseAction.DepartmentAccept:
                // The bureau may record the receipt on the lead department's behalf (a paper receipt).
                @case.DepartmentAccept(scope.Department ?? @case.LeadDepartmentCode ?? string.Empty, actor, now, today, command.Note, policy);
                break;
            case CaseAction.StartHandling: @case.StartHandling(actor, now, command.Note); break;
            case CaseAction.Transfer: @case.Transfer(departments, actor, now, today, command.Note ?? string.Empty, policy); break;
            case CaseAction.Conclude:
                @case.Conclude(
                    command.Outcome ?? throw new BusinessRuleException("protection.outcome-required", text["Error_OutcomeRequired"]),
                    command.Result ?? string.Empty,
                    command.Measures,
                    command.Penalties,
                    command.FineAmount,
                    command.PublicOutcome ?? string.Empty,
                    actor,
                    now,
                    today,
                    policy);
                break;
            case CaseAction.InformComplainant: @case.InformComplainant(actor, now, today, command.Note); break;
            case CaseAction.Close: @case.Close(actor, now, command.Note); break;
            default: throw new BusinessRuleException("protection.transition-not-allowed", text["Error_TransitionNotAllowed"]);
        }

        var noticeKey = await notices.IssueAsync(@case, command.Action, actor, now, today, cancellationToken);
        try
        {
            await CaseSaving.SaveAsync(db, text, cancellationToken);
        }
        catch when (noticeKey is not null)
        {
            files.Delete(noticeKey);
            throw;
        }

        return @case.Version;
    }

    /// <summary>
    /// A case is handed only to a department the district has (source 三(四): cases go to the competent department);
    /// a mistyped or retired code would leave it with no liaison to see it.
    /// </summary>
    private async Task RequireActiveDepartmentsAsync(IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        var active = (await directory.ListDepartmentsAsync(activeOnly: true, cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        if (departments.FirstOrDefault(d => !active.Contains(d)) is { } unknown)
        {
            throw new BusinessRuleException("protection.department-unknown", text["Error_DepartmentUnknown", unknown]);
        }
    }
}
