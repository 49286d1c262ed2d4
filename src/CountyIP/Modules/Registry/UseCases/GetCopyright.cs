using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetCopyrightQuery(Guid Id);

internal sealed class GetCopyrightHandler(CountyIpDbContext db, RegistryScope scope)
{
    public async Task<CopyrightView?> HandleAsync(GetCopyrightQuery query, CancellationToken ct) =>
        await scope.Copyrights(db).AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, ct) is { } c ? CopyrightView.From(c) : null;
}
