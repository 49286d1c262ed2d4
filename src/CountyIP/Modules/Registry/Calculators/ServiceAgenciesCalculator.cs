using System.Globalization;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>
/// service-agencies (二(二)4): agencies in the district open at the end of the window — established on or before
/// it (an agency registered without a date counts) and not closed by then (closed on the last day = closed).
/// </summary>
internal sealed class ServiceAgenciesCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : IIndicatorCalculator
{
    public string TargetId => "service-agencies";

    public IndicatorText Definition => RegistryIndicatorsText.Get("Definition_service-agencies");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit };

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Open(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var agencies = Open(query);
        var total = await agencies.CountAsync(cancellationToken);
        var rows = await agencies.OrderBy(a => a.Name).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(a => new { a.Id, a.Name, a.Kind, a.UnitCode, a.EstablishedOn }).ToListAsync(cancellationToken);
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var a in rows)
        {
            records.Add(new EvidenceRecord(
                a.Id.ToString(),
                [a.Name, RegistryIndicatorLabels.Enum(a.Kind), await labels.UnitNameAsync(a.UnitCode, cancellationToken), a.EstablishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                // Agencies have no page of their own: the drill-down opens the agency list found by its name.
                $"/registry/agencies?q={Uri.EscapeDataString(a.Name)}"));
        }

        return new EvidencePage(
            [RegistryIndicatorsText.Get("Column_AgencyName"), RegistryIndicatorsText.Get("Column_Type"), RegistryIndicatorsText.Get("Column_Unit"), RegistryIndicatorsText.Get("Column_Established")],
            records,
            total);
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        RegistryBreakdowns.ByUnitAsync(Open(query).Select(a => a.UnitCode), labels, cancellationToken);

    private IQueryable<ServiceAgency> Open(IndicatorQuery query)
    {
        var end = query.To;
        var agencies = db.Set<ServiceAgency>().AsNoTracking()
            .Where(a => (a.EstablishedOn == null || a.EstablishedOn <= end) && (a.ClosedOn == null || a.ClosedOn > end));
        return query.UnitCode is { } unit ? agencies.Where(a => a.UnitCode == unit) : agencies;
    }
}
