using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreateTrademarkCommand(TrademarkInput Input);

internal sealed class CreateTrademarkHandler(CountyIpDbContext db, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateTrademarkCommand command, CancellationToken ct)
    {
        var n = TrademarkInputs.Validate(command.Input, errors);
        await links.RequireAsync(nameof(TrademarkInput.EnterpriseId), command.Input.EnterpriseId, ct);
        if (await db.Set<Trademark>().AnyAsync(t => t.RegistrationNumber == n.Number, ct))
        {
            throw new BusinessRuleException("registry.trademark-exists", text["Error_NumberExists", n.Number]);
        }

        var trademark = new Trademark { RegistrationNumber = n.Number, Mark = command.Input.Mark, NiceClasses = n.Classes, OwnerName = command.Input.OwnerName };
        TrademarkInputs.Apply(trademark, command.Input, n, clock.GetUtcNow().UtcDateTime);
        db.Add(trademark);
        await RegistryPaging.SaveAsync(db, text, ct);
        return trademark.Id;
    }
}
