using System.Text.Json;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record ApproveCorrectionCommand(Guid Id);

/// <summary>
/// Applies a pending correction through the record's own update use case, in one transaction: the correction is
/// marked approved on the same unit of work, and the update's single save writes both. A record changed since the
/// correction was submitted is refused (409) rather than overwritten with values proposed against older data.
/// </summary>
internal sealed class ApproveCorrectionHandler(
    CountyIpDbContext db,
    RegistryScope scope,
    ICurrentUser user,
    UpdatePatentHandler patents,
    UpdateTrademarkHandler trademarks,
    UpdateCopyrightHandler copyrights,
    UpdateStandardsProjectHandler standards,
    IStringLocalizer<RegistryText> text,
    TimeProvider clock)
{
    /// <returns>False when the correction does not exist (404).</returns>
    public async Task<bool> HandleAsync(ApproveCorrectionCommand command, CancellationToken ct)
    {
        var correction = await scope.Corrections(db).FirstOrDefaultAsync(c => c.Id == command.Id, ct);
        if (correction is null)
        {
            return false;
        }

        if (!correction.IsPending)
        {
            throw new BusinessRuleException("registry.correction-decided", text["Error_CorrectionDecided"]);
        }

        var current = await CorrectionRecords.CurrentVersionAsync(db, correction.Kind, correction.RecordId, ct);
        if (current is null)
        {
            throw new BusinessRuleException("registry.correction-record-gone", text["Error_CorrectionRecordGone"]);
        }

        if (current != correction.BaseVersion)
        {
            throw new BusinessRuleException("registry.correction-stale", text["Error_CorrectionStale"]);
        }

        correction.Approve(user.UserId, user.UserName, clock.GetUtcNow().UtcDateTime);
        var applied = correction.Kind switch
        {
            RightKind.Patent => await patents.HandleAsync(new UpdatePatentCommand(correction.RecordId, Proposal<PatentInput>(correction) with { Version = correction.BaseVersion }), ct),
            RightKind.Trademark => await trademarks.HandleAsync(new UpdateTrademarkCommand(correction.RecordId, Proposal<TrademarkInput>(correction) with { Version = correction.BaseVersion }), ct),
            RightKind.Copyright => await copyrights.HandleAsync(new UpdateCopyrightCommand(correction.RecordId, Proposal<CopyrightInput>(correction) with { Version = correction.BaseVersion }), ct),
            _ => await standards.HandleAsync(new UpdateStandardsProjectCommand(correction.RecordId, Proposal<StandardsProjectInput>(correction) with { Version = correction.BaseVersion }), ct),
        };
        return applied ? true : throw new BusinessRuleException("registry.correction-record-gone", text["Error_CorrectionRecordGone"]);
    }

    private static T Proposal<T>(RightCorrection correction) =>
        JsonSerializer.Deserialize<T>(correction.ProposedJson, CorrectionRecords.Json) ?? throw new InvalidOperationException("Empty proposal.");
}
