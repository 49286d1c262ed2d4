using System.Globalization;
using System.Linq.Expressions;
using System.Resources;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Transfer.Calculators;

/// <summary>
/// Counts industrialisation projects for a target of 二(二)5. Which projects and which date are the subclass's
/// definition; a town's share counts the projects of its enterprises; terminated projects never count.
/// </summary>
internal abstract class ProjectCountCalculator(CountyIpDbContext db, IReferenceDirectory reference) : IIndicatorCalculator
{
    private static readonly ResourceManager Resources = new(typeof(TransferText));

    public abstract string TargetId { get; }

    public IndicatorText Definition => Text("Definition_" + TargetId);

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit };

    /// <summary>The projects of the kind that count.</summary>
    protected abstract ProjectKind Kind { get; }

    /// <summary>The date that places a project in a year.</summary>
    protected abstract Expression<Func<IndustrialisationProject, DateOnly?>> CountedDate { get; }

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Counted(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var projects = Counted(query);
        var total = await projects.CountAsync(cancellationToken);
        var rows = await projects.OrderBy(p => p.StartDate).ThenBy(p => p.Title).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var chinese = Platform.Localization.LocalizedName.IsChinese;
        var date = CountedDate.Compile();
        return new EvidencePage(
            [Text("Column_CountedOn"), Text("Column_Project"), Text("Column_Enterprise"), Text("Column_Patents"), Text("Column_State")],
            [.. rows.Select(p => new EvidenceRecord(
                p.Id.ToString(),
                [date(p)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Title, p.EnterpriseName,
                 string.Join("、", p.Patents.Select(r => r.Number).Concat(p.IntroducedPatents.Select(i => i.Number))), Text($"Enum_ProjectState_{p.State}").Pick(chinese)],
                $"/transfer/projects/{p.Id}"))],
            total);
    }

    public async Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken)
    {
        var rows = await Counted(query).GroupBy(p => p.UnitCode ?? string.Empty).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var units = (await reference.ListUnitsAsync(null, cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key).Select(r => new BreakdownRow(
            r.Key,
            units.TryGetValue(r.Key, out var u) ? new IndicatorText(u.NameZh, u.NameEn) : Text("Unit_None"),
            r.Count))];
    }

    private static IndicatorText Text(string key) => new(
        Resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN")) ?? key,
        Resources.GetString(key, CultureInfo.GetCultureInfo("en")) ?? key);

    private IQueryable<IndustrialisationProject> Counted(IndicatorQuery query)
    {
        var kind = Kind;
        var projects = db.Set<IndustrialisationProject>().AsNoTracking().Where(p => p.Kind == kind && p.State != ProjectState.Terminated);
        projects = projects.Where(Between(CountedDate, query.From, query.To));
        return query.UnitCode is { } unit ? projects.Where(p => p.UnitCode == unit) : projects;
    }

    private static Expression<Func<IndustrialisationProject, bool>> Between(Expression<Func<IndustrialisationProject, DateOnly?>> date, DateOnly from, DateOnly to)
    {
        var body = date.Body;
        var low = Expression.GreaterThanOrEqual(body, Expression.Constant((DateOnly?)from, typeof(DateOnly?)));
        var high = Expression.LessThanOrEqual(body, Expression.Constant((DateOnly?)to, typeof(DateOnly?)));
        return Expression.Lambda<Func<IndustrialisationProject, bool>>(Expression.AndAlso(low, high), date.Parameters);
    }
}

/// <summary>
/// supported-industrialization-projects (source 二(二)5 "扶持专利产业化项目40项以上"): projects of the kind 扶持 whose support
/// the district decided in the window (the support date counts, not the start); any state but terminated.
/// </summary>
internal sealed class SupportedProjectsCalculator(CountyIpDbContext db, IReferenceDirectory reference) : ProjectCountCalculator(db, reference)
{
    public const string Id = "supported-industrialization-projects";

    public override string TargetId => Id;

    protected override ProjectKind Kind => ProjectKind.Supported;

    protected override Expression<Func<IndustrialisationProject, DateOnly?>> CountedDate => p => p.SupportedOn;
}

/// <summary>
/// introduced-patent-projects (source 二(二)5 "支持引进优势专利在我区产业化,项目数量达25项以上"): projects of the kind 引进 —
/// patents owned outside the district brought in by an assignment or licence — that started in the window; any state
/// but terminated.
/// </summary>
internal sealed class IntroducedProjectsCalculator(CountyIpDbContext db, IReferenceDirectory reference) : ProjectCountCalculator(db, reference)
{
    public const string Id = "introduced-patent-projects";

    public override string TargetId => Id;

    protected override ProjectKind Kind => ProjectKind.Introduced;

    protected override Expression<Func<IndustrialisationProject, DateOnly?>> CountedDate => p => p.StartDate;
}
