using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// A policy version's contents as drafted (<c>POST /api/funding/policies</c>; <see cref="RevisePolicyCommand"/> for a
/// change): the name and document number (文号), the dates it is in force (open-ended without an end), and its items.
/// The shape is checked here (ADR 0018); a draft may have no items yet — publishing needs one.
/// </summary>
public class DraftPolicyCommand : IValidatableObject
{
    public const int MaxItems = 100;

    [Required, StringLength(RewardPolicy.NameMaxLength)]
    public string? Name { get; set; }

    [Required, StringLength(RewardPolicy.DocumentNumberMaxLength)]
    public string? DocumentNumber { get; set; }

    [Required]
    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    [MaxLength(MaxItems)]
    public List<PolicyItemInput>? Items { get; set; }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (EffectiveTo < EffectiveFrom)
        {
            yield return new ValidationResult(FundingText.Get("Error_EffectiveToBeforeFrom"), [nameof(EffectiveTo)]);
        }

        var items = Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var code = items[i].Code?.Trim();
            if (!string.IsNullOrEmpty(code) && items.Take(i).Any(other => string.Equals(other.Code?.Trim(), code, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new ValidationResult(FundingText.Get("Error_ItemCodeTwice", code), [$"{nameof(Items)}[{i}].{nameof(PolicyItemInput.Code)}"]);
            }
        }
    }

    /// <summary>The items as the domain takes them (multipliers default to 1).</summary>
    internal IEnumerable<PolicyItem> ToItems() => (Items ?? []).Select(i => i.ToItem());
}

/// <summary>
/// One item of a policy: a short code kept across versions (a right is claimed once per code), what it rewards, the
/// amount in yuan (fixed, or per unit: per patent, per yuan of interest, per person-time…), the caps, the factors for a
/// service invention (职务发明) and a foreign or PCT filing, and the budget line it is charged to.
/// </summary>
public sealed class PolicyItemInput : IValidatableObject
{
    public const double MaxAmount = FiscalYear.MaxAmount;

    [Required, StringLength(PolicyItem.CodeMaxLength), RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    public string? Code { get; set; }

    [Required, StringLength(PolicyItem.NameMaxLength)]
    public string? Name { get; set; }

    [Required]
    public AchievementKind? Kind { get; set; }

    [Required]
    public AmountMode? Mode { get; set; }

    [Required, Range(0.01, MaxAmount)]
    public decimal? Amount { get; set; }

    [Range(0.01, MaxAmount)]
    public decimal? PerApplicationCap { get; set; }

    [Range(0.01, MaxAmount)]
    public decimal? PerEnterpriseYearCap { get; set; }

    /// <summary>1 (none) to 10, two decimals at most; 1 when not given.</summary>
    [Range(1d, 10d)]
    public decimal? ServiceInventionMultiplier { get; set; }

    /// <summary>1 (none) to 10, two decimals at most; 1 when not given.</summary>
    [Range(1d, 10d)]
    public decimal? ForeignMultiplier { get; set; }

    [Required]
    public BudgetUse? Line { get; set; }

    /// <summary>Applications under the item are submitted only with evidence attached (a certificate, an invoice…).</summary>
    public bool RequiresEvidence { get; set; }

    /// <summary>The rules across fields: fen-exact amounts and factors (issue 12 §4), caps not below the amount.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        foreach (var (field, value) in new[]
        {
            (nameof(Amount), Amount), (nameof(PerApplicationCap), PerApplicationCap), (nameof(PerEnterpriseYearCap), PerEnterpriseYearCap),
            (nameof(ServiceInventionMultiplier), ServiceInventionMultiplier), (nameof(ForeignMultiplier), ForeignMultiplier),
        })
        {
            if (value is { } v && !Money.IsFenExact(v))
            {
                yield return new ValidationResult(FundingText.Get("Error_MoreThanTwoDecimals"), [field]);
            }
        }

        foreach (var (field, cap) in new[] { (nameof(PerApplicationCap), PerApplicationCap), (nameof(PerEnterpriseYearCap), PerEnterpriseYearCap) })
        {
            if (cap is { } c && Amount is { } amount && c < amount)
            {
                yield return new ValidationResult(FundingText.Get("Error_CapBelowAmount", Money.Format(amount)), [field]);
            }
        }
    }

    /// <summary>A row of a form left empty (the page offers blank rows and drops them).</summary>
    internal bool IsBlank() =>
        string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name) && Amount is null && PerApplicationCap is null && PerEnterpriseYearCap is null;

    internal PolicyItem ToItem() => new(
        Code!, Name!, Kind!.Value, Mode!.Value, Amount!.Value, PerApplicationCap, PerEnterpriseYearCap,
        ServiceInventionMultiplier ?? 1m, ForeignMultiplier ?? 1m, Line!.Value, RequiresEvidence);

    /// <summary>An item as a form starts from it: amounts with two decimals (5000.00, not the 5000.0 a database may give back), factors without trailing zeros.</summary>
    internal static PolicyItemInput From(PolicyItemView item) => new()
    {
        Code = item.Code,
        Name = item.Name,
        Kind = item.Kind,
        Mode = item.Mode,
        Amount = Fen(item.Amount),
        PerApplicationCap = item.PerApplicationCap is { } perApplication ? Fen(perApplication) : null,
        PerEnterpriseYearCap = item.PerEnterpriseYearCap is { } perYear ? Fen(perYear) : null,
        ServiceInventionMultiplier = item.ServiceInventionMultiplier / 1.00000000m,
        ForeignMultiplier = item.ForeignMultiplier / 1.00000000m,
        Line = item.Line,
        RequiresEvidence = item.RequiresEvidence,
    };

    private static decimal Fen(decimal amount) => decimal.Round(amount, 2) + 0.00m;
}

/// <summary>
/// Drafts the first version of a new policy series (issue 12 §2). One officer drafts and publishes; both are recorded.
/// One handler, one save with its audit record (rule 4).
/// </summary>
internal sealed class DraftPolicyHandler(CountyIpDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<PolicyCreated> HandleAsync(DraftPolicyCommand command, CancellationToken cancellationToken)
    {
        var policy = new RewardPolicy(command.Name!, command.DocumentNumber!, command.EffectiveFrom!.Value, command.EffectiveTo, command.ToItems(),
            user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return new PolicyCreated(policy.Id);
    }
}
