using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A district figure of the summary: the plan indicator over the period, its target, and where its records are.</summary>
public sealed record SummaryFigure(string TargetId, string NameZh, string NameEn, decimal? Value, decimal? Target, string Unit, string Href);

/// <summary>A unit's accepted report as the summary quotes it.</summary>
public sealed record SummaryUnit(Guid ReportId, string UnitCode, string UnitName, string UnitNameZh, OwnerKind UnitKind, string? Work, bool Late);

public sealed record DistrictSummaryView(
    ReportKind Kind, string Period, string Title, DateOnly From, DateOnly To, IReadOnlyList<SummaryFigure> Figures,
    IReadOnlyList<SummaryUnit> Units, IReadOnlyList<string> Missing, int Owed, int Accepted, int Late);

/// <summary>
/// The district's own half-year and annual summaries (issue 14 §3; source 四(一)3): assembled from the dashboard's
/// figures over the period — each linked to its records — and the units' accepted reports, with the units whose report
/// is not (yet) accepted named. Shown on a page and issued as an official document by the leadership group's office.
/// </summary>
internal sealed class DistrictSummaryHandler(
    CountyIpDbContext db, IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans, OwnerDirectory owners, IConfiguration configuration, TimeProvider clock)
{
    public const string Issuer = "仓山区知识产权强县工程试点工作领导小组办公室";
    public const string Recipient = "区知识产权强县工程试点工作领导小组：";

    public async Task<DistrictSummaryView?> HandleAsync(ReportKind kind, string period, CancellationToken cancellationToken)
    {
        if (!ReportPeriods.IsValid(kind, period))
        {
            return null;
        }

        var (from, to) = ReportPeriods.Window(kind, period);
        var figures = new List<SummaryFigure>();
        if (await plans.GetActiveAsync(cancellationToken) is { } plan)
        {
            foreach (var target in plan.Targets)
            {
                if (calculators.FirstOrDefault(c => c.TargetId == target.Id) is not { } calculator)
                {
                    continue;
                }

                var value = await calculator.ComputeAsync(new IndicatorQuery(plan.Id, from, to, null), cancellationToken);
                figures.Add(new SummaryFigure(target.Id, target.Name.Zh, target.Name.En, value?.Value, target.TargetValue, target.Unit, IndicatorPages.Detail(target.Id, from.Year)));
            }
        }

        var reports = await db.Set<PeriodicReport>().AsNoTracking().Where(r => r.Kind == kind && r.Period == period).ToListAsync(cancellationToken);
        var all = await owners.ListAsync(cancellationToken);
        var units = new List<SummaryUnit>();
        foreach (var owner in all)
        {
            if (reports.FirstOrDefault(r => r.OwnerCode == owner.Code && r.State == ReportState.Accepted) is { } r)
            {
                units.Add(new SummaryUnit(r.Id, owner.Code, owner.Name, owner.NameZh, owner.Kind, r.Work, r.IsLate));
            }
        }

        var missing = all.Where(o => reports.Any(r => r.OwnerCode == o.Code) && units.All(u => u.UnitCode != o.Code)).Select(o => o.Name).ToList();
        return new DistrictSummaryView(kind, period, Title(kind, period), from, to, figures, units, missing, reports.Count, units.Count, reports.Count(r => r.IsLate || r.IsMissingOn(TimeDisplay.Today(clock))));
    }

    public async Task<ReportFile?> DocumentAsync(ReportKind kind, string period, string format, bool redHeader, CancellationToken cancellationToken)
    {
        if (await HandleAsync(kind, period, cancellationToken) is not { } view)
        {
            return null;
        }

        if (format != "docx")
        {
            CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        }

        var tracked = view.Figures.Where(f => f.Value is not null).ToList();
        var sections = new List<(string, string)>
        {
            ("一、主要指标完成情况", tracked.Count == 0 ? "本期尚无可统计的指标数据。"
                : string.Join("；", tracked.Select(f => $"{f.NameZh}{Value(f)}" + (f.Target is { } t ? $"（目标{Number(t, f.Unit)}）" : string.Empty))) + "。各项数据按平台记录统计，明细见附表。"),
            ("二、各单位工作开展情况", view.Units.Count == 0 ? "本期尚无经审核采用的单位报告。"
                : string.Join("\n", view.Units.Select(u => $"{u.UnitNameZh}：{u.Work}"))),
            ("三、报送情况", $"本期应报 {view.Owed} 个单位，已审核采用 {view.Accepted} 个，迟报或未报 {view.Late} 个"
                + (view.Missing.Count == 0 ? "。" : $"；尚未采用的单位：{string.Join("、", view.Missing)}。")),
        };
        var document = new OfficialDocument(Issuer, view.Title, Recipient, sections, "附：主要指标（" + view.Period + "）",
            [.. view.Figures.Select(f => (f.NameZh, Value(f)))], TimeDisplay.Today(clock));
        return OfficialDocumentWriter.File(document, format, redHeader, view.Title);
    }

    public static string Title(ReportKind kind, string period) => kind switch
    {
        ReportKind.HalfYear => $"仓山区{period[..4]}年上半年知识产权强县工程试点工作小结",
        ReportKind.Annual => $"仓山区{period[..4]}年度知识产权强县工程试点工作总结",
        _ => $"仓山区{period[..4]}年{int.Parse(period[5..], CultureInfo.InvariantCulture)}月知识产权工作动态",
    };

    private static string Value(SummaryFigure f) => f.Value is { } v ? Number(v, f.Unit) : "—";

    private static string Number(decimal v, string unit) => unit == "%" ? v.ToString("0.#%", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture) + unit;
}
