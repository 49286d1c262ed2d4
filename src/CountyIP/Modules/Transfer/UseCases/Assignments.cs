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
/// An assignment (<c>POST /api/transfer/assignments</c> {assignorId, assigneeId or assigneeName, patentIds,
/// trademarkIds, date, price, fromInstitution}).
/// </summary>
public sealed class AssignmentInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(TransferText));

    /// <summary>The registered enterprise, university or institute that holds the rights.</summary>
    [Required]
    public Guid? AssignorId { get; set; }

    public Guid? AssigneeId { get; set; }

    [StringLength(Assignment.NameMaxLength)]
    public string? AssigneeName { get; set; }

    public List<Guid>? PatentIds { get; set; }

    public List<Guid>? TrademarkIds { get; set; }

    /// <summary>The day the assignment takes effect (its registration).</summary>
    [Required]
    public DateOnly? Date { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Price { get; set; }

    /// <summary>The assignor is a university or research institute (院校转化).</summary>
    public bool FromInstitution { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AssigneeId is null && string.IsNullOrWhiteSpace(AssigneeName))
        {
            yield return new ValidationResult(Messages.GetString("Error_AssigneeRequired", CultureInfo.CurrentUICulture), [nameof(AssigneeName)]);
        }

        if ((PatentIds?.Count ?? 0) + (TrademarkIds?.Count ?? 0) == 0)
        {
            yield return new ValidationResult(Messages.GetString("Error_NoRights", CultureInfo.CurrentUICulture), [nameof(PatentIds)]);
        }

        if (Price is { } p && decimal.Round(p, 2) != p)
        {
            yield return new ValidationResult(Messages.GetString("Error_TwoDecimals", CultureInfo.CurrentUICulture), [nameof(Price)]);
        }
    }
}

public sealed record AssignmentView(
    Guid Id, Guid? AssignorId, string AssignorName, Guid? AssigneeId, string AssigneeName, DateOnly Date, [property: Money] decimal? Price, bool FromInstitution,
    IReadOnlyList<RightView> Rights, Guid Version)
{
    internal static AssignmentView From(Assignment a) => new(
        a.Id, a.AssignorId, a.AssignorName, a.AssigneeId, a.AssigneeName, a.AssignedOn, a.Price, a.FromInstitution,
        [.. a.Rights.Select(r => new RightView(r.Key, r.Kind, r.RightId, r.Number, r.Title))], a.Version);
}

/// <summary>
/// Transfer and assignment records (转让, issue 16 §4). The assignor must hold every right on the day
/// (<c>right.not-owned</c>) and each must be in force (<c>right.not-in-force</c>); a pledged right cannot be assigned
/// while the pledge stands (<c>right.pledged</c>, 物权法 art. 227). From the day on, the assignee is the owner every
/// later licence and pledge check sees (<see cref="RightChecks"/>).
/// </summary>
internal sealed class AssignmentHandler(
    CountyIpDbContext db, RightChecks checks, IEnterpriseRegistry enterprises, TransferScope scope, IStringLocalizer<TransferText> text, TimeProvider clock)
{
    public async Task<AssignmentView> CreateAsync(AssignmentInput input, CancellationToken cancellationToken)
    {
        if (!scope.ActsFor(input.AssignorId!.Value))
        {
            throw InputValidationException.For(nameof(AssignmentInput.AssignorId), text["Error_OwnEnterpriseOnly"]);
        }

        var assignor = await enterprises.FindAsync(input.AssignorId!.Value, cancellationToken)
            ?? throw InputValidationException.For(nameof(AssignmentInput.AssignorId), text["Error_UnknownEnterprise"]);
        var assigneeName = input.AssigneeName?.Trim();
        if (input.AssigneeId is { } assigneeId)
        {
            assigneeName = (await enterprises.FindAsync(assigneeId, cancellationToken))?.Name
                ?? throw InputValidationException.For(nameof(AssignmentInput.AssigneeId), text["Error_UnknownEnterprise"]);
        }

        if (input.AssigneeId == assignor.Id)
        {
            throw InputValidationException.For(nameof(AssignmentInput.AssigneeId), text["Error_AssigneeIsAssignor"]);
        }

        var keys = (input.PatentIds ?? []).Select(ContractRight.PatentKey).Concat((input.TrademarkIds ?? []).Select(ContractRight.TrademarkKey)).Distinct().ToList();
        return await TransferSave.OnRightsAsync(db, keys, async () =>
        {
            var date = input.Date!.Value;
            var rights = await checks.ResolveAsync(input.PatentIds, input.TrademarkIds, assignor.Id, date, cancellationToken);
            checks.RequireOwned(rights, assignor.Name);
            checks.RequireInForce(rights, date);
            var pledged = await db.Set<Pledge>().AsNoTracking()
                .Where(p => p.State == PledgeState.Active && p.StartDate <= date && p.Rights.Any(r => keys.Contains(r.Key)))
                .Select(p => p.Rights.Where(r => keys.Contains(r.Key)).Select(r => r.Number).First())
                .FirstOrDefaultAsync(cancellationToken);
            if (pledged is not null)
            {
                throw new BusinessRuleException("right.pledged", text["Rule_RightPledged", pledged]);
            }

            var assignment = new Assignment(assignor.Id, assignor.Name, input.AssigneeId, assigneeName!, date, input.Price, input.FromInstitution,
                rights.Select(r => r.ToContract()), scope.UserName, clock.GetUtcNow().UtcDateTime);
            db.Add(assignment);
            return AssignmentView.From(assignment);
        }, text, cancellationToken);
    }

    public async Task<AssignmentView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Scoped().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a ? AssignmentView.From(a) : null;

    public async Task<PagedResult<AssignmentView>> ListAsync(int? year, bool? fromInstitution, int page, int pageSize, CancellationToken cancellationToken)
    {
        var assignments = Scoped();
        if (year is { } y)
        {
            assignments = assignments.Where(a => a.AssignedOn >= new DateOnly(y, 1, 1) && a.AssignedOn <= new DateOnly(y, 12, 31));
        }

        if (fromInstitution is { } institution)
        {
            assignments = assignments.Where(a => a.FromInstitution == institution);
        }

        return await Paging.PageAsync(assignments.OrderByDescending(a => a.AssignedOn).ThenBy(a => a.Id), page, pageSize, AssignmentView.From, cancellationToken);
    }

    private IQueryable<Assignment> Scoped()
    {
        var assignments = db.Set<Assignment>().AsNoTracking();
        return scope.OwnEnterprise is { } own ? assignments.Where(a => a.AssignorId == own || a.AssigneeId == own) : assignments;
    }
}
