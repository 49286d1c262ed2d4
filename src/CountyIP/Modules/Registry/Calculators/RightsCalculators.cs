using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>
/// A count of trademarks, copyrights or standards projects as one SQL aggregate. Unit scope and breakdowns come from
/// the owning directory entry (the owner link); a record without one has no unit and no plan industry.
/// </summary>
internal abstract class OwnedRightCountCalculator<TRight>(CountyIpDbContext db, RegistryIndicatorLabels labels) : IIndicatorCalculator
    where TRight : class
{
    public abstract string TargetId { get; }

    public IndicatorText Definition => RegistryIndicatorsText.Get($"Definition_{TargetId}");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit, BreakdownKind.Industry };

    protected CountyIpDbContext Db => db;

    /// <summary>The records counted for the window.</summary>
    protected abstract IQueryable<TRight> InWindow(IQueryable<TRight> rights, DateOnly from, DateOnly to);

    /// <summary>Records owned by an entry of <paramref name="unit"/>.</summary>
    protected abstract IQueryable<TRight> InUnit(IQueryable<TRight> rights, IQueryable<Enterprise> unitEnterprises);

    /// <summary>The owning entry of each record (null when the owner is not linked), for the breakdowns.</summary>
    protected abstract IQueryable<Enterprise?> Owners(IQueryable<TRight> rights);

    protected abstract Task<EvidencePage> PageAsync(IQueryable<TRight> rights, int page, int pageSize, IndicatorQuery query, CancellationToken cancellationToken);

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Counted(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rights = Counted(query);
        var result = await PageAsync(rights, Math.Max(page, 1), pageSize, query, cancellationToken);
        return result with { Total = await rights.CountAsync(cancellationToken) };
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        kind == BreakdownKind.Industry
            ? RegistryBreakdowns.ByIndustryAsync(Owners(Counted(query)).Select(e => e == null ? null : (PlanIndustry?)e.IndustryTags), labels, cancellationToken)
            : RegistryBreakdowns.ByUnitAsync(Owners(Counted(query)).Select(e => e == null ? null : e.UnitCode), labels, cancellationToken);

    private IQueryable<TRight> Counted(IndicatorQuery query)
    {
        var rights = InWindow(db.Set<TRight>().AsNoTracking(), query.From, query.To);
        return query.UnitCode is { } unit ? InUnit(rights, db.Set<Enterprise>().Where(e => e.UnitCode == unit)) : rights;
    }
}

/// <summary>Trademark evidence and ownership: owned by a directory entry through the owner link.</summary>
internal abstract class TrademarkCountCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : OwnedRightCountCalculator<Trademark>(db, labels)
{
    protected override IQueryable<Trademark> InUnit(IQueryable<Trademark> rights, IQueryable<Enterprise> unitEnterprises) =>
        rights.Where(t => unitEnterprises.Any(e => e.Id == t.EnterpriseId));

    protected override IQueryable<Enterprise?> Owners(IQueryable<Trademark> rights) =>
        from t in rights
        join e in Db.Set<Enterprise>() on t.EnterpriseId equals e.Id into owners
        from e in owners.DefaultIfEmpty()
        select e;

    protected override async Task<EvidencePage> PageAsync(IQueryable<Trademark> rights, int page, int pageSize, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var rows = await rights.OrderBy(t => t.ApplicationDate).ThenBy(t => t.RegistrationNumber)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(t => new { t.Id, t.RegistrationNumber, t.Mark, t.NiceClasses, t.OwnerName, t.EnterpriseId, t.ApplicationDate, t.RegistrationDate, t.Status })
            .ToListAsync(cancellationToken);
        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_TrademarkNumber"), RegistryIndicatorsText.Get("Column_Mark"), RegistryIndicatorsText.Get("Column_NiceClasses"),
                RegistryIndicatorsText.Get("Column_Owner"), RegistryIndicatorsText.Get("Column_ApplicationDate"), RegistryIndicatorsText.Get("Column_RegistrationDate"),
                RegistryIndicatorsText.Get("Column_Status"),
            ],
            [.. rows.Select(t => new EvidenceRecord(
                t.Id.ToString(),
                [t.RegistrationNumber, t.Mark, t.NiceClasses, t.OwnerName, RegistryBreakdowns.Date(t.ApplicationDate), RegistryBreakdowns.Date(t.RegistrationDate), RegistryIndicatorLabels.Enum(t.Status)],
                t.EnterpriseId is { } owner ? $"/registry/enterprises/{owner}" : null))],
            0);
    }
}

/// <summary>
/// trademark-applications (二(二)6 "年均注册商标申请量"): trademark applications with an application date in the window
/// whose applicant is in the district — linked to a directory entry (the directory holds the district's enterprises
/// and institutions); marks of outside owners are kept in the ledger but never counted.
/// </summary>
internal sealed class TrademarkApplicationsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : TrademarkCountCalculator(db, labels)
{
    public override string TargetId => "trademark-applications";

    protected override IQueryable<Trademark> InWindow(IQueryable<Trademark> rights, DateOnly from, DateOnly to) =>
        rights.Where(t => t.ApplicationDate >= from && t.ApplicationDate <= to && t.EnterpriseId != null);
}

/// <summary>
/// well-known-trademarks (中国驰名商标) and famous-trademarks (福建省著名商标), 二(二)6 "累计拥有": district marks holding the
/// recognition at the end of the window — recognised in that year or before and valid until that day or later (no end
/// date = still valid). A mark recognised twice counts once.
/// </summary>
internal abstract class RecognisedTrademarksCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels, RecognitionKind kind) : TrademarkCountCalculator(db, labels)
{
    protected override IQueryable<Trademark> InWindow(IQueryable<Trademark> rights, DateOnly from, DateOnly to)
    {
        // The few recognitions are read once (IN list), not looked up per mark.
        var recognised = Db.Set<Trademark>().SelectMany(
            t => t.Recognitions.Where(r => r.Kind == kind && r.Year <= to.Year && (r.ValidUntil == null || r.ValidUntil >= to)),
            (t, r) => t.Id);
        return rights.Where(t => t.EnterpriseId != null && recognised.Contains(t.Id));
    }
}

internal sealed class WellKnownTrademarksCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : RecognisedTrademarksCalculator(db, labels, RecognitionKind.WellKnown)
{
    public override string TargetId => "well-known-trademarks";
}

internal sealed class FamousTrademarksCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : RecognisedTrademarksCalculator(db, labels, RecognitionKind.Famous)
{
    public override string TargetId => "famous-trademarks";
}

/// <summary>
/// copyright-registrations (二(二)6 "以计算机软件为主的各类作品著作权登记数量"): software and works registrations of the
/// district's copyright ledger with a registration date in the window.
/// </summary>
internal sealed class CopyrightRegistrationsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : OwnedRightCountCalculator<CopyrightRegistration>(db, labels)
{
    public override string TargetId => "copyright-registrations";

    protected override IQueryable<CopyrightRegistration> InWindow(IQueryable<CopyrightRegistration> rights, DateOnly from, DateOnly to) =>
        rights.Where(c => c.RegisteredOn >= from && c.RegisteredOn <= to);

    protected override IQueryable<CopyrightRegistration> InUnit(IQueryable<CopyrightRegistration> rights, IQueryable<Enterprise> unitEnterprises) =>
        rights.Where(c => unitEnterprises.Any(e => e.Id == c.EnterpriseId));

    protected override IQueryable<Enterprise?> Owners(IQueryable<CopyrightRegistration> rights) =>
        from c in rights
        join e in Db.Set<Enterprise>() on c.EnterpriseId equals e.Id into owners
        from e in owners.DefaultIfEmpty()
        select e;

    protected override async Task<EvidencePage> PageAsync(IQueryable<CopyrightRegistration> rights, int page, int pageSize, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var rows = await rights.OrderBy(c => c.RegisteredOn).ThenBy(c => c.RegistrationNumber)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.RegistrationNumber, c.Kind, c.Title, c.OwnerName, c.EnterpriseId, c.RegisteredOn })
            .ToListAsync(cancellationToken);
        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_RegistrationNumber"), RegistryIndicatorsText.Get("Column_Type"), RegistryIndicatorsText.Get("Column_Title"),
                RegistryIndicatorsText.Get("Column_Owner"), RegistryIndicatorsText.Get("Column_RegistrationDate"),
            ],
            [.. rows.Select(c => new EvidenceRecord(
                c.Id.ToString(),
                [c.RegistrationNumber, RegistryIndicatorLabels.Enum(c.Kind), c.Title, c.OwnerName, RegistryBreakdowns.Date(c.RegisteredOn)],
                c.EnterpriseId is { } owner ? $"/registry/enterprises/{owner}" : null))],
            0);
    }
}

/// <summary>
/// standards-projects (二(二)6 "新增主持或参与国家、行业标准制定修订项目"): national or industry standards projects, led or
/// joined, new or revision, started during the pilot up to the end of the window (local and group standards are not
/// what the clause names).
/// </summary>
internal sealed class StandardsProjectsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : OwnedRightCountCalculator<StandardsProject>(db, labels)
{
    public override string TargetId => "standards-projects";

    protected override IQueryable<StandardsProject> InWindow(IQueryable<StandardsProject> rights, DateOnly from, DateOnly to) =>
        rights.Where(s => s.StartYear >= from.Year && s.StartYear <= to.Year && (s.Level == StandardLevel.National || s.Level == StandardLevel.Industry));

    protected override IQueryable<StandardsProject> InUnit(IQueryable<StandardsProject> rights, IQueryable<Enterprise> unitEnterprises) =>
        rights.Where(s => unitEnterprises.Any(e => e.Id == s.EnterpriseId));

    protected override IQueryable<Enterprise?> Owners(IQueryable<StandardsProject> rights) =>
        from s in rights
        join e in Db.Set<Enterprise>() on s.EnterpriseId equals e.Id into owners
        from e in owners.DefaultIfEmpty()
        select e;

    protected override async Task<EvidencePage> PageAsync(IQueryable<StandardsProject> rights, int page, int pageSize, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var rows = await (
                from s in rights
                join e in Db.Set<Enterprise>() on s.EnterpriseId equals e.Id
                orderby s.StartYear, s.Title
                select new { s.Id, s.Number, s.Title, s.Level, s.Role, s.Kind, s.StartYear, s.EnterpriseId, Enterprise = e.Name })
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_StandardNumber"), RegistryIndicatorsText.Get("Column_Title"), RegistryIndicatorsText.Get("Column_Level"),
                RegistryIndicatorsText.Get("Column_Role"), RegistryIndicatorsText.Get("Column_Type"), RegistryIndicatorsText.Get("Column_StartYear"),
                RegistryIndicatorsText.Get("Column_Enterprise"),
            ],
            [.. rows.Select(s => new EvidenceRecord(
                s.Id.ToString(),
                [s.Number, s.Title, RegistryIndicatorLabels.Enum(s.Level), RegistryIndicatorLabels.Enum(s.Role), RegistryIndicatorLabels.Enum(s.Kind), s.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Enterprise],
                $"/registry/enterprises/{s.EnterpriseId}"))],
            0);
    }
}
