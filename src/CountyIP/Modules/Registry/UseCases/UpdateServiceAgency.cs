using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdateServiceAgencyCommand(Guid Id, ServiceAgencyInput Input);

internal sealed class UpdateServiceAgencyHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(UpdateServiceAgencyCommand command, CancellationToken ct)
    {
        var code = AgencyInputs.Validate(command.Input, errors);
        var agency = await scope.Agencies(db).FirstOrDefaultAsync(a => a.Id == command.Id, ct);
        if (agency is null)
        {
            return false;
        }

        RegistryPaging.ExpectVersion(command.Input.Version, agency.Version, text);
        if (code is not null && await db.Set<ServiceAgency>().AnyAsync(a => a.CreditCode == code && a.Id != command.Id, ct))
        {
            throw new BusinessRuleException("registry.credit-code-taken", text["Error_CreditCodeTaken", code]);
        }

        AgencyInputs.Apply(agency, command.Input, code, clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
