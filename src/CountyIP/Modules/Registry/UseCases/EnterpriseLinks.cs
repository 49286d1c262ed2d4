using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Checks that an owner link points at a registered enterprise (a wrong id is a field error, 400).</summary>
internal sealed class EnterpriseLinks(CountyIpDbContext db, InputErrors errors, IStringLocalizer<RegistryText> text)
{
    public async Task RequireAsync(string field, Guid? enterpriseId, CancellationToken ct)
    {
        if (enterpriseId is { } id && !await db.Set<Enterprise>().AnyAsync(e => e.Id == id, ct))
        {
            errors.Add(field, text["Error_UnknownEnterprise"]);
        }

        errors.ThrowIfAny();
    }
}
