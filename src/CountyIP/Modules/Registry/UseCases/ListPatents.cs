using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Filters of the patent ledger. <see cref="Sort"/>: -filed (default), filed, -granted, number, title.</summary>
public sealed record ListPatentsQuery(
    string? Q = null,
    PatentType? Type = null,
    PatentLegalStatus? Status = null,
    int? FiledFrom = null,
    int? FiledTo = null,
    bool? Granted = null,
    bool? InDistrict = null,
    Guid? EnterpriseId = null,
    string? Unit = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null,
    bool? Discrepancy = null);

internal sealed class ListPatentsHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock, ListResultCache counts)
{
    /// <summary>
    /// One page, reused while the data is unchanged (ADR 0021): the key holds the filters with the page normalised,
    /// the caller's scope, and today (the derived status is as of today). The total comes from the count cache.
    /// </summary>
    public Task<PagedResult<PatentSummary>> HandleAsync(ListPatentsQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var normalised = query with { Page = Math.Max(query.Page ?? 1, 1), PageSize = Math.Clamp(query.PageSize ?? 20, 1, RegistryPaging.MaxPageSize) };
        var key = (normalised, scope.IsDistrictWide, scope.EnterpriseId, scope.UnitCode, today);
        return counts.GetAsync(key, async c =>
        {
            var total = await CountAsync(normalised, c);
            return await RegistryPaging.PageAsync(Filter(normalised), normalised.Page, normalised.PageSize, p => ToSummary(p, today), total, c);
        }, ct);
    }

    /// <summary>
    /// How many patents the list's filters match, without fetching a page (profile figures, workbench tiles), counted
    /// once per filter and data version (the discrepancy tile scans every patent; ADR 0021). The count may run after
    /// this request ended, so it takes the scope and the date as they are now.
    /// </summary>
    public Task<int> CountAsync(ListPatentsQuery query, CancellationToken ct)
    {
        var fixedScope = scope.Fixed();
        var today = TimeDisplay.Today(clock);
        var filter = query with { Sort = null, Page = null, PageSize = null };
        return counts.CountAsync(db, on => Filter(on, fixedScope, today, filter), ct);
    }

    public IQueryable<Patent> Filter(ListPatentsQuery query) => Filter(db, scope, TimeDisplay.Today(clock), query);

    private static IQueryable<Patent> Filter(CountyIpDbContext db, RegistryScope scope, DateOnly today, ListPatentsQuery query)
    {
        // Split: a patent owns two collections (applicants, status history); one joined query multiplies the rows
        // (issue 11 §5). The sorts end on the key, so the split queries page the same rows.
        var q = scope.Patents(db).AsNoTracking().AsSplitQuery();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            // A typed application number in any accepted form finds its patent.
            var number = PatentApplicationNumber.Parse(query.Q).Value?.Value ?? like.ToUpperInvariant();
            q = q.Where(p => EF.Functions.Like(p.Title, like) || EF.Functions.Like(p.ApplicationNumber, number) || p.Applicants.Any(a => EF.Functions.Like(a.Name, like)));
        }

        if (query.Type is { } type)
        {
            q = q.Where(p => p.Type == type);
        }

        // Status filters read the derived status (PatentLegalStatusRule), never the recorded one (ADR 0016).
        if (query.Status is { } status)
        {
            q = q.Where(PatentLegalStatusRule.StatusIs(status, today, today));
        }

        if (query.Discrepancy is { } discrepancy)
        {
            q = q.Where(discrepancy ? PatentLegalStatusRule.Discrepancy(today) : PatentLegalStatusRule.RecordedAgrees(today));
        }

        if (query.FiledFrom is { } from)
        {
            var start = new DateOnly(from, 1, 1);
            q = q.Where(p => p.FilingDate >= start);
        }

        if (query.FiledTo is { } to)
        {
            var end = new DateOnly(to, 12, 31);
            q = q.Where(p => p.FilingDate <= end);
        }

        if (query.Granted is { } granted)
        {
            q = granted ? q.Where(p => p.GrantDate != null) : q.Where(p => p.GrantDate == null);
        }

        if (query.InDistrict is { } inDistrict)
        {
            q = q.Where(p => p.FirstApplicantInDistrict == inDistrict);
        }

        if (query.EnterpriseId is { } enterpriseId)
        {
            q = q.OfEnterprise(db, enterpriseId);
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            q = q.Where(p => p.UnitCode == query.Unit);
        }

        // Each sort ends on the key and runs one way over its index (PatentConfiguration), so a page reads only its
        // rows: newest first means the higher application number first within a day as well.
        return query.Sort switch
        {
            "filed" => q.OrderBy(p => p.FilingDate).ThenBy(p => p.ApplicationNumber).ThenBy(p => p.Id),
            "-granted" => q.OrderByDescending(p => p.GrantDate).ThenByDescending(p => p.ApplicationNumber).ThenByDescending(p => p.Id),
            "number" => q.OrderBy(p => p.ApplicationNumber).ThenBy(p => p.Id),
            "title" => q.OrderBy(p => p.Title).ThenBy(p => p.ApplicationNumber).ThenBy(p => p.Id),
            _ => q.OrderByDescending(p => p.FilingDate).ThenByDescending(p => p.ApplicationNumber).ThenByDescending(p => p.Id),
        };
    }

    /// <summary>The row as of <paramref name="today"/>: <c>LegalStatus</c> is the derived status, <c>RecordedStatus</c> the recorded one.</summary>
    public static PatentSummary ToSummary(Patent p, DateOnly today)
    {
        var derived = p.StatusOn(today, today);
        return new(
            p.Id, p.Office, p.ApplicationNumber, p.Type, p.ViaPct, p.Title,
            p.Applicants.OrderBy(a => a.Order).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
            p.FirstApplicantInDistrict, p.EnterpriseId, p.UnitCode, p.FilingDate, p.GrantDate, derived.Status, p.ServiceInvention,
            p.LegalStatus, p.LegalStatus != derived.Status, derived.EndedOn, derived.FeeDueOn);
    }
}
