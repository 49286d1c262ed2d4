using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdateCopyrightCommand(Guid Id, CopyrightInput Input);

internal sealed class UpdateCopyrightHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(UpdateCopyrightCommand command, CancellationToken ct)
    {
        var n = CopyrightInputs.Validate(command.Input, errors);
        var copyright = await scope.Copyrights(db).FirstOrDefaultAsync(c => c.Id == command.Id, ct);
        if (copyright is null)
        {
            return false;
        }

        await links.RequireAsync(nameof(CopyrightInput.EnterpriseId), command.Input.EnterpriseId, ct);
        RegistryPaging.ExpectVersion(command.Input.Version, copyright.Version, text);
        if (await db.Set<CopyrightRegistration>().AnyAsync(c => c.RegistrationNumber == n.Number && c.Id != command.Id, ct))
        {
            throw new BusinessRuleException("registry.copyright-exists", text["Error_NumberExists", n.Number]);
        }

        CopyrightInputs.Apply(copyright, command.Input, n, clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
