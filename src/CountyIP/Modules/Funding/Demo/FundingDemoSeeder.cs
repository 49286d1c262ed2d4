using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.Demo;

/// <summary>
/// The pilot's fiscal years 2011-2015 when demo data is on (Development, or <c>CountyIP:DemoData</c>) and none is recorded
/// yet: 2013 and 2014 meet the 0.21% target, 2011, 2012 and 2015 miss it; 2011-2014 are approved, 2015 waits for a
/// second officer, so a newcomer signed in as demo.staff sees both states and can approve. The bureau's own records are
/// never mixed with invented ones, and a second start adds nothing.
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

    /// <summary>After the registry's and protection's demo data (900, 950).</summary>
    public int Order => 960;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<FiscalYear>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
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

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var years = await db.Set<FiscalYear>().AsNoTracking().Select(y => new { y.Year, y.State }).ToListAsync(cancellationToken);
        return $"Special fund: {years.Count} fiscal years ({years.Count(y => y.State == FiscalYearState.Approved)} approved)";
    }
}
