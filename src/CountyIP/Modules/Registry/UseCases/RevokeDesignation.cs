using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>The issuing body revoked a designation: the first day without it and the document or reason.</summary>
public sealed record RevokeDesignationCommand
{
    [Required]
    public DateOnly? RevokedOn { get; init; }

    [Required, StringLength(Designation.RevocationReasonMaxLength)]
    public string? Reason { get; init; }
}

/// <summary>
/// Records a designation's revocation (撤销). The designation stays on record — a reward paid on it may have to be
/// recovered (issue 12 §4) — and is no longer valid from that day. The day is a past fact: not after today, not before
/// the year it was granted; a designation is revoked once (409 the second time).
/// </summary>
internal sealed class RevokeDesignationHandler(CountyIpDbContext db, RegistryScope scope, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid enterpriseId, Guid designationId, RevokeDesignationCommand command, CancellationToken ct)
    {
        var enterprise = await scope.Enterprises(db).FirstOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise?.Designations.FirstOrDefault(d => d.Id == designationId) is not { } designation)
        {
            return false;
        }

        var on = command.RevokedOn!.Value;
        if (on > TimeDisplay.Today(clock) || on < new DateOnly(designation.Year, 1, 1))
        {
            throw InputValidationException.For(nameof(RevokeDesignationCommand.RevokedOn), text["Error_RevokedOnOutOfRange", designation.Year]);
        }

        if (designation.RevokedOn is { } already)
        {
            throw new BusinessRuleException("registry.designation-revoked", text["Error_DesignationAlreadyRevoked", already.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        designation.Revoke(on, command.Reason!.Trim());
        enterprise.Touch(clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
