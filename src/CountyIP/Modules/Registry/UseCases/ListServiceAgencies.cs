using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary><see cref="Active"/>: not closed today. <see cref="Sort"/>: name (default), -established.</summary>
public sealed record ListServiceAgenciesQuery(
    string? Q = null,
    AgencyKind? Kind = null,
    string? Unit = null,
    bool? Active = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);

internal sealed class ListServiceAgenciesHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public Task<PagedResult<ServiceAgencyView>> HandleAsync(ListServiceAgenciesQuery query, CancellationToken ct) =>
        RegistryPaging.PageAsync(Filter(query), query.Page, query.PageSize, ServiceAgencyView.From, ct);

    public IQueryable<ServiceAgency> Filter(ListServiceAgenciesQuery query)
    {
        var q = scope.Agencies(db).AsNoTracking();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(a => EF.Functions.Like(a.Name, like) || (a.CreditCode != null && EF.Functions.Like(a.CreditCode, like.ToUpperInvariant())));
        }

        if (query.Kind is { } kind)
        {
            q = q.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            q = q.Where(a => a.UnitCode == query.Unit);
        }

        if (query.Active is { } active)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            q = active ? q.Where(a => a.ClosedOn == null || a.ClosedOn > today) : q.Where(a => a.ClosedOn != null && a.ClosedOn <= today);
        }

        return query.Sort == "-established"
            ? q.OrderByDescending(a => a.EstablishedOn).ThenBy(a => a.Name)
            : q.OrderBy(a => a.Name).ThenBy(a => a.Id);
    }
}
