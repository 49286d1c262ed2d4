using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetServiceAgencyQuery(Guid Id);

internal sealed class GetServiceAgencyHandler(CountyIpDbContext db, RegistryScope scope)
{
    public async Task<ServiceAgencyView?> HandleAsync(GetServiceAgencyQuery query, CancellationToken ct) =>
        await scope.Agencies(db).AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.Id, ct) is { } a ? ServiceAgencyView.From(a) : null;
}
