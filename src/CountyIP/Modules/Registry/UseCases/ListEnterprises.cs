using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Filters of the 企业名录 list. <see cref="Sort"/>: name, -name, code, -updated (default name).</summary>
public sealed record ListEnterprisesQuery(
    string? Q = null,
    string? Unit = null,
    OrganisationKind? Kind = null,
    string? Industry = null,
    PlanIndustry? Tag = null,
    bool? HighTech = null,
    bool? KeyIndustry = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);

internal sealed class ListEnterprisesHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public Task<PagedResult<EnterpriseSummary>> HandleAsync(ListEnterprisesQuery query, CancellationToken ct) =>
        RegistryPaging.PageAsync(Filter(query), query.Page, query.PageSize, ToSummary, ct);

    /// <summary>The filtered, sorted query (also used by the export).</summary>
    public IQueryable<Enterprise> Filter(ListEnterprisesQuery query)
    {
        var q = scope.Enterprises(db).AsNoTracking();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(e => EF.Functions.Like(e.Name, like) || EF.Functions.Like(e.CreditCode, like.ToUpperInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            q = q.Where(e => e.UnitCode == query.Unit);
        }

        if (query.Kind is { } kind)
        {
            q = q.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            var section = query.Industry.Trim().ToUpperInvariant();
            q = q.Where(e => e.IndustrySection == section);
        }

        if (query.Tag is { } tag and not PlanIndustry.None)
        {
            q = q.Where(e => (e.IndustryTags & tag) == tag);
        }

        if (query.HighTech is { } highTech)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            q = highTech
                ? q.Where(e => e.HighTechCertificateNumber != null && (e.HighTechValidUntil == null || e.HighTechValidUntil >= today))
                : q.Where(e => e.HighTechCertificateNumber == null || e.HighTechValidUntil < today);
        }

        if (query.KeyIndustry is { } key)
        {
            q = q.Where(e => e.KeyIndustry == key);
        }

        return query.Sort switch
        {
            "-name" => q.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            "code" => q.OrderBy(e => e.CreditCode),
            "-updated" => q.OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.Id),
            _ => q.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };
    }

    public static EnterpriseSummary ToSummary(Enterprise e) =>
        new(e.Id, e.Name, e.CreditCode, e.Kind, e.UnitCode, e.IndustrySection, e.IndustryTags, e.StrategicEmerging, e.KeyIndustry, e.HighTechCertificateNumber, e.HighTechValidUntil);
}
