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
/// A licence contract to file (<c>POST /api/transfer/licences</c> {licensorId, licenseeName, patentIds, kind,
/// territory, startDate, endDate, signedOn, royalty}); startDate is the contract's effective date.
/// </summary>
public sealed class LicenceInput : IValidatableObject
{
    internal static readonly System.Resources.ResourceManager Messages = new(typeof(TransferText));

    [Required]
    public Guid? LicensorId { get; set; }

    /// <summary>The licensee when it is a registered enterprise; its name is then taken from the registry.</summary>
    public Guid? LicenseeId { get; set; }

    [StringLength(LicenceContract.NameMaxLength)]
    public string? LicenseeName { get; set; }

    [Required, MinLength(1)]
    public List<Guid>? PatentIds { get; set; }

    [Required]
    public LicenceKind? Kind { get; set; }

    [StringLength(LicenceContract.TerritoryMaxLength)]
    public string? Territory { get; set; }

    [Required]
    public DateOnly? StartDate { get; set; }

    [Required]
    public DateOnly? EndDate { get; set; }

    [Required]
    public DateOnly? SignedOn { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Royalty { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            yield return new ValidationResult(Messages.GetString("Error_EndBeforeStart", CultureInfo.CurrentUICulture), [nameof(EndDate)]);
        }

        if (LicenseeId is null && string.IsNullOrWhiteSpace(LicenseeName))
        {
            yield return new ValidationResult(Messages.GetString("Error_LicenseeRequired", CultureInfo.CurrentUICulture), [nameof(LicenseeName)]);
        }

        if (Royalty is { } r && decimal.Round(r, 2) != r)
        {
            yield return new ValidationResult(Messages.GetString("Error_TwoDecimals", CultureInfo.CurrentUICulture), [nameof(Royalty)]);
        }
    }
}

/// <summary>The bureau's filing of a submitted licence: the filing number (generated when left empty) and the day.</summary>
public sealed class LicenceFilingInput
{
    [StringLength(LicenceContract.FilingNumberMaxLength)]
    public string? FilingNumber { get; set; }

    public DateOnly? FiledOn { get; set; }
}

/// <summary>
/// A change of a licence filing (<c>POST /api/transfer/licences/{id}/change</c>): the new agreed end (later = 延期), the
/// territory, royalty and licensee name as they now stand (left empty: unchanged), the day it takes effect and a note
/// naming the supplementary agreement.
/// </summary>
public sealed class LicenceChangeInput : IValidatableObject
{
    public DateOnly? EndDate { get; set; }

    [StringLength(LicenceContract.TerritoryMaxLength)]
    public string? Territory { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Royalty { get; set; }

    [StringLength(LicenceContract.NameMaxLength)]
    public string? LicenseeName { get; set; }

    public DateOnly? On { get; set; }

    [Required, StringLength(LicenceContract.NoteMaxLength)]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Royalty is { } r && decimal.Round(r, 2) != r)
        {
            yield return new ValidationResult(LicenceInput.Messages.GetString("Error_TwoDecimals", CultureInfo.CurrentUICulture), [nameof(Royalty)]);
        }
    }
}

public sealed class CancelInput
{
    [Required, StringLength(LicenceContract.NoteMaxLength)]
    public string? Reason { get; set; }

    public DateOnly? On { get; set; }
}

/// <summary>A check that passed with a remark (the term cut at a patent's end, a filing past its 3 months).</summary>
public sealed record CheckWarning(string Code, string Message);

public sealed record RightView(string Key, RightKind Kind, Guid RightId, string Number, string Title);

/// <summary>One recorded change of a licence filing, with the values before and after.</summary>
public sealed record LicenceChangeView(
    DateOnly On, LicenceChangeKind Kind, DateOnly OldEndDate, DateOnly NewEndDate, string OldTerritory, string NewTerritory,
    [property: Money] decimal? OldRoyalty, [property: Money] decimal? NewRoyalty, string OldLicenseeName, string NewLicenseeName, string Note, string RecordedBy);

public sealed record LicenceView(
    Guid Id, Guid LicensorId, string LicensorName, Guid? LicenseeId, string LicenseeName, LicenceKind Kind, string Territory,
    DateOnly StartDate, DateOnly RequestedEndDate, DateOnly EndDate, DateOnly SignedOn, [property: Money] decimal? Royalty, LicenceState State,
    string? FilingNumber, DateOnly? FiledOn, bool FiledLate, DateOnly FilingDueOn, DateOnly? CancelledOn, string? CancelReason, string? StatusAlert,
    IReadOnlyList<RightView> Patents, IReadOnlyList<CheckWarning> Warnings, IReadOnlyList<LicenceChangeView> Changes, Guid Version)
{
    internal static LicenceView From(LicenceContract l, IReadOnlyList<CheckWarning>? warnings = null) => new(
        l.Id, l.LicensorId, l.LicensorName, l.LicenseeId, l.LicenseeName, l.Kind, l.Territory, l.StartDate, l.RequestedEndDate, l.EndDate, l.SignedOn, l.Royalty,
        l.State, l.FilingNumber, l.FiledOn, l.FiledLate, l.FilingDueOn, l.CancelledOn, l.CancelReason, l.StatusAlert,
        [.. l.Rights.Select(r => new RightView(r.Key, r.Kind, r.RightId, r.Number, r.Title))], warnings ?? [],
        [.. l.Changes.OrderBy(c => c.RecordedUtc).Select(c => new LicenceChangeView(
            c.On, c.Kind, c.OldEndDate, c.NewEndDate, c.OldTerritory, c.NewTerritory, c.OldRoyalty, c.NewRoyalty, c.OldLicenseeName, c.NewLicenseeName, c.Note, c.RecordedBy))],
        l.Version);
}

/// <summary>
/// Licence-contract filing (专利实施许可合同备案, issue 16 §2). Submitting runs the pre-checks, each a named rule:
/// the licensor holds every patent on the effective date (<c>right.not-owned</c>), each is in force then
/// (<c>right.not-in-force</c>), the term is cut at the first patent's end with a warning (<c>licence.term-cut</c>), no
/// exclusive or sole licence overlaps another licence of the same patent, territory and time
/// (<c>licence.exclusive-overlap</c>), and a filing later than 3 months after the effective date is marked late
/// (<c>licence.filing-late</c>, 《专利实施许可合同备案办法》). The bureau then files it (a filing number) or it is cancelled.
/// </summary>
internal sealed class LicenceHandler(
    CountyIpDbContext db, RightChecks checks, IEnterpriseRegistry enterprises, TransferScope scope, IStringLocalizer<TransferText> text, TimeProvider clock)
{
    public async Task<LicenceView> CreateAsync(LicenceInput input, CancellationToken cancellationToken)
    {
        var licensor = await RequireEnterpriseAsync(input.LicensorId!.Value, nameof(LicenceInput.LicensorId), cancellationToken);
        var licenseeName = input.LicenseeName?.Trim();
        if (input.LicenseeId is { } licenseeId)
        {
            licenseeName = (await enterprises.FindAsync(licenseeId, cancellationToken))?.Name
                ?? throw InputValidationException.For(nameof(LicenceInput.LicenseeId), text["Error_UnknownEnterprise"]);
        }

        var keys = input.PatentIds!.Distinct().Select(ContractRight.PatentKey).ToList();
        return await TransferSave.OnRightsAsync(db, keys, async () =>
        {
            var start = input.StartDate!.Value;
            var rights = await checks.ResolveAsync(input.PatentIds, null, licensor.Id, start, cancellationToken);
            checks.RequireOwned(rights, licensor.Name);
            checks.RequireInForce(rights, start);
            var warnings = new List<CheckWarning>();
            var end = input.EndDate!.Value;
            if (await checks.FirstEndAsync(keys, licensor.Id, end, cancellationToken) is { } first)
            {
                end = first.EndsOn.AddDays(-1);
                warnings.Add(new CheckWarning("licence.term-cut", text["Warning_TermCut", first.Number, RightChecks.Day(first.EndsOn), RightChecks.Day(end)]));
            }

            var territory = LicenceContract.NormaliseTerritory(input.Territory);
            await RequireNoExclusiveOverlapAsync(keys, input.Kind!.Value, territory, start, end, cancellationToken);
            var licence = new LicenceContract(
                licensor.Id, licensor.Name, input.LicenseeId, licenseeName!, input.Kind!.Value, territory, start, input.EndDate!.Value, end, input.SignedOn!.Value,
                input.Royalty, rights.Select(r => r.ToContract()), scope.UserName, clock.GetUtcNow().UtcDateTime);
            if (Today > licence.FilingDueOn)
            {
                warnings.Add(new CheckWarning("licence.filing-late", text["Warning_FilingLate", RightChecks.Day(licence.FilingDueOn)]));
            }

            db.Add(licence);
            return LicenceView.From(licence, warnings);
        }, text, cancellationToken);
    }

    public async Task<LicenceView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Scoped().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } l ? LicenceView.From(l) : null;

    public async Task<PagedResult<LicenceView>> ListAsync(LicenceState? state, int? year, string? search, bool? alert, int page, int pageSize, CancellationToken cancellationToken)
    {
        var licences = Scoped();
        if (alert == true)
        {
            licences = licences.Where(l => l.StatusAlert != null && l.State != LicenceState.Cancelled);
        }

        if (state is { } s)
        {
            licences = licences.Where(l => l.State == s);
        }

        if (year is { } y)
        {
            licences = licences.Where(l => l.StartDate >= new DateOnly(y, 1, 1) && l.StartDate <= new DateOnly(y, 12, 31));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            licences = licences.Where(l => l.LicensorName.Contains(term) || l.LicenseeName.Contains(term) || (l.FilingNumber != null && l.FilingNumber.Contains(term))
                || l.Rights.Any(r => r.Number.Contains(term)));
        }

        return await Paging.PageAsync(licences.OrderByDescending(l => l.StartDate).ThenBy(l => l.Id), page, pageSize, l => LicenceView.From(l), cancellationToken);
    }

    /// <summary>The bureau records the filing; filed more than 3 months after the effective date it is marked late.</summary>
    public async Task<LicenceView?> FileAsync(Guid id, LicenceFilingInput input, CancellationToken cancellationToken)
    {
        var generated = string.IsNullOrWhiteSpace(input.FilingNumber);
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Set<LicenceContract>().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } licence)
            {
                return null;
            }

            if (licence.State != LicenceState.Submitted)
            {
                throw new BusinessRuleException("licence.not-submitted", text["Rule_LicenceNotSubmitted"]);
            }

            var filedOn = input.FiledOn ?? Today;
            var number = generated ? await NextFilingNumberAsync(filedOn.Year, cancellationToken) : input.FilingNumber!.Trim();
            licence.File(number, filedOn, clock.GetUtcNow().UtcDateTime);
            try
            {
                await TransferSave.SaveAsync(db, text, cancellationToken);
                return LicenceView.From(licence);
            }
            catch (BusinessRuleException ex) when (generated && ex.Code == "transfer.duplicate" && attempt < 3)
            {
                // Another officer filed with the same generated number at the same moment: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Records a change or an extension of a filing that is not cancelled. The new term and territory meet the same
    /// checks as a new contract for the period they add: every patent in force to the new end (else the term is cut, with
    /// a warning), no other exclusive or sole licence overlapping; the licensor's ownership is not asked again, the
    /// contract already binds it.
    /// </summary>
    public async Task<LicenceView?> ChangeAsync(Guid id, LicenceChangeInput input, CancellationToken cancellationToken)
    {
        var current = await db.Set<LicenceContract>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var keys = current.Rights.Select(r => r.Key).ToList();
        return await TransferSave.OnRightsAsync(db, keys, async () =>
        {
            var licence = await db.Set<LicenceContract>().FirstAsync(l => l.Id == id, cancellationToken);
            if (licence.State == LicenceState.Cancelled)
            {
                throw new BusinessRuleException("licence.cancelled", text["Rule_LicenceCancelled"]);
            }

            var requestedEnd = input.EndDate ?? licence.RequestedEndDate;
            if (requestedEnd < licence.StartDate)
            {
                throw InputValidationException.For(nameof(LicenceChangeInput.EndDate), text["Error_EndBeforeStart"]);
            }

            var warnings = new List<CheckWarning>();
            var end = requestedEnd;
            if (await checks.FirstEndAsync(keys, licence.LicensorId, requestedEnd, cancellationToken) is { } first)
            {
                end = first.EndsOn.AddDays(-1);
                warnings.Add(new CheckWarning("licence.term-cut", text["Warning_TermCut", first.Number, RightChecks.Day(first.EndsOn), RightChecks.Day(end)]));
            }

            var territory = input.Territory is null ? licence.Territory : LicenceContract.NormaliseTerritory(input.Territory);
            await RequireNoExclusiveOverlapAsync(keys, licence.Kind, territory, licence.StartDate, end, cancellationToken, except: licence.Id);
            licence.Change(
                input.On ?? Today, requestedEnd, end, territory, input.Royalty ?? licence.Royalty,
                string.IsNullOrWhiteSpace(input.LicenseeName) ? licence.LicenseeName : input.LicenseeName, input.Note!, scope.UserName, clock.GetUtcNow().UtcDateTime);
            return LicenceView.From(licence, warnings);
        }, text, cancellationToken);
    }

    public async Task<LicenceView?> CancelAsync(Guid id, CancelInput input, CancellationToken cancellationToken)
    {
        if (await Scoped(tracked: true).FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } licence)
        {
            return null;
        }

        if (licence.State == LicenceState.Cancelled)
        {
            throw new BusinessRuleException("licence.cancelled", text["Rule_LicenceCancelled"]);
        }

        licence.Cancel(input.On ?? Today, input.Reason!, clock.GetUtcNow().UtcDateTime);
        await TransferSave.SaveAsync(db, text, cancellationToken);
        return LicenceView.From(licence);
    }

    private DateOnly Today => TimeDisplay.Today(clock);

    private IQueryable<LicenceContract> Scoped(bool tracked = false)
    {
        var licences = tracked ? db.Set<LicenceContract>() : db.Set<LicenceContract>().AsNoTracking();
        return scope.OwnEnterprise is { } own ? licences.Where(l => l.LicensorId == own || l.LicenseeId == own) : licences;
    }

    private async Task<EnterpriseRecord> RequireEnterpriseAsync(Guid id, string field, CancellationToken cancellationToken)
    {
        if (!scope.ActsFor(id))
        {
            throw InputValidationException.For(field, text["Error_OwnEnterpriseOnly"]);
        }

        return await enterprises.FindAsync(id, cancellationToken) ?? throw InputValidationException.For(field, text["Error_UnknownEnterprise"]);
    }

    /// <summary>
    /// An exclusive licence leaves no room for another licence of the patent in the same territory and time, a sole one
    /// none for a third party's: so any overlap involving an exclusive or sole licence is refused.
    /// </summary>
    private async Task RequireNoExclusiveOverlapAsync(
        IReadOnlyCollection<string> keys, LicenceKind kind, string territory, DateOnly start, DateOnly end, CancellationToken cancellationToken, Guid? except = null)
    {
        var overlapping = await db.Set<LicenceContract>().AsNoTracking()
            .Where(l => l.Id != except && l.State != LicenceState.Cancelled && l.StartDate <= end && start <= l.EndDate && l.Rights.Any(r => keys.Contains(r.Key)))
            .Where(l => kind != LicenceKind.Ordinary || l.Kind != LicenceKind.Ordinary)
            .ToListAsync(cancellationToken);
        if (overlapping.FirstOrDefault(l => LicenceContract.TerritoriesOverlap(l.Territory, territory)) is { } other)
        {
            var number = other.Rights.First(r => keys.Contains(r.Key)).Number;
            throw new BusinessRuleException("licence.exclusive-overlap", text["Rule_ExclusiveOverlap", number, other.LicenseeName, RightChecks.Day(other.StartDate), RightChecks.Day(other.EndDate)]);
        }
    }

    private async Task<string> NextFilingNumberAsync(int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{year}350104");
        var count = await db.Set<LicenceContract>().CountAsync(l => l.FilingNumber != null && l.FilingNumber.StartsWith(prefix), cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D6}");
    }
}
