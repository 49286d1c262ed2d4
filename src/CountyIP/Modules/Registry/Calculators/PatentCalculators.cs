using System.Globalization;
using System.Linq.Expressions;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>Registers the registry's indicator calculators (issue 4 §1); called from the Registry front door.</summary>
public static class RegistryIndicatorsSetup
{
    public static IServiceCollection AddRegistryCalculators(this IServiceCollection services)
    {
        services.AddScoped<RegistryIndicatorLabels>();
        services.AddIndicatorCalculator<PatentApplicationsCalculator>();
        services.AddIndicatorCalculator<PatentGrantsCalculator>();
        services.AddIndicatorCalculator<InventionGrantsCalculator>();
        services.AddIndicatorCalculator<InventionApplicationsCalculator>();
        services.AddIndicatorCalculator<ForeignApplicationsCalculator>();
        services.AddIndicatorCalculator<ServiceInventionShareCalculator>();
        services.AddIndicatorCalculator<AgencyFiledShareCalculator>();
        services.AddIndicatorCalculator<ServiceAgenciesCalculator>();
        services.AddIndicatorCalculator<EnterprisesWith3GrantsCalculator>();
        services.AddIndicatorCalculator<EnterprisesInContactCalculator>();
        services.AddIndicatorCalculator<NationalDemoUnitsCalculator>();
        services.AddIndicatorCalculator<ProvincialDemoEnterprisesCalculator>();
        services.AddIndicatorCalculator<MunicipalDemoEnterprisesCalculator>();
        services.AddIndicatorCalculator<TrademarkApplicationsCalculator>();
        services.AddIndicatorCalculator<WellKnownTrademarksCalculator>();
        services.AddIndicatorCalculator<FamousTrademarksCalculator>();
        services.AddIndicatorCalculator<CopyrightRegistrationsCalculator>();
        services.AddIndicatorCalculator<StandardsProjectsCalculator>();
        return services;
    }
}

/// <summary>
/// A count of patents by a date column inside the window, as one SQL aggregate over indexed columns
/// (FirstApplicantInDistrict + FilingDate, GrantDate, Type + FilingDate). Patents whose first applicant is outside
/// the district never count, also when a later applicant is inside (issue 4 §1, "external patents excluded").
/// </summary>
internal abstract class PatentCountCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : IIndicatorCalculator
{
    public abstract string TargetId { get; }

    public IndicatorText Definition => RegistryIndicatorsText.Get($"Definition_{TargetId}");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit, BreakdownKind.Industry };

    /// <summary>The patents counted for the window (district and unit filters are applied by the caller).</summary>
    protected abstract IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to);

    public virtual async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Counted(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var patents = Counted(query);
        var total = await patents.CountAsync(cancellationToken);
        var rows = await patents.OrderBy(p => p.FilingDate).ThenBy(p => p.ApplicationNumber)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.Office, p.ApplicationNumber, p.Title, p.Type, p.FilingDate, p.GrantDate, p.UnitCode, p.AgencyName, p.ServiceInvention })
            .ToListAsync(cancellationToken);
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var p in rows)
        {
            records.Add(new EvidenceRecord(
                p.Id.ToString(),
                [
                    p.Office == Patent.ChineseOffice ? p.ApplicationNumber : $"{p.Office} {p.ApplicationNumber}", p.Title, RegistryIndicatorLabels.Enum(p.Type),
                    Date(p.FilingDate), p.GrantDate is { } g ? Date(g) : null, await labels.UnitNameAsync(p.UnitCode, cancellationToken), p.AgencyName,
                    RegistryIndicatorLabels.YesNo(p.ServiceInvention),
                ],
                $"/registry/patents/{p.Id}"));
        }

        return new EvidencePage(
            [
                RegistryIndicatorsText.Get("Column_ApplicationNumber"), RegistryIndicatorsText.Get("Column_Title"), RegistryIndicatorsText.Get("Column_Type"),
                RegistryIndicatorsText.Get("Column_FilingDate"), RegistryIndicatorsText.Get("Column_GrantDate"), RegistryIndicatorsText.Get("Column_Unit"),
                RegistryIndicatorsText.Get("Column_Agency"), RegistryIndicatorsText.Get("Column_ServiceInvention"),
            ],
            records,
            total);
    }

    /// <summary>By unit (the first applicant's), or by the plan industries of the first applicant's enterprise.</summary>
    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        kind == BreakdownKind.Industry
            ? RegistryBreakdowns.ByIndustryAsync(
                from p in Counted(query)
                join e in db.Set<Enterprise>() on p.EnterpriseId equals e.Id into firstApplicants
                from e in firstApplicants.DefaultIfEmpty()
                select e == null ? null : (PlanIndustry?)e.IndustryTags,
                labels,
                cancellationToken)
            : RegistryBreakdowns.ByUnitAsync(Counted(query).Select(p => p.UnitCode), labels, cancellationToken);

    protected IQueryable<Patent> Counted(IndicatorQuery query)
    {
        var patents = db.Set<Patent>().AsNoTracking().Where(p => p.FirstApplicantInDistrict);
        if (query.UnitCode is { } unit)
        {
            patents = patents.Where(p => p.UnitCode == unit);
        }

        return InWindow(patents, query.From, query.To);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed class PatentApplicationsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    public override string TargetId => "patent-applications";

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => p.Office == Patent.ChineseOffice && p.FilingDate >= from && p.FilingDate <= to);
}

internal sealed class PatentGrantsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    public override string TargetId => "patent-grants";

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => p.Office == Patent.ChineseOffice && p.GrantDate >= from && p.GrantDate <= to);
}

internal sealed class InventionGrantsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    public override string TargetId => "invention-grants";

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => p.Office == Patent.ChineseOffice && p.Type == PatentType.Invention && p.GrantDate >= from && p.GrantDate <= to);
}

/// <summary>Invention applications of the window; the engine compares them with the same days a year earlier.</summary>
internal sealed class InventionApplicationsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    public override string TargetId => "invention-applications-growth";

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => p.Office == Patent.ChineseOffice && p.Type == PatentType.Invention && p.FilingDate >= from && p.FilingDate <= to);
}

/// <summary>国(境)外 applications: filed at a foreign office, or international (PCT) applications.</summary>
internal sealed class ForeignApplicationsCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    public override string TargetId => "foreign-applications-growth";

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => (p.Office != Patent.ChineseOffice || p.ViaPct) && p.FilingDate >= from && p.FilingDate <= to);
}

/// <summary>A share of the window's applications (as <c>patent-applications</c>); null without applications.</summary>
internal abstract class PatentShareCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentCountCalculator(db, labels)
{
    protected abstract Expression<Func<Patent, bool>> Part { get; }

    protected override IQueryable<Patent> InWindow(IQueryable<Patent> patents, DateOnly from, DateOnly to) =>
        patents.Where(p => p.Office == Patent.ChineseOffice && p.FilingDate >= from && p.FilingDate <= to);

    public override async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var applications = Counted(query);
        var all = await applications.CountAsync(cancellationToken);
        if (all == 0)
        {
            return null;
        }

        var part = await applications.Where(Part).CountAsync(cancellationToken);
        return new IndicatorValue(Math.Round((decimal)part / all, 4), part, all);
    }
}

internal sealed class ServiceInventionShareCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentShareCalculator(db, labels)
{
    public override string TargetId => "service-invention-share";

    protected override Expression<Func<Patent, bool>> Part => p => p.ServiceInvention;
}

internal sealed class AgencyFiledShareCalculator(CountyIpDbContext db, RegistryIndicatorLabels labels) : PatentShareCalculator(db, labels)
{
    public override string TargetId => "agency-filed-share";

    protected override Expression<Func<Patent, bool>> Part => p => p.AgencyName != null && p.AgencyName != "";
}
