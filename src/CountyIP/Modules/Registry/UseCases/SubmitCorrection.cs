using System.Text.Json;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>An enterprise proposes new field values for one of its rights; exactly one of the inputs matches <see cref="Kind"/>.</summary>
public sealed record SubmitCorrectionCommand(
    RightKind Kind,
    Guid RecordId,
    string Note,
    PatentInput? Patent = null,
    TrademarkInput? Trademark = null,
    CopyrightInput? Copyright = null,
    StandardsProjectInput? Standard = null);

/// <summary>
/// Records a correction of an enterprise's own right (issue 3 §5). The record must be in the caller's scope (an
/// enterprise sees only its own rights, so another enterprise's id is simply not found); the proposal is validated like
/// an edit, may not hand the right to another enterprise, and waits for bureau staff. One pending correction per record.
/// </summary>
internal sealed class SubmitCorrectionHandler(
    CountyIpDbContext db,
    RegistryScope scope,
    ICurrentUser user,
    PatentInputs patents,
    InputErrors errors,
    IStringLocalizer<RegistryText> text,
    TimeProvider clock)
{
    /// <returns>The correction's id, or null when the record is absent or not the caller's (404).</returns>
    public async Task<Guid?> HandleAsync(SubmitCorrectionCommand command, CancellationToken ct)
    {
        if (scope.EnterpriseId is not { } own)
        {
            return null;
        }

        errors.Required(nameof(command.Note), command.Note);
        var (label, version, proposed) = command.Kind switch
        {
            RightKind.Patent => await PatentAsync(command, ct),
            RightKind.Trademark => await TrademarkAsync(command, own, ct),
            RightKind.Copyright => await CopyrightAsync(command, own, ct),
            _ => await StandardAsync(command, own, ct),
        };
        if (label is null)
        {
            return null;
        }

        if (await db.Set<RightCorrection>().AnyAsync(c => c.Kind == command.Kind && c.RecordId == command.RecordId && c.Status == CorrectionStatus.Pending, ct))
        {
            throw new BusinessRuleException("registry.correction-pending", text["Error_CorrectionPending"]);
        }

        var correction = new RightCorrection
        {
            Kind = command.Kind,
            RecordId = command.RecordId,
            EnterpriseId = own,
            RecordLabel = label.Length > 600 ? label[..600] : label,
            BaseVersion = version,
            ProposedJson = proposed,
            Note = command.Note.Trim(),
            SubmittedBy = user.UserId,
            SubmittedByName = user.UserName,
            SubmittedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(correction);
        await RegistryPaging.SaveAsync(db, text, ct);
        return correction.Id;
    }

    private async Task<(string? Label, Guid Version, string Json)> PatentAsync(SubmitCorrectionCommand command, CancellationToken ct)
    {
        var input = Require(command.Patent, nameof(command.Patent));
        var record = await scope.Patents(db).AsNoTracking().Where(p => p.Id == command.RecordId).Select(p => new { p.ApplicationNumber, p.Title, p.Version }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return (null, default, string.Empty);
        }

        errors.ThrowIfAny();
        patents.Validate(input);
        return ($"{record.ApplicationNumber} {record.Title}", record.Version, Serialize(input with { Version = null }));
    }

    private async Task<(string? Label, Guid Version, string Json)> TrademarkAsync(SubmitCorrectionCommand command, Guid own, CancellationToken ct)
    {
        var input = Require(command.Trademark, nameof(command.Trademark));
        var record = await scope.Trademarks(db).AsNoTracking().Where(t => t.Id == command.RecordId).Select(t => new { t.RegistrationNumber, t.Mark, t.Version }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return (null, default, string.Empty);
        }

        StayWithOwner(nameof(TrademarkInput.EnterpriseId), input.EnterpriseId, own);
        TrademarkInputs.Validate(input, errors);
        errors.ThrowIfAny();
        return ($"{record.RegistrationNumber} {record.Mark}", record.Version, Serialize(input with { Version = null }));
    }

    private async Task<(string? Label, Guid Version, string Json)> CopyrightAsync(SubmitCorrectionCommand command, Guid own, CancellationToken ct)
    {
        var input = Require(command.Copyright, nameof(command.Copyright));
        var record = await scope.Copyrights(db).AsNoTracking().Where(c => c.Id == command.RecordId).Select(c => new { c.RegistrationNumber, c.Title, c.Version }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return (null, default, string.Empty);
        }

        StayWithOwner(nameof(CopyrightInput.EnterpriseId), input.EnterpriseId, own);
        CopyrightInputs.Validate(input, errors);
        errors.ThrowIfAny();
        return ($"{record.RegistrationNumber} {record.Title}", record.Version, Serialize(input with { Version = null }));
    }

    private async Task<(string? Label, Guid Version, string Json)> StandardAsync(SubmitCorrectionCommand command, Guid own, CancellationToken ct)
    {
        var input = Require(command.Standard, nameof(command.Standard));
        var record = await scope.Standards(db).AsNoTracking().Where(s => s.Id == command.RecordId).Select(s => new { s.Number, s.Title, s.Version }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return (null, default, string.Empty);
        }

        StayWithOwner(nameof(StandardsProjectInput.EnterpriseId), input.EnterpriseId, own);
        StandardsInputs.Validate(input, errors);
        errors.ThrowIfAny();
        return ($"{record.Number} {record.Title}".Trim(), record.Version, Serialize(input with { Version = null }));
    }

    /// <summary>An enterprise corrects its own right; moving it to another owner is a matter for the bureau.</summary>
    private void StayWithOwner(string field, Guid? proposed, Guid own)
    {
        if (proposed != own)
        {
            errors.Add(field, text["Error_CorrectionOwner"]);
        }
    }

    private T Require<T>(T? input, string field)
        where T : class
    {
        if (input is null)
        {
            errors.Required(field, null);
            errors.ThrowIfAny();
        }

        return input!;
    }

    /// <summary>The version is the record's at submission (kept on the correction as BaseVersion), not part of the proposal.</summary>
    private static string Serialize<T>(T input) => JsonSerializer.Serialize(input, CorrectionRecords.Json);
}
