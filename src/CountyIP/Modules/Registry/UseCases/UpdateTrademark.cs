using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdateTrademarkCommand(Guid Id, TrademarkInput Input);

internal sealed class UpdateTrademarkHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(UpdateTrademarkCommand command, CancellationToken ct)
    {
        var n = TrademarkInputs.Validate(command.Input, errors);
        var trademark = await scope.Trademarks(db).FirstOrDefaultAsync(t => t.Id == command.Id, ct);
        if (trademark is null)
        {
            return false;
        }

        await links.RequireAsync(nameof(TrademarkInput.EnterpriseId), command.Input.EnterpriseId, ct);
        RegistryPaging.ExpectVersion(command.Input.Version, trademark.Version, text);
        if (await db.Set<Trademark>().AnyAsync(t => t.RegistrationNumber == n.Number && t.Id != command.Id, ct))
        {
            throw new BusinessRuleException("registry.trademark-exists", text["Error_NumberExists", n.Number]);
        }

        TrademarkInputs.Apply(trademark, command.Input, n, clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
