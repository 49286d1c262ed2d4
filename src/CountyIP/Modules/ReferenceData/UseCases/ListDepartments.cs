using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record ListDepartmentsQuery(string? Search = null, bool ActiveOnly = false);

internal sealed class ListDepartmentsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<DepartmentView>> HandleAsync(ListDepartmentsQuery query, CancellationToken cancellationToken)
    {
        var departments = db.Set<Department>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            departments = departments.Where(d => d.Code.Contains(term) || d.NameZh.Contains(term) || d.NameEn.Contains(term));
        }

        if (query.ActiveOnly)
        {
            departments = departments.Where(d => d.IsActive);
        }

        var list = await departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        return [.. list.Select(DepartmentView.From)];
    }
}
