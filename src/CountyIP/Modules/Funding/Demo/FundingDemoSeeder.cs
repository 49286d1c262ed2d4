using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.Demo;

/// <summary>
/// The pilot's fiscal years 2011-2015 when demo data is on (Development, or <c>CountyIP:DemoData</c>) and none is recorded
/// yet: 2013 and 2014 meet the 0.21% target, 2011, 2012 and 2015 miss it; 2011-2014 are approved, 2015 waits for a
/// second officer, so a newcomer signed in as demo.staff sees both states and can approve. And the reward policy of
/// source 四(二)3, 《仓山区扶持和培育自主知识产权奖励办法》, in three versions: the 2013 one (superseded), the 2014 revision
/// in force, and a 2015 revision being drafted. The bureau's own records are never mixed with invented ones (each part
/// is added only when its table is empty), and a second start adds nothing.
/// </summary>
internal sealed class FundingDemoSeeder(CountyIpDbContext db, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    /// <summary>Year, general budget expenditure, special fund appropriation (CNY), the budget resolution.</summary>
    private static readonly (int Year, decimal Expenditure, decimal Fund, string Document)[] Years =
    [
        (2011, 2_856_300_000.00m, 5_200_000.00m, "仓财预〔2011〕3号"),
        (2012, 3_214_800_000.00m, 6_500_000.00m, "仓财预〔2012〕2号"),
        (2013, 3_587_400_000.00m, 8_000_000.00m, "仓财预〔2013〕1号"),
        (2014, 3_902_600_000.00m, 8_600_000.00m, "仓财预〔2014〕4号"),
        (2015, 4_230_100_000.00m, 8_800_000.00m, "仓财预〔2015〕2号"),
    ];

    /// <summary>The split by use in percent; what rounding leaves goes to Other, so the lines add up to the fen.</summary>
    private static readonly (BudgetUse Use, decimal Percent)[] Split =
    [
        (BudgetUse.Subsidy, 40m), (BudgetUse.Industrialisation, 20m), (BudgetUse.Protection, 10m), (BudgetUse.Rewards, 10m),
        (BudgetUse.PublicityTraining, 8m), (BudgetUse.StrongCounty, 7m),
    ];

    private const int PendingYear = 2015;

    private const string PolicyName = "仓山区扶持和培育自主知识产权奖励办法";

    /// <summary>
    /// The 2014 revision's items (code, name, kind, mode, amount, cap per application, cap per enterprise and year, service
    /// invention and foreign factors, budget line): grants and filings on Subsidy, designations, marks and standards on
    /// Rewards, pledge interest and industrialisation on Industrialisation, training on PublicityTraining.
    /// </summary>
    private static readonly (string Code, string Name, AchievementKind Kind, AmountMode Mode, decimal Amount, decimal? PerApplication, decimal? PerYear, decimal Service, decimal Foreign, BudgetUse Line)[] Items2014 =
    [
        ("A1", "发明专利授权资助", AchievementKind.InventionGrant, AmountMode.PerUnit, 5_000m, null, null, 1.5m, 2m, BudgetUse.Subsidy),
        ("A2", "实用新型专利授权资助", AchievementKind.UtilityModelGrant, AmountMode.PerUnit, 1_000m, null, null, 1m, 1m, BudgetUse.Subsidy),
        ("A3", "外观设计专利授权资助", AchievementKind.DesignGrant, AmountMode.PerUnit, 500m, null, null, 1m, 1m, BudgetUse.Subsidy),
        ("A4", "PCT及国外专利申请资助", AchievementKind.ForeignFiling, AmountMode.PerUnit, 10_000m, null, 50_000m, 1m, 1m, BudgetUse.Subsidy),
        ("B1", "国家级知识产权示范企业奖励", AchievementKind.NationalDesignation, AmountMode.Fixed, 200_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("B2", "省级知识产权示范企业奖励", AchievementKind.ProvincialDesignation, AmountMode.Fixed, 100_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("B3", "市级知识产权示范企业奖励", AchievementKind.MunicipalDesignation, AmountMode.Fixed, 50_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("C1", "中国驰名商标奖励", AchievementKind.WellKnownMark, AmountMode.Fixed, 500_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("C2", "福建省著名商标奖励", AchievementKind.FamousMark, AmountMode.Fixed, 100_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("D1", "主导制定标准奖励", AchievementKind.StandardLed, AmountMode.Fixed, 100_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("D2", "参与制定标准奖励", AchievementKind.StandardJoined, AmountMode.Fixed, 30_000m, null, null, 1m, 1m, BudgetUse.Rewards),
        ("E1", "知识产权质押贷款贴息", AchievementKind.PledgeLoanInterest, AmountMode.PerUnit, 0.50m, null, 200_000m, 1m, 1m, BudgetUse.Industrialisation),
        ("E2", "专利技术产业化项目资助", AchievementKind.IndustrialisationProject, AmountMode.PerUnit, 100_000m, 300_000m, null, 1m, 1m, BudgetUse.Industrialisation),
        ("F1", "知识产权培训补助", AchievementKind.Training, AmountMode.PerUnit, 200m, null, 20_000m, 1m, 1m, BudgetUse.PublicityTraining),
    ];

    /// <summary>Items whose applications are submitted only with evidence: filing receipts, loan contracts, project contracts, sign-in sheets.</summary>
    private static readonly HashSet<string> EvidenceItems = ["A4", "E1", "E2", "F1"];

    /// <summary>The 2013 amounts, where they differ from 2014's (the revision raised them).</summary>
    private static readonly Dictionary<string, (decimal Amount, decimal? PerApplication, decimal? PerYear)> Amounts2013 = new()
    {
        ["A1"] = (3_000m, null, null), ["A2"] = (800m, null, null), ["A3"] = (300m, null, null), ["A4"] = (8_000m, null, 40_000m),
        ["B1"] = (150_000m, null, null), ["B2"] = (80_000m, null, null), ["B3"] = (30_000m, null, null), ["C1"] = (300_000m, null, null),
        ["C2"] = (80_000m, null, null), ["D1"] = (80_000m, null, null), ["D2"] = (20_000m, null, null), ["E1"] = (0.50m, null, 150_000m),
        ["E2"] = (80_000m, 200_000m, null), ["F1"] = (150m, null, 10_000m),
    };

    /// <summary>After the registry's and protection's demo data (900, 950).</summary>
    public int Order => 960;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Set<FiscalYear>().AnyAsync(cancellationToken))
        {
            AddYears(now);
        }

        if (!await db.Set<RewardPolicy>().AnyAsync(cancellationToken))
        {
            AddPolicies(now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddYears(DateTime now)
    {
        foreach (var (year, expenditure, fund, document) in Years)
        {
            var byUse = Split.ToDictionary(s => s.Use, s => Math.Round(fund * s.Percent / 100m, 2));
            byUse[BudgetUse.Other] = fund - byUse.Values.Sum();
            var record = new FiscalYear(year);
            // Four eyes in the demo too: the admin enters, the staff officer approves (DemoAccounts).
            record.Enter(expenditure, fund, document, byUse, DemoAccounts.All[0].UserName, now);
            if (year != PendingYear)
            {
                record.Approve(DemoAccounts.All[1].UserName, now);
            }

            db.Add(record);
        }
    }

    /// <summary>2013 published then superseded by the 2014 revision; the 2015 revision drafted from 2014's with a raised invention grant and a new item.</summary>
    private void AddPolicies(DateTime now)
    {
        var staff = DemoAccounts.All[1].UserName;
        var first = new RewardPolicy(PolicyName, "仓政综〔2013〕45号", new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31),
            Items2014.Select(i =>
            {
                var (amount, perApplication, perYear) = Amounts2013[i.Code];
                return new PolicyItem(i.Code, i.Name, i.Kind, i.Mode, amount, perApplication, perYear, i.Service, i.Foreign, i.Line, EvidenceItems.Contains(i.Code));
            }),
            staff, now);
        first.Publish(staff, now);

        var second = first.NextVersion(staff, now);
        second.Revise(PolicyName, "仓政综〔2014〕18号", new DateOnly(2014, 1, 1), null,
            Items2014.Select(i => new PolicyItem(i.Code, i.Name, i.Kind, i.Mode, i.Amount, i.PerApplication, i.PerYear, i.Service, i.Foreign, i.Line, EvidenceItems.Contains(i.Code))), staff, now);
        second.Publish(staff, now);
        first.Supersede(now);

        var third = second.NextVersion(staff, now);
        third.Revise(PolicyName, "仓政综〔2015〕（送审稿）", new DateOnly(2015, 1, 1), null,
            [
                .. Items2014.Select(i => new PolicyItem(i.Code, i.Name, i.Kind, i.Mode, i.Code == "A1" ? 6_000m : i.Amount, i.PerApplication, i.PerYear, i.Service, i.Foreign, i.Line, EvidenceItems.Contains(i.Code))),
                new PolicyItem("G1", "计算机软件著作权登记资助", AchievementKind.Other, AmountMode.PerUnit, 300m, null, 3_000m, 1m, 1m, BudgetUse.Subsidy),
            ],
            staff, now);
        db.AddRange(first, second, third);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var years = await db.Set<FiscalYear>().AsNoTracking().Select(y => new { y.Year, y.State }).ToListAsync(cancellationToken);
        var policies = await db.Set<RewardPolicy>().AsNoTracking().CountAsync(cancellationToken);
        return $"Special fund: {years.Count} fiscal years ({years.Count(y => y.State == FiscalYearState.Approved)} approved), {policies} reward policy versions";
    }
}
