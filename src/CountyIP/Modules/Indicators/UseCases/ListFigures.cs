using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>Figures reported by hand, newest first. A liaison sees only their own submissions.</summary>
public sealed record ListFiguresQuery(ReportedFigureStatus? Status, int Page, int PageSize);

public sealed record FigureView(
    Guid Id,
    string PlanId,
    string TargetId,
    int Year,
    string? UnitCode,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    string? Note,
    string EvidenceFileName,
    ReportedFigureStatus Status,
    Guid SubmittedById,
    string SubmittedByName,
    DateTime SubmittedUtc,
    string? DecidedByName,
    DateTime? DecidedUtc,
    string? RejectionReason)
{
    /// <summary>The unit's name in the UI language ("whole district" for a district figure).</summary>
    public string UnitName { get; init; } = UnitCode ?? string.Empty;
}

internal sealed class ListFiguresHandler(CountyIpDbContext db, ICurrentUser user, IndicatorUnitNames units)
{
    public async Task<(IReadOnlyList<FigureView> Items, int Total)> HandleAsync(ListFiguresQuery query, CancellationToken cancellationToken)
    {
        var figures = Visible(db, user);
        if (query.Status is { } status)
        {
            figures = figures.Where(f => f.Status == status);
        }

        var total = await figures.CountAsync(cancellationToken);
        var items = await figures.OrderByDescending(f => f.SubmittedUtc)
            .Skip((Math.Max(query.Page, 1) - 1) * query.PageSize).Take(query.PageSize)
            .Select(f => new FigureView(
                f.Id, f.PlanId, f.TargetId, f.Year, f.UnitCode, f.Value, f.Numerator, f.Denominator, f.Note, f.EvidenceFileName,
                f.Status, f.SubmittedById, f.SubmittedByName, f.SubmittedUtc, f.DecidedByName, f.DecidedUtc, f.RejectionReason))
            .ToListAsync(cancellationToken);
        var named = new List<FigureView>(items.Count);
        foreach (var item in items)
        {
            named.Add(item with { UnitName = await units.NameAsync(item.UnitCode, cancellationToken) });
        }

        return (named, total);
    }

    /// <summary>Bureau staff and leadership see every figure; a liaison only the ones they submitted.</summary>
    internal static IQueryable<ReportedFigure> Visible(CountyIpDbContext db, ICurrentUser user)
    {
        var figures = db.Set<ReportedFigure>().AsNoTracking();
        if (user.IsInRole(Roles.BureauStaff) || user.IsInRole(Roles.Leadership))
        {
            return figures;
        }

        var me = user.UserId ?? Guid.Empty;
        return figures.Where(f => f.SubmittedById == me);
    }
}
