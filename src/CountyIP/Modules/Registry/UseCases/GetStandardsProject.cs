using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetStandardsProjectQuery(Guid Id);

internal sealed class GetStandardsProjectHandler(CountyIpDbContext db, RegistryScope scope)
{
    public async Task<StandardsProjectView?> HandleAsync(GetStandardsProjectQuery query, CancellationToken ct) =>
        await scope.Standards(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.Id, ct) is { } s ? StandardsProjectView.From(s) : null;
}
