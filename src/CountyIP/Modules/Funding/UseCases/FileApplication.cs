using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// An application's contents (<c>POST /api/funding/applications</c>, <c>PUT /api/funding/applications/{id}</c>): the
/// policy item, the rights claimed (by id: a patent, mark or standards project; a designation by its ledger key) or,
/// for an item without ledger rights, the quantity; and the account the money goes to. An Enterprise account applies
/// for its own enterprise; bureau staff name the enterprise they file for (walk-in).
/// </summary>
public sealed class FileApplicationCommand : IValidatableObject
{
    [Required]
    public Guid? PolicyItemId { get; set; }

    /// <summary>The enterprise staff file for; an Enterprise account's own is used whatever is sent.</summary>
    public Guid? EnterpriseId { get; set; }

    [MaxLength(50)]
    public List<string>? RightIds { get; set; }

    [Range(0.01, 1_000_000_000)]
    public decimal? Quantity { get; set; }

    [StringLength(FundingApplication.BankFieldMaxLength)]
    public string? BankAccountName { get; set; }

    [StringLength(FundingApplication.BankFieldMaxLength)]
    public string? BankName { get; set; }

    [StringLength(FundingApplication.BankFieldMaxLength)]
    public string? BankAccount { get; set; }

    /// <summary>On an update: the version read (a change by someone else in between is refused).</summary>
    public Guid? Version { get; set; }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (Quantity is { } quantity && !Money.IsFenExact(quantity))
        {
            yield return new ValidationResult(FundingText.Get("Error_MoreThanTwoDecimals"), [nameof(Quantity)]);
        }

        if (RightIds?.Any(string.IsNullOrWhiteSpace) == true)
        {
            yield return new ValidationResult(FundingText.Get("Error_EmptyRightId"), [nameof(RightIds)]);
        }
    }
}

/// <summary>
/// Files a draft application (issue 12 §3): the eligibility rules and the amount are checked now, so the enterprise
/// sees the amount and the rule that produced it before it submits; they are checked again on submission.
/// </summary>
internal sealed class FileApplicationHandler(CountyIpDbContext db, ApplicationScope scope, ApplicationEligibility eligibility, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<ApplicationCreated> HandleAsync(FileApplicationCommand command, CancellationToken cancellationToken)
    {
        var (enterpriseId, onBehalf) = scope.Actor switch
        {
            ApplicationActor.Enterprise => (scope.EnterpriseId ?? throw new BusinessRuleException("funding.no-enterprise", text["Error_AccountWithoutEnterprise"]), false),
            ApplicationActor.BureauStaff => (command.EnterpriseId ?? throw InputValidationException.For(nameof(command.EnterpriseId), text["Error_EnterpriseRequired"]), true),
            _ => throw new BusinessRuleException("funding.cannot-apply", text["Error_CannotApply"]),
        };
        var today = TimeDisplay.Today(clock);
        var contents = await eligibility.CheckAsync(enterpriseId, command.PolicyItemId!.Value, command.RightIds, command.Quantity, today, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new FundingApplication(enterpriseId, contents.Enterprise.Name, contents.Enterprise.UnitCode, contents.Policy, contents.Item, scope.UserName, onBehalf, now, contents.Enterprise.Industries);
        application.SetContents(contents.Rights, contents.Quantity, contents.Amount, command.BankAccountName, command.BankName, command.BankAccount, now);
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new ApplicationCreated(application.Id, application.Status, application.Amount);
    }
}

/// <summary>Changes a draft or returned application's contents (its enterprise, or staff for one they filed); checked and priced again.</summary>
internal sealed class UpdateApplicationHandler(CountyIpDbContext db, ApplicationScope scope, ApplicationEligibility eligibility, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<ApplicationView?> HandleAsync(Guid id, FileApplicationCommand command, CancellationToken cancellationToken)
    {
        if (await scope.Applications(db).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return null;
        }

        EditableRules.Check(application, scope, text);
        if (command.Version is { } read && read != application.Version)
        {
            throw new BusinessRuleException("funding.concurrency", text["Error_ChangedMeanwhile"]);
        }

        if (command.PolicyItemId != application.ItemId)
        {
            throw InputValidationException.For(nameof(command.PolicyItemId), text["Error_ItemCannotChange"]);
        }

        var today = TimeDisplay.Today(clock);
        var contents = await eligibility.CheckAsync(application.EnterpriseId, application.ItemId, command.RightIds, command.Quantity, today, application.Id, cancellationToken);
        application.SetContents(contents.Rights, contents.Quantity, contents.Amount, command.BankAccountName, command.BankName, command.BankAccount, clock.GetUtcNow().UtcDateTime);
        await ApplicationSaving.SaveAsync(db, text, cancellationToken);
        return ApplicationView.From(application, scope.Actor);
    }
}
