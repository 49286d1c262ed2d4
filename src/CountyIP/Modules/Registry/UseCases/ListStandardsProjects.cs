using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary><see cref="Sort"/>: -year (default), title.</summary>
public sealed record ListStandardsProjectsQuery(
    string? Q = null,
    StandardLevel? Level = null,
    StandardRole? Role = null,
    Guid? EnterpriseId = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);

internal sealed class ListStandardsProjectsHandler(CountyIpDbContext db, RegistryScope scope)
{
    public Task<PagedResult<StandardsProjectView>> HandleAsync(ListStandardsProjectsQuery query, CancellationToken ct) =>
        RegistryPaging.PageAsync(Filter(query), query.Page, query.PageSize, StandardsProjectView.From, ct);

    public IQueryable<StandardsProject> Filter(ListStandardsProjectsQuery query)
    {
        var q = scope.Standards(db).AsNoTracking();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(s => EF.Functions.Like(s.Title, like) || (s.Number != null && EF.Functions.Like(s.Number, like.ToUpperInvariant())));
        }

        if (query.Level is { } level)
        {
            q = q.Where(s => s.Level == level);
        }

        if (query.Role is { } role)
        {
            q = q.Where(s => s.Role == role);
        }

        if (query.EnterpriseId is { } enterpriseId)
        {
            q = q.Where(s => s.EnterpriseId == enterpriseId);
        }

        return query.Sort == "title"
            ? q.OrderBy(s => s.Title).ThenBy(s => s.Id)
            : q.OrderByDescending(s => s.StartYear).ThenBy(s => s.Title).ThenBy(s => s.Id);
    }
}
