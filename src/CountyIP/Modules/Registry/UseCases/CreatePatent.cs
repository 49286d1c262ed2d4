using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreatePatentCommand(PatentInput Input);

internal sealed class CreatePatentHandler(CountyIpDbContext db, PatentInputs inputs, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreatePatentCommand command, CancellationToken ct)
    {
        var n = inputs.Validate(command.Input);
        if (await db.Set<Patent>().AnyAsync(p => p.Office == n.Office && p.ApplicationNumber == n.Number, ct))
        {
            throw new BusinessRuleException("registry.patent-exists", text["Error_PatentExists", n.Number]);
        }

        var patent = new Patent { ApplicationNumber = n.Number, Title = command.Input.Title };
        await inputs.ApplyAsync(patent, command.Input, n, clock.GetUtcNow().UtcDateTime, ct);
        db.Add(patent);
        await RegistryPaging.SaveAsync(db, text, ct);
        return patent.Id;
    }
}
