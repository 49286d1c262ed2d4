using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Adds a visit, call or service to an enterprise's contact log.</summary>
public sealed record LogEnterpriseContactCommand(
    DateOnly Date,
    ContactKind Kind,
    [property: Required, StringLength(2000)] string Note);

internal sealed class LogEnterpriseContactHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, ICurrentUser user, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid enterpriseId, LogEnterpriseContactCommand command, CancellationToken ct)
    {
        errors.Required(nameof(command.Note), command.Note);
        errors.ThrowIfAny();
        var enterprise = await scope.Enterprises(db).FirstOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise is null)
        {
            return false;
        }

        enterprise.LogContact(new ContactLogEntry(command.Date, command.Kind, command.Note.Trim(), user.UserName));
        enterprise.Touch(clock.GetUtcNow().UtcDateTime);
        await RegistryPaging.SaveAsync(db, text, ct);
        return true;
    }
}
