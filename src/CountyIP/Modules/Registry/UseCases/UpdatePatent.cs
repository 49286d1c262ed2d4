using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdatePatentCommand(Guid Id, PatentInput Input);

internal sealed class UpdatePatentHandler(CountyIpDbContext db, RegistryScope scope, PatentInputs inputs, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(UpdatePatentCommand command, CancellationToken ct)
    {
        var n = inputs.Validate(command.Input);
        var patent = await scope.Patents(db).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == command.Id, ct);
        if (patent is null)
        {
            return false;
        }

        RegistryPaging.ExpectVersion(command.Input.Version, patent.Version, text);
        if ((n.Office != patent.Office || n.Number != patent.ApplicationNumber)
            && await db.Set<Patent>().AnyAsync(p => p.Office == n.Office && p.ApplicationNumber == n.Number && p.Id != command.Id, ct))
        {
            throw new BusinessRuleException("registry.patent-exists", text["Error_PatentExists", n.Number]);
        }

        await inputs.ApplyAsync(patent, command.Input, n, clock.GetUtcNow().UtcDateTime, ct);
        await inputs.NotifyTransfersAsync(ct);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
