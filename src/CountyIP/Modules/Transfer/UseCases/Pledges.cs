using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>
/// A pledge loan (<c>POST /api/transfer/pledges</c> {pledgorId, bankCode, patentIds, trademarkIds, amount, startDate,
/// endDate, valuation, registrationNumber}).
/// </summary>
public sealed class PledgeInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(TransferText));

    [Required]
    public Guid? PledgorId { get; set; }

    [Required, StringLength(64)]
    public string? BankCode { get; set; }

    public List<Guid>? PatentIds { get; set; }

    public List<Guid>? TrademarkIds { get; set; }

    [Required, Range(0.01, 999_999_999_999.99)]
    public decimal? Amount { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Valuation { get; set; }

    [Required]
    public DateOnly? StartDate { get; set; }

    [Required]
    public DateOnly? EndDate { get; set; }

    [StringLength(Pledge.RegistrationNumberMaxLength)]
    public string? RegistrationNumber { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            yield return new ValidationResult(Messages.GetString("Error_EndBeforeStart", CultureInfo.CurrentUICulture), [nameof(EndDate)]);
        }

        if ((PatentIds?.Count ?? 0) + (TrademarkIds?.Count ?? 0) == 0)
        {
            yield return new ValidationResult(Messages.GetString("Error_NoRights", CultureInfo.CurrentUICulture), [nameof(PatentIds)]);
        }

        foreach (var (value, name) in new[] { (Amount, nameof(Amount)), (Valuation, nameof(Valuation)) })
        {
            if (value is { } v && decimal.Round(v, 2) != v)
            {
                yield return new ValidationResult(Messages.GetString("Error_TwoDecimals", CultureInfo.CurrentUICulture), [name]);
            }
        }
    }
}

public sealed class ReleaseInput
{
    public DateOnly? On { get; set; }
}

public sealed record PledgeView(
    Guid Id, Guid PledgorId, string PledgorName, string BankCode, string BankName, [property: Money] decimal Amount, [property: Money] decimal? Valuation, DateOnly StartDate, DateOnly EndDate,
    string? RegistrationNumber, PledgeState State, DateOnly? ReleasedOn, string? StatusAlert, IReadOnlyList<RightView> Rights, Guid Version);

/// <summary>
/// Pledge financing (质押融资, issue 16 §3). Recording runs the pre-checks: the bank is one the bureau lists; each right
/// is owned by the pledgor and in force on the first day (<c>right.not-owned</c>, <c>right.not-in-force</c>); a right
/// in an active pledge is refused until that one is released (<c>pledge.already-pledged</c>, 《专利权质押登记办法》); and
/// no right may end before the loan does (<c>pledge.outlasts-right</c>). Two pledges of one right at the same moment
/// give one pledge (<see cref="TransferSave.OnRightsAsync"/>).
/// </summary>
internal sealed class PledgeHandler(
    CountyIpDbContext db, RightChecks checks, IEnterpriseRegistry enterprises, BankDirectory banks, TransferScope scope, IStringLocalizer<TransferText> text, TimeProvider clock)
{
    public async Task<PledgeView> CreateAsync(PledgeInput input, CancellationToken cancellationToken)
    {
        if (!scope.ActsFor(input.PledgorId!.Value))
        {
            throw InputValidationException.For(nameof(PledgeInput.PledgorId), text["Error_OwnEnterpriseOnly"]);
        }

        var pledgor = await enterprises.FindAsync(input.PledgorId!.Value, cancellationToken)
            ?? throw InputValidationException.For(nameof(PledgeInput.PledgorId), text["Error_UnknownEnterprise"]);
        var bankCode = input.BankCode!.Trim();
        if ((await banks.ListAsync(cancellationToken)).All(b => b.Code != bankCode))
        {
            throw InputValidationException.For(nameof(PledgeInput.BankCode), text["Error_UnknownBank", bankCode]);
        }

        var keys = (input.PatentIds ?? []).Select(ContractRight.PatentKey).Concat((input.TrademarkIds ?? []).Select(ContractRight.TrademarkKey)).Distinct().ToList();
        var names = await banks.NamesAsync(cancellationToken);
        return await TransferSave.OnRightsAsync(db, keys, async () =>
        {
            var start = input.StartDate!.Value;
            var rights = await checks.ResolveAsync(input.PatentIds, input.TrademarkIds, pledgor.Id, start, cancellationToken);
            checks.RequireOwned(rights, pledgor.Name);
            checks.RequireInForce(rights, start);
            var pledged = await db.Set<Pledge>().AsNoTracking()
                .Where(p => p.State == PledgeState.Active && p.Rights.Any(r => keys.Contains(r.Key)))
                .Select(p => new { p.PledgorName, p.BankCode, p.StartDate, Numbers = p.Rights.Where(r => keys.Contains(r.Key)).Select(r => r.Number).ToList() })
                .FirstOrDefaultAsync(cancellationToken);
            if (pledged is not null)
            {
                throw new BusinessRuleException("pledge.already-pledged", text["Rule_AlreadyPledged", pledged.Numbers[0], names.GetValueOrDefault(pledged.BankCode, pledged.BankCode), RightChecks.Day(pledged.StartDate)]);
            }

            if (await checks.FirstEndAsync(keys, pledgor.Id, input.EndDate!.Value, cancellationToken) is { } first)
            {
                throw new BusinessRuleException("pledge.outlasts-right", text["Rule_PledgeOutlastsRight", first.Number, RightChecks.Day(first.EndsOn)]);
            }

            var pledge = new Pledge(pledgor.Id, pledgor.Name, bankCode, input.Amount!.Value, input.Valuation, start, input.EndDate!.Value, input.RegistrationNumber,
                rights.Select(r => r.ToContract()), scope.UserName, clock.GetUtcNow().UtcDateTime);
            db.Add(pledge);
            return View(pledge, names);
        }, text, cancellationToken);
    }

    public async Task<PledgeView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Scoped().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } p ? View(p, await banks.NamesAsync(cancellationToken)) : null;

    public async Task<PagedResult<PledgeView>> ListAsync(PledgeState? state, int? year, string? bankCode, bool? alert, int page, int pageSize, CancellationToken cancellationToken)
    {
        var pledges = Scoped();
        if (alert == true)
        {
            pledges = pledges.Where(p => p.StatusAlert != null && p.State == PledgeState.Active);
        }

        if (state is { } s)
        {
            pledges = pledges.Where(p => p.State == s);
        }

        if (year is { } y)
        {
            pledges = pledges.Where(p => p.StartDate >= new DateOnly(y, 1, 1) && p.StartDate <= new DateOnly(y, 12, 31));
        }

        if (!string.IsNullOrWhiteSpace(bankCode))
        {
            pledges = pledges.Where(p => p.BankCode == bankCode);
        }

        var names = await banks.NamesAsync(cancellationToken);
        return await Paging.PageAsync(pledges.OrderByDescending(p => p.StartDate).ThenBy(p => p.Id), page, pageSize, p => View(p, names), cancellationToken);
    }

    /// <summary>The loan is repaid: the rights are free for another pledge from the day after.</summary>
    public async Task<PledgeView?> ReleaseAsync(Guid id, ReleaseInput input, CancellationToken cancellationToken)
    {
        if (await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } pledge)
        {
            return null;
        }

        if (pledge.State == PledgeState.Released)
        {
            throw new BusinessRuleException("pledge.released", text["Rule_PledgeReleased"]);
        }

        pledge.Release(input.On ?? TimeDisplay.Today(clock), clock.GetUtcNow().UtcDateTime);
        await TransferSave.SaveAsync(db, text, cancellationToken);
        return View(pledge, await banks.NamesAsync(cancellationToken));
    }

    private static PledgeView View(Pledge p, IReadOnlyDictionary<string, string> bankNames) => new(
        p.Id, p.PledgorId, p.PledgorName, p.BankCode, bankNames.GetValueOrDefault(p.BankCode, p.BankCode), p.Amount, p.Valuation, p.StartDate, p.EndDate,
        p.RegistrationNumber, p.State, p.ReleasedOn, p.StatusAlert, [.. p.Rights.Select(r => new RightView(r.Key, r.Kind, r.RightId, r.Number, r.Title))], p.Version);

    private IQueryable<Pledge> Scoped()
    {
        var pledges = db.Set<Pledge>().AsNoTracking();
        return scope.OwnEnterprise is { } own ? pledges.Where(p => p.PledgorId == own) : pledges;
    }
}
