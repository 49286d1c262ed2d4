using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.Data;

/// <summary>
/// Loads the time limits once (the bureau edits them afterwards); values and legal bases from the domain note
/// "Time limits for protection work". Kinds and stages added later get their rows on the next start.
/// </summary>
internal sealed class DeadlineRuleSeeder(CountyIpDbContext db) : IDataSeeder
{
    private const string Centre12330 = "知识产权维权援助与举报投诉中心工作规则（12330 模式，广东 2011）第十四至十八条";
    private const string PatentEnforcement = "专利行政执法办法（国家知识产权局令第71号）：收到请求之日起5个工作日内立案，立案之日起3个月内结案，经批准可延长1个月";
    private const string MarketProcedure = "市场监督管理行政处罚程序规定：15个工作日内核查决定是否立案（可延长15个工作日）；立案之日起90日内作出处理决定，经批准可延长30日";
    private const string TradeFairRules = "展会知识产权保护办法（商务部、国家工商总局、国家版权局、国家知识产权局2006年第1号令）：展会期间设立投诉机构，现场投诉当日处理";
    private const string Samr20 = "市场监督管理投诉举报处理暂行办法（总局令第20号）：收到投诉之日起7个工作日内决定是否受理";

    public int Order => 150;

    public bool IsDemoData => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<DeadlineRule>().Select(r => new { r.Kind, r.Stage }).ToListAsync(cancellationToken);
        var have = existing.Select(e => (e.Kind, e.Stage)).ToHashSet();
        foreach (var rule in Defaults().Where(r => !have.Contains((r.Kind, r.Stage))))
        {
            db.Add(rule);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IEnumerable<DeadlineRule> Defaults()
    {
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            yield return kind switch
            {
                CaseKind.PatentInfringement or CaseKind.IpDispute =>
                    new DeadlineRule(kind, DeadlineStage.InitialReview, 5, DeadlineUnit.WorkingDays, 0, PatentEnforcement),
                CaseKind.PatentPassingOff =>
                    new DeadlineRule(kind, DeadlineStage.InitialReview, 15, DeadlineUnit.WorkingDays, 15, MarketProcedure),
                _ => new DeadlineRule(kind, DeadlineStage.InitialReview, 7, DeadlineUnit.WorkingDays, 0, Samr20),
            };
            yield return new DeadlineRule(kind, DeadlineStage.Handover, 5, DeadlineUnit.WorkingDays, 0, Centre12330 + "：收到之日起5个工作日内转交");
            yield return new DeadlineRule(kind, DeadlineStage.DepartmentAcceptance, 15, DeadlineUnit.WorkingDays, 0, Centre12330 + "：执法部门15个工作日内回执受理");
            yield return kind switch
            {
                CaseKind.PatentInfringement or CaseKind.IpDispute =>
                    new DeadlineRule(kind, DeadlineStage.Conclusion, 90, DeadlineUnit.CalendarDays, 30, PatentEnforcement),
                CaseKind.PatentPassingOff =>
                    new DeadlineRule(kind, DeadlineStage.Conclusion, 90, DeadlineUnit.CalendarDays, 30, MarketProcedure),
                _ => new DeadlineRule(kind, DeadlineStage.Conclusion, 90, DeadlineUnit.CalendarDays, 30, Centre12330 + "：一般案件90日，复杂案件120日"),
            };
            yield return new DeadlineRule(kind, DeadlineStage.InformComplainant, 5, DeadlineUnit.WorkingDays, 0, Centre12330 + "：收到结果之日起5个工作日内告知投诉人");
            // Zero working days: due the day the complaint is made, weekend or not (fairs run on weekends).
            yield return new DeadlineRule(kind, DeadlineStage.OnSiteHandling, 0, DeadlineUnit.WorkingDays, 0, TradeFairRules);
        }
    }
}
