using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary><see cref="Sort"/>: -registered (default), number, title.</summary>
public sealed record ListCopyrightsQuery(
    string? Q = null,
    CopyrightKind? Kind = null,
    int? Year = null,
    Guid? EnterpriseId = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);

internal sealed class ListCopyrightsHandler(CountyIpDbContext db, RegistryScope scope)
{
    public Task<PagedResult<CopyrightView>> HandleAsync(ListCopyrightsQuery query, CancellationToken ct) =>
        RegistryPaging.PageAsync(Filter(query), query.Page, query.PageSize, CopyrightView.From, ct);

    public IQueryable<CopyrightRegistration> Filter(ListCopyrightsQuery query)
    {
        var q = scope.Copyrights(db).AsNoTracking();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(c => EF.Functions.Like(c.Title, like) || EF.Functions.Like(c.OwnerName, like) || EF.Functions.Like(c.RegistrationNumber, like.ToUpperInvariant()));
        }

        if (query.Kind is { } kind)
        {
            q = q.Where(c => c.Kind == kind);
        }

        if (query.Year is { } year)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            q = q.Where(c => c.RegisteredOn >= start && c.RegisteredOn <= end);
        }

        if (query.EnterpriseId is { } enterpriseId)
        {
            q = q.Where(c => c.EnterpriseId == enterpriseId);
        }

        return query.Sort switch
        {
            "number" => q.OrderBy(c => c.RegistrationNumber),
            "title" => q.OrderBy(c => c.Title).ThenBy(c => c.RegistrationNumber),
            _ => q.OrderByDescending(c => c.RegisteredOn).ThenBy(c => c.RegistrationNumber),
        };
    }
}
