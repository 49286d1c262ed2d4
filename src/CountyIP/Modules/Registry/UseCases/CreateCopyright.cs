using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreateCopyrightCommand(CopyrightInput Input);

internal sealed class CreateCopyrightHandler(CountyIpDbContext db, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateCopyrightCommand command, CancellationToken ct)
    {
        var n = CopyrightInputs.Validate(command.Input, errors);
        await links.RequireAsync(nameof(CopyrightInput.EnterpriseId), command.Input.EnterpriseId, ct);
        if (await db.Set<CopyrightRegistration>().AnyAsync(c => c.RegistrationNumber == n.Number, ct))
        {
            throw new BusinessRuleException("registry.copyright-exists", text["Error_NumberExists", n.Number]);
        }

        var copyright = new CopyrightRegistration { RegistrationNumber = n.Number, Title = command.Input.Title, OwnerName = command.Input.OwnerName };
        CopyrightInputs.Apply(copyright, command.Input, n, clock.GetUtcNow().UtcDateTime);
        db.Add(copyright);
        await RegistryPaging.SaveAsync(db, text, ct);
        return copyright.Id;
    }
}
