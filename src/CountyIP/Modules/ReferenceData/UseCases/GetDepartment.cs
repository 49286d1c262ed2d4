using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

internal sealed class GetDepartmentHandler(CountyIpDbContext db)
{
    public async Task<DepartmentView?> HandleAsync(string code, CancellationToken cancellationToken) =>
        await db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, cancellationToken) is { } department
            ? DepartmentView.From(department)
            : null;
}
