using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record RemoveDesignationCommand(Guid EnterpriseId, Guid DesignationId);

/// <summary>Removes a designation and, once the change is saved, its certificate file.</summary>
internal sealed class RemoveDesignationHandler(CountyIpDbContext db, RegistryScope scope, IFileStore files, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(RemoveDesignationCommand command, CancellationToken ct)
    {
        var enterprise = await scope.Enterprises(db).FirstOrDefaultAsync(e => e.Id == command.EnterpriseId, ct);
        if (enterprise?.RemoveDesignation(command.DesignationId) is not { } removed)
        {
            return false;
        }

        enterprise.Touch(clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        if (removed.CertificateFileKey is { } key)
        {
            files.Delete(key);
        }

        return true;
    }
}
