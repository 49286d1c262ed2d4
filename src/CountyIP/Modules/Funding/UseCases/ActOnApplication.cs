using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// A workflow step (<c>POST /api/funding/applications/{id}/actions</c>): <c>submit</c>, <c>withdraw</c>,
/// <c>town-approve</c>, <c>bureau-approve</c>, <c>approve</c>, <c>return</c>, <c>reject</c>, <c>dismiss-objection</c>,
/// <c>uphold-objection</c>. A return, a rejection and an upheld objection say why in <see cref="Note"/>.
/// </summary>
public sealed class ApplicationActionCommand : IValidatableObject
{
    [Required, StringLength(40)]
    public string? Action { get; set; }

    [StringLength(FundingApplication.NoteMaxLength)]
    public string? Note { get; set; }

    /// <summary>The version read, when the client has one: a change by someone else in between is refused.</summary>
    public Guid? Version { get; set; }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (Action is null)
        {
            yield break;
        }

        if (ApplicationWorkflow.Parse(Action) is not { } action)
        {
            yield return new ValidationResult(FundingText.Get("Error_UnknownAction"), [nameof(Action)]);
        }
        else if (ApplicationWorkflow.NeedsNote(action) && string.IsNullOrWhiteSpace(Note))
        {
            yield return new ValidationResult(FundingText.Get("Error_NoteRequired"), [nameof(Note)]);
        }
    }
}

/// <summary>
/// Takes one step of <see cref="ApplicationWorkflow"/> and everything it entails in the same transaction: a
/// submission checks eligibility again, prices the application again and claims its rights (the database refuses a
/// right already claimed under the item, also when two submissions race); a withdrawal or rejection frees them; the
/// bureau's review puts it on public notice for the configured working days (holiday calendar); the approval — after
/// the notice, with no objection pending, by someone other than the reviewer, by two different officers above the
/// threshold — commits the amount to the year's budget line, which must have it. Whoever must act next, or the
/// enterprise, is notified. A step not allowed now is a 409; two people acting at once: one wins, the other gets a 409.
/// </summary>
internal sealed class ActOnApplicationHandler(
    CountyIpDbContext db,
    ApplicationScope scope,
    ApplicationEligibility eligibility,
    AbnormalFilings abnormal,
    IWorkingDayCalendar calendar,
    INotifier notifier,
    ICurrentUser user,
    IOptions<FundingOptions> options,
    IStringLocalizer<FundingText> text,
    TimeProvider clock)
{
    public async Task<ApplicationView?> HandleAsync(Guid id, ApplicationActionCommand command, CancellationToken cancellationToken)
    {
        if (await scope.Applications(db).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return null;
        }

        var action = ApplicationWorkflow.Parse(command.Action)!.Value;
        if (command.Version is { } read && read != application.Version)
        {
            throw new BusinessRuleException("funding.concurrency", text["Error_ChangedMeanwhile"]);
        }

        if (scope.Actor is not { } actor || ApplicationWorkflow.Find(application.Status, action, actor) is not { } transition
            || (actor == ApplicationActor.BureauStaff && action is ApplicationAction.Submit && !application.OnBehalf)
            || (actor == ApplicationActor.BureauStaff && action is ApplicationAction.Withdraw && !application.OnBehalf))
        {
            throw new BusinessRuleException("funding.step-not-allowed", text["Error_StepNotAllowed", text[EnumNames.Key(action)], text[EnumNames.Key(application.Status)]]);
        }

        var today = TimeDisplay.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var next = transition.To;
        var note = command.Note?.Trim();
        switch (action)
        {
            case ApplicationAction.Submit:
                await SubmitAsync(application, today, now, cancellationToken);
                break;
            case ApplicationAction.TownApprove:
                await abnormal.EnsureNoneAsync(application.Rights, cancellationToken);
                break;
            case ApplicationAction.BureauApprove:
                await abnormal.EnsureNoneAsync(application.Rights, cancellationToken);
                application.PutOnNotice(scope.UserName, today, calendar.AddWorkingDays(today, options.Value.NoticeWorkingDays));
                break;
            case ApplicationAction.Approve:
                next = await ApproveAsync(application, today, now, cancellationToken);
                break;
            case ApplicationAction.DismissObjection or ApplicationAction.UpholdObjection when !application.ObjectionPending:
                throw new BusinessRuleException("funding.no-objection", text["Error_NoObjection"]);
        }

        if (next is ApplicationStatus.Withdrawn or ApplicationStatus.Rejected)
        {
            // The rights are free to be claimed again (issue 12 §4: the claim belongs to a live application).
            db.RemoveRange(await db.Set<RightClaim>().Where(c => c.ApplicationId == application.Id).ToListAsync(cancellationToken));
        }

        application.Apply(action, next, scope.UserName, note, today, now);
        await NotifyAsync(application, action, next, note, cancellationToken);
        try
        {
            await ApplicationSaving.SaveAsync(db, text, cancellationToken);
        }
        catch (DbUpdateException) when (action == ApplicationAction.Submit)
        {
            // The unique claim key: another application claimed one of these rights between the check and the save.
            throw new BusinessRuleException("funding.right-claimed", text["Error_RightClaimedMeanwhile"]);
        }

        return ApplicationView.From(application, scope.Actor);
    }

    private async Task SubmitAsync(FundingApplication application, DateOnly today, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(application.BankAccountName) || string.IsNullOrWhiteSpace(application.BankName) || string.IsNullOrWhiteSpace(application.BankAccount))
        {
            throw new BusinessRuleException("funding.bank-account-required", text["Error_BankAccountRequired"]);
        }

        if (application.EvidenceRequired && application.Attachments.Count == 0)
        {
            throw new BusinessRuleException("funding.evidence-required", text["Error_EvidenceRequired"]);
        }

        var contents = await eligibility.CheckAsync(application.EnterpriseId, application.ItemId, [.. application.Rights.Select(r => r.Key)], application.Quantity, today, application.Id, ct);
        application.SetContents(contents.Rights, contents.Quantity, contents.Amount, application.BankAccountName, application.BankName, application.BankAccount, now);
        // A returned application resubmitted keeps the claims of the rights it still cites and frees the others.
        var keys = application.ClaimKeys.ToHashSet(StringComparer.Ordinal);
        var existing = await db.Set<RightClaim>().Where(c => c.ApplicationId == application.Id).ToListAsync(ct);
        db.RemoveRange(existing.Where(c => !keys.Contains(c.Key)));
        foreach (var key in keys.Except(existing.Select(c => c.Key)))
        {
            db.Add(new RightClaim(key, application.Id));
        }
    }

    private async Task<ApplicationStatus> ApproveAsync(FundingApplication application, DateOnly today, DateTime now, CancellationToken ct)
    {
        // A notice of abnormal filings may arrive while the application is on public notice.
        await abnormal.EnsureNoneAsync(application.Rights, ct);
        if (application.ObjectionPending)
        {
            throw new BusinessRuleException("funding.objection-pending", text["Error_ObjectionPending"]);
        }

        if (application.NoticeEndsOn is { } ends && today <= ends)
        {
            throw new BusinessRuleException("funding.notice-running", text["Error_NoticeRunning", Money.Date(ends)]);
        }

        var approver = scope.UserName;
        if (string.Equals(approver, application.BureauReviewedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("funding.reviewer-approves", text["Error_ReviewerApproves"]);
        }

        if (string.Equals(approver, application.FirstApprovedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("funding.same-approver", text["Error_SameApproverTwice"]);
        }

        if (application.Status == ApplicationStatus.InNotice && application.Amount > options.Value.SecondApprovalAbove)
        {
            return ApplicationStatus.AwaitingSecondApproval;
        }

        // The money: the year's approved line must still hold the amount; the fiscal year's version stamp makes two
        // approvals racing for the last money one success and one 409 (ApplicationSaving).
        var year = application.Year;
        if (await db.Set<FiscalYear>().FirstOrDefaultAsync(y => y.Year == year, ct) is not { ApprovedSpecialFundAppropriation: not null } fiscal)
        {
            throw new BusinessRuleException("funding.no-approved-budget", text["Error_NoApprovedBudget", year]);
        }

        var line = fiscal.Line(application.Line);
        if (application.Amount > line.Remaining)
        {
            throw new BusinessRuleException("funding.budget-exceeded", text["Error_BudgetExceeded",
                text[EnumNames.Key(application.Line)], year, Money.Format(line.Remaining), Money.Format(application.Amount)]);
        }

        fiscal.Commit(application.Line, application.Amount, now);
        return ApplicationStatus.Approved;
    }

    private async Task NotifyAsync(FundingApplication application, ApplicationAction action, ApplicationStatus next, string? note, CancellationToken ct)
    {
        var link = FundingNotifications.Link(application);
        var (recipients, kind, extra) = (action, next) switch
        {
            (ApplicationAction.Submit, _) when application.UnitCode is { } unit =>
                (NotificationRecipients.Role(Roles.TownLiaison, unit), FundingNotifications.Submitted, null),
            (ApplicationAction.TownApprove, _) => (NotificationRecipients.Role(Roles.BureauStaff), FundingNotifications.TownApproved, null),
            (ApplicationAction.BureauApprove, _) => (FundingNotifications.Enterprise(application), FundingNotifications.OnNotice, Money.Date(application.NoticeEndsOn!.Value)),
            (ApplicationAction.Approve, ApplicationStatus.AwaitingSecondApproval) => (NotificationRecipients.Role(Roles.BureauStaff), FundingNotifications.SecondApproval, null),
            (ApplicationAction.Approve, _) => (FundingNotifications.Enterprise(application), FundingNotifications.Approved, null),
            (ApplicationAction.Return, _) => (FundingNotifications.Enterprise(application), FundingNotifications.Returned, note),
            (ApplicationAction.Reject or ApplicationAction.UpholdObjection, _) => (FundingNotifications.Enterprise(application), FundingNotifications.Rejected, note),
            _ => ((NotificationRecipients?)null, (NotificationKind?)null, (string?)null),
        };
        if (recipients is not null && kind is not null)
        {
            await notifier.NotifyAsync(recipients.Except(user.UserId), kind, FundingNotifications.Arguments(application, extra), link, ct);
        }
    }
}
