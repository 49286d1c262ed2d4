using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Indicators;

/// <summary>
/// A count of directory entries (enterprises and institutions) taken at the end of the window, as one SQL aggregate;
/// the unit scope and the breakdowns come from the entry itself. The evidence lists the entries with one column
/// that shows why each counts.
/// </summary>
internal abstract class EnterpriseCountCalculator(CountyIpDbContext db) : IIndicatorCalculator
{
    public abstract string TargetId { get; }

    public IndicatorText Definition => RegistryIndicatorsText.Get($"Definition_{TargetId}");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit, BreakdownKind.Industry };

    protected CountyIpDbContext Db => db;

    /// <summary>The entries counted at <paramref name="end"/> (the unit filter is applied by the caller).</summary>
    protected abstract IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end);

    /// <summary>The heading of the column that shows why an entry counts.</summary>
    protected abstract string DetailColumn { get; }

    /// <summary>That column's value for each entry of one evidence page.</summary>
    protected abstract Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken);

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Counted(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var enterprises = Counted(query);
        var total = await enterprises.CountAsync(cancellationToken);
        var rows = await enterprises.OrderBy(e => e.Name).ThenBy(e => e.CreditCode)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.Kind, e.UnitCode, e.IndustryTags })
            .ToListAsync(cancellationToken);
        var details = await DetailsAsync([.. rows.Select(r => r.Id)], query.To, cancellationToken);
        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_Enterprise"), RegistryIndicatorsText.Get("Column_CreditCode"), RegistryIndicatorsText.Get("Column_Kind"),
                RegistryIndicatorsText.Get("Column_Unit"), RegistryIndicatorsText.Get("Column_Industry"), RegistryIndicatorsText.Get(DetailColumn),
            ],
            [.. rows.Select(e => new EvidenceRecord(
                e.Id.ToString(),
                [e.Name, e.CreditCode, e.Kind.ToString(), e.UnitCode, e.IndustryTags == PlanIndustry.None ? null : e.IndustryTags.ToString(), details.GetValueOrDefault(e.Id)],
                $"/registry/enterprises/{e.Id}"))],
            total);
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        kind == BreakdownKind.Industry
            ? RegistryBreakdowns.ByIndustryAsync(Counted(query).Select(e => (PlanIndustry?)e.IndustryTags), cancellationToken)
            : RegistryBreakdowns.ByUnitAsync(Counted(query).Select(e => e.UnitCode), cancellationToken);

    private IQueryable<Enterprise> Counted(IndicatorQuery query)
    {
        var enterprises = db.Set<Enterprise>().AsNoTracking();
        if (query.UnitCode is { } unit)
        {
            enterprises = enterprises.Where(e => e.UnitCode == unit);
        }

        return CountedAt(enterprises, query.To);
    }
}

/// <summary>
/// enterprises-in-contact (二(二)3 "与企业建立工作联系"): working contact began on or before the end of the window and had
/// not ended by then (ended on the last day = ended, as for agencies).
/// </summary>
internal sealed class EnterprisesInContactCalculator(CountyIpDbContext db) : EnterpriseCountCalculator(db)
{
    public override string TargetId => "enterprises-in-contact";

    protected override string DetailColumn => "Column_ContactStarted";

    protected override IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end) =>
        enterprises.Where(e => e.ContactStartedOn <= end && (e.ContactEndedOn == null || e.ContactEndedOn > end));

    protected override async Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken) =>
        (await Db.Set<Enterprise>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.ContactStartedOn }).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => RegistryBreakdowns.Date(e.ContactStartedOn));
}

/// <summary>
/// national-demo-units, provincial-demo-enterprises, municipal-demo-enterprises (二(二)3): enterprises and institutions
/// holding a 示范 or 试点 designation of the level valid at the end of the window — designated in that year or before,
/// and valid until that day or later (no end date = still valid). An entry with two such designations counts once.
/// </summary>
internal abstract class DesignatedEnterprisesCalculator(CountyIpDbContext db, DesignationLevel level) : EnterpriseCountCalculator(db)
{
    protected override string DetailColumn => "Column_Designations";

    protected override IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end) =>
        enterprises.Where(e => e.Designations.Any(d => d.Level == level && d.Year <= end.Year && (d.ValidUntil == null || d.ValidUntil >= end)));

    protected override async Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken)
    {
        var designations = await Db.Set<Enterprise>().AsNoTracking().Where(e => ids.Contains(e.Id))
            .SelectMany(e => e.Designations
                .Where(d => d.Level == level && d.Year <= end.Year && (d.ValidUntil == null || d.ValidUntil >= end))
                .Select(d => new { EnterpriseId = e.Id, d.Title, d.Year }))
            .ToListAsync(cancellationToken);
        return designations.GroupBy(d => d.EnterpriseId).ToDictionary(
            g => g.Key,
            g => (string?)string.Join("；", g.OrderBy(d => d.Year).Select(d => $"{d.Title}（{d.Year}）")));
    }
}

internal sealed class NationalDemoUnitsCalculator(CountyIpDbContext db) : DesignatedEnterprisesCalculator(db, DesignationLevel.National)
{
    public override string TargetId => "national-demo-units";
}

internal sealed class ProvincialDemoEnterprisesCalculator(CountyIpDbContext db) : DesignatedEnterprisesCalculator(db, DesignationLevel.Provincial)
{
    public override string TargetId => "provincial-demo-enterprises";
}

internal sealed class MunicipalDemoEnterprisesCalculator(CountyIpDbContext db) : DesignatedEnterprisesCalculator(db, DesignationLevel.Municipal)
{
    public override string TargetId => "municipal-demo-enterprises";
}

/// <summary>
/// enterprises-with-3-grants (二(二)3 "授权3件以上专利企业"): entries that are the first applicant of at least 3 Chinese
/// patents in force at the end of the window (<see cref="PatentsInForce"/>). Patents are counted for their first
/// applicant, as every other patent figure; a district enterprise named second after an outside first applicant
/// does not hold the patent for these figures.
/// </summary>
internal sealed class EnterprisesWith3GrantsCalculator(CountyIpDbContext db) : EnterpriseCountCalculator(db)
{
    private const int MinimumGrants = 3;

    public override string TargetId => "enterprises-with-3-grants";

    protected override string DetailColumn => "Column_PatentsInForce";

    protected override IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end)
    {
        var holders = PatentsInForce.At(Db.Set<Patent>(), end)
            .GroupBy(p => p.EnterpriseId).Where(g => g.Count() >= MinimumGrants).Select(g => g.Key);
        return enterprises.Where(e => holders.Contains(e.Id));
    }

    protected override async Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken) =>
        (await PatentsInForce.At(Db.Set<Patent>(), end).Where(p => p.EnterpriseId != null && ids.Contains(p.EnterpriseId.Value))
            .GroupBy(p => p.EnterpriseId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Id, g => (string?)g.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// Chinese patents of a district first applicant in force on a day: granted on or before it, the right not ended by
/// then by the status history (<see cref="Patent.RightEndedOn"/>: lapsed, expired or invalidated on that day or
/// earlier), and the term not over (专利法 art. 42, <see cref="Patent.ExpiryDate"/>) even when no expiry was recorded.
/// </summary>
internal static class PatentsInForce
{
    private static readonly DateOnly DesignTermChange = new(2021, 6, 1);

    public static IQueryable<Patent> At(IQueryable<Patent> patents, DateOnly end)
    {
        // Term not over: filing date + term > end, i.e. filed after end minus the term.
        var inventionFiledAfter = end.AddYears(-20);
        var tenYearsFiledAfter = end.AddYears(-10);
        var fifteenYearsFiledAfter = end.AddYears(-15);
        return patents.AsNoTracking().Where(p =>
            p.EnterpriseId != null
            && p.GrantDate <= end
            && p.FirstApplicantInDistrict
            && p.Office == Patent.ChineseOffice
            && (p.RightEndedOn == null || p.RightEndedOn > end)
            && (p.Type == PatentType.Invention
                ? p.FilingDate > inventionFiledAfter
                : p.Type == PatentType.Design && p.FilingDate >= DesignTermChange
                    ? p.FilingDate > fifteenYearsFiledAfter
                    : p.FilingDate > tenYearsFiledAfter));
    }
}
