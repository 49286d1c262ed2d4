using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CreateStandardsProjectCommand(StandardsProjectInput Input);

internal sealed class CreateStandardsProjectHandler(CountyIpDbContext db, InputErrors errors, EnterpriseLinks links, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateStandardsProjectCommand command, CancellationToken ct)
    {
        var number = StandardsInputs.Validate(command.Input, errors);
        await links.RequireAsync(nameof(StandardsProjectInput.EnterpriseId), command.Input.EnterpriseId, ct);
        var project = new StandardsProject { Title = command.Input.Title };
        StandardsInputs.Apply(project, command.Input, number, clock.GetUtcNow().UtcDateTime);
        db.Add(project);
        await RegistryPaging.SaveAsync(db, text, ct);
        return project.Id;
    }
}
