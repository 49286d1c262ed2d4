using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>
/// A count of directory entries (enterprises and institutions) taken at the end of the window, as one SQL aggregate;
/// the unit scope and the breakdowns come from the entry itself. The evidence lists the entries with one column
/// that shows why each counts.
/// </summary>
internal abstract class EnterpriseCountCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : IIndicatorCalculator
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

    public virtual async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
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
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var e in rows)
        {
            records.Add(new EvidenceRecord(
                e.Id.ToString(),
                [
                    e.Name, e.CreditCode, RegistryIndicatorLabels.Enum(e.Kind), await labels.UnitNameAsync(e.UnitCode, cancellationToken),
                    await labels.IndustriesAsync(e.IndustryTags, cancellationToken), details.GetValueOrDefault(e.Id),
                ],
                $"/registry/enterprises/{e.Id}"));
        }

        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_Enterprise"), RegistryIndicatorsText.Get("Column_CreditCode"), RegistryIndicatorsText.Get("Column_Kind"),
                RegistryIndicatorsText.Get("Column_Unit"), RegistryIndicatorsText.Get("Column_Industry"), RegistryIndicatorsText.Get(DetailColumn),
            ],
            records,
            total);
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        kind == BreakdownKind.Industry
            ? RegistryBreakdowns.ByIndustryAsync(Counted(query).Select(e => (PlanIndustry?)e.IndustryTags), labels, cancellationToken)
            : RegistryBreakdowns.ByUnitAsync(Counted(query).Select(e => e.UnitCode), labels, cancellationToken);

    protected IQueryable<Enterprise> Counted(IndicatorQuery query) => CountedAt(InUnit(query), query.To);

    /// <summary>The directory entries of the query's unit (all when district-wide).</summary>
    protected IQueryable<Enterprise> InUnit(IndicatorQuery query)
    {
        var enterprises = db.Set<Enterprise>().AsNoTracking();
        if (query.UnitCode is { } unit)
        {
            enterprises = enterprises.Where(e => e.UnitCode == unit);
        }

        return enterprises;
    }
}

/// <summary>
/// enterprises-in-contact (二(二)3 "与企业建立工作联系"): working contact began on or before the end of the window and had
/// not ended by then (ended on the last day = ended, as for agencies).
/// </summary>
internal sealed class EnterprisesInContactCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : EnterpriseCountCalculator(db, labels)
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
internal abstract class DesignatedEnterprisesCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels, DesignationLevel level) : EnterpriseCountCalculator(db, labels)
{
    protected override string DetailColumn => "Column_Designations";

    protected override IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end)
    {
        // The few designations are read once (IN list), not looked up per directory entry.
        var designated = Db.Set<Enterprise>().SelectMany(
            e => e.Designations.Where(d => d.Level == level && d.Year <= end.Year && (d.ValidUntil == null || d.ValidUntil >= end)),
            (e, d) => e.Id);
        return enterprises.Where(e => designated.Contains(e.Id));
    }

    protected override async Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken)
    {
        // The result-selector form of SelectMany is a plain join of the owned designations table; projecting the
        // owner's key inside the collection selector instead needs SQL APPLY, which SQLite does not have.
        var designations = await Db.Set<Enterprise>().AsNoTracking().Where(e => ids.Contains(e.Id))
            .SelectMany(
                e => e.Designations.Where(d => d.Level == level && d.Year <= end.Year && (d.ValidUntil == null || d.ValidUntil >= end)),
                (e, d) => new { EnterpriseId = e.Id, d.Title, d.Year })
            .ToListAsync(cancellationToken);
        return designations.GroupBy(d => d.EnterpriseId).ToDictionary(
            g => g.Key,
            g => (string?)string.Join(
                RegistryIndicatorLabels.IsChinese ? "；" : "; ",
                g.OrderBy(d => d.Year).Select(d => RegistryIndicatorLabels.IsChinese ? $"{d.Title}（{d.Year}）" : $"{d.Title} ({d.Year})")));
    }
}

internal sealed class NationalDemoUnitsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : DesignatedEnterprisesCalculator(db, labels, DesignationLevel.National)
{
    public override string TargetId => "national-demo-units";
}

internal sealed class ProvincialDemoEnterprisesCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : DesignatedEnterprisesCalculator(db, labels, DesignationLevel.Provincial)
{
    public override string TargetId => "provincial-demo-enterprises";
}

internal sealed class MunicipalDemoEnterprisesCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : DesignatedEnterprisesCalculator(db, labels, DesignationLevel.Municipal)
{
    public override string TargetId => "municipal-demo-enterprises";
}

/// <summary>
/// enterprises-with-3-grants (二(二)3 "授权3件以上专利企业"): entries that are the first applicant of at least 3 Chinese
/// patents in force at the end of the window (<see cref="PatentsInForce"/>). Patents are counted for their first
/// applicant, as every other patent figure; a district enterprise named second after an outside first applicant
/// does not hold the patent for these figures.
/// </summary>
internal sealed class EnterprisesWith3GrantsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels, TimeProvider clock) : EnterpriseCountCalculator(db, labels)
{
    private const int MinimumGrants = 3;

    public override string TargetId => "enterprises-with-3-grants";

    protected override string DetailColumn => "Column_PatentsInForce";

    // Year-ends already counted by this (request-scoped) calculator, per unit.
    private readonly Dictionary<(DateOnly End, string? Unit), int> counted = [];

    /// <summary>
    /// The count scans every held patent, so one scan answers the window's end and the same day a year before and
    /// after: the dashboard asks for those next (previous year, chart years), and three scans would cost three times.
    /// </summary>
    public override async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        if (!counted.TryGetValue((query.To, query.UnitCode), out var count))
        {
            var (before, end, after) = (query.To.AddYears(-1), query.To, query.To.AddYears(1));
            var today = TimeDisplay.Today(clock);
            var (inForceBefore, inForceEnd, inForceAfter) = (
                PatentLegalStatusRule.InForceOn(before, today), PatentLegalStatusRule.InForceOn(end, today), PatentLegalStatusRule.InForceOn(after, today));
            var perHolder = Db.Set<Patent>().AsNoTracking()
                .Where(p => p.EnterpriseId != null && p.GrantDate <= after && p.FirstApplicantInDistrict && p.Office == Patent.ChineseOffice)
                .GroupBy(p => p.EnterpriseId)
                .Select(Predicates.Inline((IGrouping<Guid?, Patent> g) => new
                {
                    Id = g.Key,
                    Before = g.Count(p => p.Holds(inForceBefore)),
                    End = g.Count(p => p.Holds(inForceEnd)),
                    After = g.Count(p => p.Holds(inForceAfter)),
                }));
            var totals = await (
                    from h in perHolder
                    join e in InUnit(query) on h.Id equals e.Id
                    select h)
                .GroupBy(h => 1)
                .Select(g => new
                {
                    Before = g.Count(h => h.Before >= MinimumGrants),
                    End = g.Count(h => h.End >= MinimumGrants),
                    After = g.Count(h => h.After >= MinimumGrants),
                })
                .FirstOrDefaultAsync(cancellationToken);
            counted[(before, query.UnitCode)] = totals?.Before ?? 0;
            counted[(after, query.UnitCode)] = totals?.After ?? 0;
            count = counted[(end, query.UnitCode)] = totals?.End ?? 0;
        }

        return new IndicatorValue(count);
    }

    protected override IQueryable<Enterprise> CountedAt(IQueryable<Enterprise> enterprises, DateOnly end)
    {
        var holders = PatentsInForce.At(Db.Set<Patent>(), end, TimeDisplay.Today(clock))
            .GroupBy(p => p.EnterpriseId).Where(g => g.Count() >= MinimumGrants).Select(g => g.Key);
        return enterprises.Where(e => holders.Contains(e.Id));
    }

    protected override async Task<IReadOnlyDictionary<Guid, string?>> DetailsAsync(IReadOnlyList<Guid> ids, DateOnly end, CancellationToken cancellationToken) =>
        (await PatentsInForce.At(Db.Set<Patent>(), end, TimeDisplay.Today(clock)).Where(p => p.EnterpriseId != null && ids.Contains(p.EnterpriseId.Value))
            .GroupBy(p => p.EnterpriseId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Id, g => (string?)g.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// Chinese patents of a district first applicant, linked to an enterprise, in force on a day by the one status rule
/// (<see cref="PatentLegalStatusRule.InForceOn"/>: granted, term not over, no recorded end, annual fees not lapsed).
/// </summary>
internal static class PatentsInForce
{
    public static IQueryable<Patent> At(IQueryable<Patent> patents, DateOnly end, DateOnly today) =>
        patents.AsNoTracking()
            .Where(p => p.EnterpriseId != null && p.FirstApplicantInDistrict && p.Office == Patent.ChineseOffice)
            .Where(PatentLegalStatusRule.InForceOn(end, today));
}
