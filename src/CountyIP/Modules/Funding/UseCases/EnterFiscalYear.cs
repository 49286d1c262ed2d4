using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// A fiscal year's figures as entered (<c>PUT /api/funding/years/{year}</c> and the year's form). Amounts in CNY with
/// at most two decimals (fen); the lines, when given, split the appropriation by use and must add up to it exactly;
/// without lines (or with every line at 0) the whole appropriation stands on <see cref="BudgetUse.Other"/> until it is split.
/// </summary>
public sealed class EnterFiscalYearCommand : IValidatableObject
{
    [Required, Range(0, FiscalYear.MaxAmount)]
    public decimal? GeneralBudgetExpenditure { get; set; }

    [Required, Range(0, FiscalYear.MaxAmount)]
    public decimal? SpecialFundAppropriation { get; set; }

    [StringLength(FiscalYear.SourceDocumentMaxLength)]
    public string? SourceDocument { get; set; }

    public List<BudgetLineInput>? Lines { get; set; }

    /// <summary>The rules across fields: fen-exact amounts, the fund inside the budget, lines adding up (issue 12 §1, §4).</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        foreach (var (field, amount) in new[] { (nameof(GeneralBudgetExpenditure), GeneralBudgetExpenditure), (nameof(SpecialFundAppropriation), SpecialFundAppropriation) })
        {
            if (amount is { } value && !Money.IsFenExact(value))
            {
                yield return new ValidationResult(FundingText.Get("Error_MoreThanTwoDecimals"), [field]);
            }
        }

        if (SpecialFundAppropriation > GeneralBudgetExpenditure)
        {
            yield return new ValidationResult(FundingText.Get("Error_FundAboveExpenditure"), [nameof(SpecialFundAppropriation)]);
        }

        if (Lines is not { Count: > 0 } lines)
        {
            yield break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Amount is { } amount && !Money.IsFenExact(amount))
            {
                yield return new ValidationResult(FundingText.Get("Error_MoreThanTwoDecimals"), [$"{nameof(Lines)}[{i}].{nameof(BudgetLineInput.Amount)}"]);
            }

            if (lines.Take(i).Any(l => l.Use == lines[i].Use))
            {
                yield return new ValidationResult(FundingText.Get("Error_UseTwice"), [$"{nameof(Lines)}[{i}].{nameof(BudgetLineInput.Use)}"]);
            }
        }

        var sum = lines.Sum(l => l.Amount ?? 0m);
        if (IsSplit && SpecialFundAppropriation is { } appropriation && sum != appropriation)
        {
            yield return new ValidationResult(FundingText.Get("Error_LinesDoNotAddUp", Money.Format(sum), Money.Format(appropriation)), [nameof(Lines)]);
        }
    }

    /// <summary>Whether the lines split the appropriation: at least one holds money (a form's lines all at 0 do not).</summary>
    private bool IsSplit => Lines?.Any(l => l.Amount is > 0m) == true;

    /// <summary>The appropriation by use, as the domain takes it.</summary>
    internal IReadOnlyDictionary<BudgetUse, decimal> ByUse() =>
        IsSplit
            ? Lines!.Where(l => l.Use is not null).ToDictionary(l => l.Use!.Value, l => l.Amount ?? 0m)
            : new Dictionary<BudgetUse, decimal> { [BudgetUse.Other] = SpecialFundAppropriation!.Value };
}

/// <summary>One use's share of the appropriation.</summary>
public sealed class BudgetLineInput
{
    [Required]
    public BudgetUse? Use { get; set; }

    [Required, Range(0, FiscalYear.MaxAmount)]
    public decimal? Amount { get; set; }
}

/// <summary>
/// Records the proposal of a year (new or a correction) and leaves it waiting for a second officer. One handler, one
/// save (rule 4); the audit record goes with the save. Two officers entering the same year at once: the version stamp
/// makes the second save fail with 409 instead of silently overwriting the first.
/// </summary>
internal sealed class EnterFiscalYearHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<FiscalYearView> HandleAsync(int year, EnterFiscalYearCommand command, CancellationToken cancellationToken)
    {
        FiscalYears.CheckYear(year, text);
        var record = await db.Set<FiscalYear>().FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (record is null)
        {
            record = new FiscalYear(year);
            db.Add(record);
        }

        record.Enter(command.GeneralBudgetExpenditure!.Value, command.SpecialFundAppropriation!.Value, command.SourceDocument, command.ByUse(),
            user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return FiscalYearView.From(record);
    }
}
