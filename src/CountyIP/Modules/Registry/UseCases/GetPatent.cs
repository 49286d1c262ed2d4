using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>One patent by id, or by CN application number in any accepted input form.</summary>
public sealed record GetPatentQuery(Guid? Id = null, string? ApplicationNumber = null);

internal sealed class GetPatentHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, TimeProvider clock, IEnumerable<IRightOwnership> ownerships)
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

        if (await q.FirstOrDefaultAsync(ct) is not { } p)
        {
            return null;
        }

        var details = PatentDetails.From(p, TimeDisplay.Today(clock));
        return ownerships.FirstOrDefault() is { } ownership
            ? details with { Assignments = await ownership.HistoryAsync(RightsLedger.PatentKey(p.Id), ct) }
            : details;
    }
}
