using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdateEnterpriseCommand(Guid Id, EnterpriseInput Input);

internal sealed class UpdateEnterpriseHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    /// <returns>False when absent or outside the caller's scope (404).</returns>
    public async Task<bool> HandleAsync(UpdateEnterpriseCommand command, CancellationToken ct)
    {
        var code = EnterpriseInputs.Validate(command.Input, errors);
        var enterprise = await scope.Enterprises(db).FirstOrDefaultAsync(e => e.Id == command.Id, ct);
        if (enterprise is null)
        {
            return false;
        }

        RegistryPaging.ExpectVersion(command.Input.Version, enterprise.Version, text);
        if (scope.EnterpriseId is not null)
        {
            // An enterprise edits its own profile; what places it in scope or feeds the indicators is the bureau's.
            foreach (var field in EnterpriseInputs.BureauFieldsChanged(enterprise, command.Input, code))
            {
                errors.Add(field, text["Error_BureauOwnedField"]);
            }

            errors.ThrowIfAny();
        }

        if (code != enterprise.CreditCode && await db.Set<Enterprise>().AnyAsync(e => e.CreditCode == code && e.Id != command.Id, ct))
        {
            throw new BusinessRuleException("registry.credit-code-taken", text["Error_CreditCodeTaken", code]);
        }

        EnterpriseInputs.Apply(enterprise, command.Input, code, clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
