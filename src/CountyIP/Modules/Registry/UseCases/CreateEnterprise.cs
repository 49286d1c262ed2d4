using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreateEnterpriseCommand(EnterpriseInput Input);

internal sealed class CreateEnterpriseHandler(CountyIpDbContext db, InputErrors errors, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateEnterpriseCommand command, CancellationToken ct)
    {
        var code = EnterpriseInputs.Validate(command.Input, errors);
        if (await db.Set<Enterprise>().AnyAsync(e => e.CreditCode == code, ct))
        {
            throw new BusinessRuleException("registry.credit-code-taken", text["Error_CreditCodeTaken", code]);
        }

        var enterprise = new Enterprise { Name = command.Input.Name, CreditCode = code };
        EnterpriseInputs.Apply(enterprise, command.Input, code, clock.GetUtcNow().UtcDateTime);
        db.Add(enterprise);
        await RegistryPaging.SaveAsync(db, text, ct);
        return enterprise.Id;
    }
}
