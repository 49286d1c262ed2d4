using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record UpdateStandardsProjectCommand(Guid Id, StandardsProjectInput Input);

internal sealed class UpdateStandardsProjectHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(UpdateStandardsProjectCommand command, CancellationToken ct)
    {
        var number = StandardsInputs.Validate(command.Input, errors);
        var project = await scope.Standards(db).FirstOrDefaultAsync(s => s.Id == command.Id, ct);
        if (project is null)
        {
            return false;
        }

        await links.RequireAsync(nameof(StandardsProjectInput.EnterpriseId), command.Input.EnterpriseId, ct);
        RegistryPaging.ExpectVersion(command.Input.Version, project.Version, text);
        StandardsInputs.Apply(project, command.Input, number, clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
