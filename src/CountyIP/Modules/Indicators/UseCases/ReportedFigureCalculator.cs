using System.Globalization;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Computes a target no module records from the figures reported by hand and approved (issue 4 §3), summed over the
/// years of the window. No approved figure → null → "not yet tracked". The one ratio target, the special fund's share
/// of the budget, has its own calculator (<see cref="SpecialFundRatioCalculator"/>): fiscal-year records first.
/// </summary>
internal sealed class ReportedFigureCalculator(CountyIpDbContext db, IndicatorUnitNames units, string targetId) : IIndicatorCalculator
{
    public string TargetId => targetId;

    public IndicatorText Definition => Text("Definition_ReportedByHand");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind>();

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var figures = Approved(db, query, targetId);
        var summary = await figures
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Value = g.Sum(f => f.Value),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (summary is null || summary.Count == 0)
        {
            return null;
        }

        // The badge names the approver of the latest figure in the window.
        var latest = await figures.OrderByDescending(f => f.Year).ThenByDescending(f => f.DecidedUtc)
            .Select(f => new { f.DecidedByName, f.DecidedUtc })
            .FirstAsync(cancellationToken);
        var source = new IndicatorSource("reported", latest.DecidedByName, latest.DecidedUtc);
        return summary.Value is { } value ? new IndicatorValue(value, Source: source) : null;
    }

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var figures = Approved(db, query, targetId);
        var total = await figures.CountAsync(cancellationToken);
        var rows = await figures.OrderBy(f => f.Year).ThenBy(f => f.UnitCode).ThenBy(f => f.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        IReadOnlyList<IndicatorText> columns = [Text("Column_Year"), Text("Column_Unit"), Text("Column_Value"), Text("Column_Evidence"), Text("Column_SubmittedBy"), Text("Column_ApprovedBy")];
        var items = new List<EvidenceRecord>(rows.Count);
        foreach (var f in rows)
        {
            var unit = await units.NameAsync(f.UnitCode, cancellationToken);
            items.Add(new EvidenceRecord(
                f.Id.ToString(),
                [Year(f), unit, Number(f.Value), f.EvidenceFileName, f.SubmittedByName, f.DecidedByName],
                $"/api/indicators/figures/{f.Id}/evidence"));
        }

        return new EvidencePage(columns, items, total);
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BreakdownRow>>([]);

    /// <summary>Approved figures of the window's years; a unit's own figures for a unit, district figures otherwise.</summary>
    internal static IQueryable<ReportedFigure> Approved(CountyIpDbContext db, IndicatorQuery query, string targetId) => db.Set<ReportedFigure>().AsNoTracking()
        .Where(f => f.PlanId == query.PlanId && f.TargetId == targetId && f.Status == ReportedFigureStatus.Approved
            && f.Year >= query.From.Year && f.Year <= query.To.Year && f.UnitCode == query.UnitCode);

    private static string Year(ReportedFigure f) => f.Year.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    internal static IndicatorText Text(string key) => new(
        IndicatorsText.GetIn(key, "zh-CN"),
        IndicatorsText.GetIn(key, "en"));
}
