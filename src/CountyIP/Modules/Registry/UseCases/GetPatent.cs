using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>One patent by id, or by CN application number in any accepted input form.</summary>
public sealed record GetPatentQuery(Guid? Id = null, string? ApplicationNumber = null);

internal sealed class GetPatentHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, TimeProvider clock)
{
    public async Task<PatentDetails?> HandleAsync(GetPatentQuery query, CancellationToken ct)
    {
        var q = scope.Patents(db).AsNoTracking().AsSplitQuery();
        if (query.ApplicationNumber is not null)
        {
            var number = errors.Mandatory("applicationNumber", query.ApplicationNumber, PatentApplicationNumber.Parse);
            errors.ThrowIfAny();
            q = q.Where(p => p.Office == Patent.ChineseOffice && p.ApplicationNumber == number!.Value);
        }
        else
        {
            q = q.Where(p => p.Id == query.Id);
        }

        return await q.FirstOrDefaultAsync(ct) is { } p ? PatentDetails.From(p, TimeDisplay.Today(clock)) : null;
    }
}
