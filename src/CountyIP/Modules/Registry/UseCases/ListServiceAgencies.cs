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

/// <summary>The public's list of service agencies (<c>GET /api/portal/agencies</c>): words of the name or of what they offer, and kind.</summary>
public sealed record PublicAgenciesQuery(
    [property: System.ComponentModel.DataAnnotations.StringLength(100)] string? Q = null,
    AgencyKind? Kind = null,
    [property: System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)] int? Page = null,
    [property: System.ComponentModel.DataAnnotations.Range(1, 100)] int? PageSize = null);

/// <summary>An agency as the public sees it: what it is, where, what it offers (no credit code, no dates of the record).</summary>
public sealed record PublicAgencyView(Guid Id, string Name, AgencyKind Kind, string? UnitCode, string? Services);

/// <summary>
/// The agencies open today (not closed, or closing later), by name: the portal's list of where an enterprise can get
/// patent search, analysis, filing and enforcement help (source 四(二)2).
/// </summary>
internal sealed class ListPublicAgenciesHandler(CountyIpDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<PublicAgencyView>> HandleAsync(PublicAgenciesQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var q = db.Set<ServiceAgency>().AsNoTracking().Where(a => a.ClosedOn == null || a.ClosedOn > today);
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(a => EF.Functions.Like(a.Name, like) || (a.Services != null && EF.Functions.Like(a.Services, like)));
        }

        if (query.Kind is { } kind)
        {
            q = q.Where(a => a.Kind == kind);
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, 100);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(a => a.Name).Skip((page - 1) * size).Take(size)
            .Select(a => new PublicAgencyView(a.Id, a.Name, a.Kind, a.UnitCode, a.Services)).ToListAsync(ct);
        return new PagedResult<PublicAgencyView>(rows, total, page, size);
    }
}
