using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

internal sealed class GetUnitHandler(CountyIpDbContext db)
{
    public async Task<UnitView?> HandleAsync(string code, CancellationToken cancellationToken) =>
        await db.Set<AdministrativeUnit>().AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken) is { } unit
            ? UnitView.From(unit)
            : null;
}
