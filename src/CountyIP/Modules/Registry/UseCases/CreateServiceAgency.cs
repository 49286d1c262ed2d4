using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreateServiceAgencyCommand(ServiceAgencyInput Input);

internal sealed class CreateServiceAgencyHandler(CountyIpDbContext db, InputErrors errors, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateServiceAgencyCommand command, CancellationToken ct)
    {
        var code = AgencyInputs.Validate(command.Input, errors);
        if (code is not null && await db.Set<ServiceAgency>().AnyAsync(a => a.CreditCode == code, ct))
        {
            throw new BusinessRuleException("registry.credit-code-taken", text["Error_CreditCodeTaken", code]);
        }

        var agency = new ServiceAgency { Name = command.Input.Name };
        AgencyInputs.Apply(agency, command.Input, code, clock.GetUtcNow().UtcDateTime);
        db.Add(agency);
        await RegistryPaging.SaveAsync(db, text, ct);
        return agency.Id;
    }
}
