using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary><see cref="Sort"/>: number (default), mark, -registered.</summary>
public sealed record ListTrademarksQuery(
    string? Q = null,
    TrademarkStatus? Status = null,
    RecognitionKind? Recognition = null,
    bool? GeographicalIndication = null,
    Guid? EnterpriseId = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null,
    bool? Discrepancy = null);

internal sealed class ListTrademarksHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public Task<PagedResult<TrademarkView>> HandleAsync(ListTrademarksQuery query, CancellationToken ct) =>
        RegistryPaging.PageAsync(Filter(query), query.Page, query.PageSize, t => TrademarkView.From(t, TimeDisplay.Today(clock)), ct);

    public IQueryable<Trademark> Filter(ListTrademarksQuery query)
    {
        var q = scope.Trademarks(db).AsNoTracking();
        if (RegistryPaging.Like(query.Q) is { } like)
        {
            q = q.Where(t => EF.Functions.Like(t.Mark, like) || EF.Functions.Like(t.OwnerName, like) || EF.Functions.Like(t.RegistrationNumber, like.ToUpperInvariant()));
        }

        // Status filters read the derived status (TrademarkStatusRule), never the recorded one (ADR 0016).
        var today = TimeDisplay.Today(clock);
        if (query.Status is { } status)
        {
            q = q.Where(TrademarkStatusRule.StatusIs(status, today, today));
        }

        if (query.Discrepancy is { } discrepancy)
        {
            q = q.Where(discrepancy ? TrademarkStatusRule.Discrepancy(today) : Predicates.Not(TrademarkStatusRule.Discrepancy(today)));
        }

        if (query.Recognition is { } recognition)
        {
            q = q.Where(t => t.Recognitions.Any(r => r.Kind == recognition));
        }

        if (query.GeographicalIndication is { } gi)
        {
            q = q.Where(t => t.GeographicalIndication == gi);
        }

        if (query.EnterpriseId is { } enterpriseId)
        {
            q = q.Where(t => t.EnterpriseId == enterpriseId);
        }

        return query.Sort switch
        {
            "mark" => q.OrderBy(t => t.Mark).ThenBy(t => t.RegistrationNumber),
            "-registered" => q.OrderByDescending(t => t.RegistrationDate).ThenBy(t => t.RegistrationNumber),
            _ => q.OrderBy(t => t.RegistrationNumber),
        };
    }
}
