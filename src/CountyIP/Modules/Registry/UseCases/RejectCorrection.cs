using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record RejectCorrectionCommand(Guid Id, string Reason);

/// <summary>Rejects a pending correction with a reason the enterprise sees; the record is left as it is.</summary>
internal sealed class RejectCorrectionHandler(CountyIpDbContext db, RegistryScope scope, ICurrentUser user, InputErrors errors, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(RejectCorrectionCommand command, CancellationToken ct)
    {
        errors.Required(nameof(command.Reason), command.Reason);
        errors.ThrowIfAny();
        var correction = await scope.Corrections(db).FirstOrDefaultAsync(c => c.Id == command.Id, ct);
        if (correction is null)
        {
            return false;
        }

        if (!correction.IsPending)
        {
            throw new BusinessRuleException("registry.correction-decided", text["Error_CorrectionDecided"]);
        }

        correction.Reject(user.UserId, user.UserName, clock.GetUtcNow().UtcDateTime, command.Reason);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
