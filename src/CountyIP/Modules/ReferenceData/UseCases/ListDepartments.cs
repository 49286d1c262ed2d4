using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record ListDepartmentsQuery(string? Search = null, bool ActiveOnly = false);

internal sealed class ListDepartmentsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<DepartmentView>> HandleAsync(ListDepartmentsQuery query, CancellationToken cancellationToken)
    {
        var list = await db.Set<Department>().AsNoTracking()
            .Matching(query.Search)
            .ActiveOnly(query.ActiveOnly)
            .InListOrder()
            .ToListAsync(cancellationToken);
        return [.. list.Select(DepartmentView.From)];
    }
}
