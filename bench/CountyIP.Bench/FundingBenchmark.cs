using System.Diagnostics;
using System.Globalization;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.Bench;

/// <summary>
/// Issue 12 §10, over 100,000 funding applications of 2011-2015 citing patents of a generated district: the recovery
/// scan (追回) through the real use case (Funding asks the Registry for the ended patents of a sub-query of ids, then
/// prices the flags) against one hand-written SQL computing the same flags; and the budget execution report of 2014
/// through its handler against hand-written SQL computing the same breakdowns. Both pairs in the same run; goals:
/// ≤ 300 ms warm and ≤ 1.5× the hand-written SQL; the numbers must be equal.
/// </summary>
internal sealed class FundingBenchmark : IBenchmark
{
    private const int ReportYear = 2014;

    public string Name => "funding";

    public string Description => "recovery scan and budget execution report vs hand-written SQL (100k applications over 2011-2015; options: --patents N --applications N --runs N)";

    public async Task RunAsync(string[] args, BenchReport report)
    {
        var patents = BenchSupport.Option(args, "--patents", 1_000_000);
        var applications = BenchSupport.Option(args, "--applications", 100_000);
        var runs = BenchSupport.Option(args, "--runs", 7);
        var directory = Directory.CreateTempSubdirectory("countyip-bench-recovery-");
        try
        {
            var database = Path.Combine(directory.FullName, "countyip.db");
            await using var app = await BenchSupport.StartAppAsync(directory.FullName, args.Contains("--sql"));
            var load = Stopwatch.StartNew();
            var counts = DistrictGenerator.Generate(database, patents, Math.Max(patents / 50, 100));
            var paid = Applications(database, applications);
            Console.WriteLine($"loaded {counts} and {applications} applications ({paid} paid) in {load.Elapsed.TotalSeconds:0.0} s");
            report.Add("setup: applications (paid)", paid, "rows");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Database.RefreshStatisticsAsync(CancellationToken.None);
            }

            // The first scan writes the flags; the timed ones find the same and write nothing, as the daily job does.
            await ScanAsync(app);
            var (flags, amount) = await FlagsAsync(app);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var (handFlags, handAmount) = Hand(database, today);
            Console.WriteLine($"scan: {flags} flags, {amount} CNY; hand SQL: {handFlags} flags, {handAmount} CNY");
            report.Add("flags compared (scan = hand SQL)", handFlags, "flags", "all equal", flags == handFlags && amount == handAmount);

            var scanTimes = new List<double>();
            var handTimes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await ScanAsync(app);
                scanTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                Hand(database, today);
                handTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            var scan = BenchSupport.Median(scanTimes);
            var hand = BenchSupport.Median(handTimes);
            Console.WriteLine($"scan runs (ms): {string.Join(", ", scanTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"hand SQL runs (ms): {string.Join(", ", handTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            report.Add("recovery scan, warm median", scan, "ms", "<= 300", scan <= 300);
            report.Add("hand-written SQL, warm median", hand, "ms", "<= 300", hand <= 300);
            report.AddRatio("scan / hand-written SQL", scan, hand, atMost: 1.5);

            await FiscalYearAsync(app);
            var view = await ExecutionAsync(app) ?? throw new InvalidOperationException("The report found no fiscal year.");
            var same = SameAsHand(view, HandReport(database));
            report.Add("report tables compared (handler = hand SQL)", view.ByItem.Rows.Count + view.ByUnit.Rows.Count + view.ByIndustry.Rows.Count + view.ByMonth.Rows.Count, "rows", "all equal", same);
            var reportTimes = new List<double>();
            var handReportTimes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await ExecutionAsync(app);
                reportTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                HandReport(database);
                handReportTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            var executionReport = BenchSupport.Median(reportTimes);
            var handReport = BenchSupport.Median(handReportTimes);
            Console.WriteLine($"report runs (ms): {string.Join(", ", reportTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"hand report SQL runs (ms): {string.Join(", ", handReportTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            report.Add($"budget execution report {ReportYear}, warm median", executionReport, "ms", "<= 300", executionReport <= 300);
            report.Add("hand-written report SQL, warm median", handReport, "ms", "<= 300", handReport <= 300);
            report.AddRatio("report / hand-written SQL", executionReport, handReport, atMost: 1.5);
            report.Add("load average (1 min) at the end", BenchSupport.LoadAverage(), "");
            report.Add("peak memory", BenchReport.PeakMemoryMiB(), "MiB");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static async Task ScanAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecoveryScan>().RunAsync(CancellationToken.None);
    }

    private static async Task<(int Count, decimal Amount)> FlagsAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var flags = await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<RecoveryFlag>().Select(f => f.Amount).ToListAsync();
        return (flags.Count, flags.Sum());
    }

    /// <summary>
    /// Applications of 2011-2015, one granted Chinese patent each (5,000 yuan, as an A1 invention grant reward), two in
    /// three paid some weeks after approval; the rest in other states. Inserted with plain SQL (the use cases would take
    /// hours at this size); every column the table requires gets a value of its type.
    /// </summary>
    private static int Applications(string database, int count)
    {
        var random = new Random(20141220);
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        var patents = new List<(string Id, string Number)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT Id, ApplicationNumber FROM registry_patents WHERE Office = 'CN' AND GrantDate IS NOT NULL AND GrantDate BETWEEN '2010-01-01' AND '2015-12-31'";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                patents.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        using var transaction = connection.BeginTransaction();
        using var application = Insert(connection, transaction, "funding_applications", new()
        {
            ["Id"] = null, ["EnterpriseId"] = null, ["EnterpriseName"] = null, ["UnitCode"] = null, ["PolicyId"] = null, ["PolicySeriesId"] = null,
            ["PolicyName"] = null, ["ItemId"] = null, ["ItemCode"] = null, ["ItemName"] = null, ["Kind"] = null, ["Line"] = null, ["GrossAmount"] = null,
            ["Amount"] = null, ["CapApplied"] = null, ["Year"] = null, ["Status"] = null, ["FiledBy"] = null, ["OnBehalf"] = null, ["ObjectionPending"] = null, ["PaidOn"] = null,
            ["CreatedUtc"] = null, ["UpdatedUtc"] = null, ["Version"] = null, ["ApprovedOn"] = null, ["IndustryCodes"] = null,
        });
        using var right = Insert(connection, transaction, "funding_application_rights", new()
        {
            ["Id"] = null, ["ApplicationId"] = null, ["Key"] = null, ["Number"] = null, ["Title"] = null, ["Category"] = null, ["ServiceInvention"] = null,
            ["Foreign"] = null, ["UnitAmount"] = null, ["LedgerId"] = null,
        });
        var policy = Guid.NewGuid().ToString("D").ToUpperInvariant();
        var item = Guid.NewGuid().ToString("D").ToUpperInvariant();
        string[] others = ["Submitted", "TownApproved", "InNotice", "Approved", "InBatch", "Rejected", "Withdrawn"];
        string?[] industries = [null, "electrical", "new-energy", "electrical,new-energy", "biomedicine", "new-materials", "electronic-information"];
        var paid = 0;
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7().ToString("D").ToUpperInvariant();
            var year = 2011 + (i % 5);
            var isPaid = random.Next(3) < 2;
            paid += isPaid ? 1 : 0;
            var paidOn = new DateOnly(year, 1, 1).AddDays(random.Next(20, 360));
            var status = isPaid ? "Paid" : others[random.Next(others.Length)];
            var approvedOn = status is "Paid" or "InBatch" or "Approved" ? paidOn.AddDays(-random.Next(5, 19)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var (patentId, number) = patents[random.Next(patents.Count)];
            var enterprise = i % 20_000;
            // Five items on three lines, so the report's breakdowns have rows to group; the amount is the item's.
            var (code, itemName, kind, line, amount) = (i % 10) switch
            {
                < 5 => ("A1", "发明专利授权资助", "InventionGrant", "Subsidy", "5000.0"),
                < 7 => ("B1", "实用新型专利授权资助", "UtilityModelGrant", "Subsidy", "1000.0"),
                7 => ("C1", "外观设计专利授权资助", "DesignGrant", "Subsidy", "500.0"),
                8 => ("E1", "知识产权质押贷款贴息", "PledgeLoanInterest", "Industrialisation", "20000.0"),
                _ => ("F1", "知识产权培训补助", "Training", "PublicityTraining", "2000.0"),
            };
            DistrictGenerator.Run(application, id, $"{enterprise:D8}-0000-0000-0000-000000000000".ToUpperInvariant(), $"企业{enterprise:D5}有限公司", DistrictGenerator.Units[enterprise % DistrictGenerator.Units.Length], policy, policy,
                "仓山区扶持和培育自主知识产权奖励办法", item, code, itemName, kind, line, amount, amount, "None", year,
                status, "bench", 0, 0, isPaid ? paidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                "2026-01-01 00:00:00", "2026-01-01 00:00:00", Guid.NewGuid().ToString("D").ToUpperInvariant(), approvedOn, industries[enterprise % industries.Length]);
            DistrictGenerator.Run(right, Guid.CreateVersion7().ToString("D").ToUpperInvariant(), id, "patent:" + patentId.ToLowerInvariant(), number, "发明专利", "Invention", 0, 0, amount, patentId);
        }

        transaction.Commit();
        return paid;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, Dictionary<string, object?> columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = columns.Keys.ToList();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < names.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>
    /// The same flags by hand: each paid application's patent, its first end by the one status rule (ADR 0016: a fee
    /// unpaid past its 6-month grace lapses on its due day, the term ends the day after its last day, a recorded event
    /// on its day; on the same day fee, then term, then event), kept when the end is the holder's doing (fee lapse or a
    /// recorded lapse, invalidation or abandonment) and no later than 3 years after the payment.
    /// </summary>
    private static (int Count, decimal Amount) Hand(string database, DateOnly today)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH ends AS (
                SELECT a.PaidOn, r.UnitAmount,
                       CASE WHEN p.AnnualFeePaidUntil IS NOT NULL AND p.AnnualFeePaidUntil < $today
                                 AND (p.TermEndsOn IS NULL OR p.AnnualFeePaidUntil < p.TermEndsOn)
                                 AND date(p.AnnualFeePaidUntil, '+1 day', '+6 months') < $today
                            THEN date(p.AnnualFeePaidUntil, '+1 day') END AS fee_end,
                       CASE WHEN p.TermEndsOn < $today THEN date(p.TermEndsOn, '+1 day') END AS term_end,
                       CASE WHEN p.RightEndedOn <= $today THEN p.RightEndedOn END AS event_end,
                       p.RightEndedBy
                FROM funding_applications a
                JOIN funding_application_rights r ON r.ApplicationId = a.Id
                JOIN registry_patents p ON p.Id = r.LedgerId
                WHERE a.Status = 'Paid' AND p.GrantDate IS NOT NULL AND p.GrantDate <= $today),
            firsts AS (
                SELECT PaidOn, UnitAmount, fee_end, term_end, event_end, RightEndedBy,
                       min(coalesce(fee_end, '9999-12-31'), coalesce(term_end, '9999-12-31'), coalesce(event_end, '9999-12-31')) AS first_end
                FROM ends)
            SELECT COUNT(*), COALESCE(SUM(UnitAmount), 0) FROM firsts
            WHERE first_end <> '9999-12-31'
              AND first_end <= date(PaidOn, '+3 years')
              AND (first_end = fee_end
                   OR (first_end = event_end AND (term_end IS NULL OR term_end > first_end)
                       AND RightEndedBy IN ('Lapsed', 'Invalidated', 'Abandoned')))
            """;
        command.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetDecimal(1));
    }

    /// <summary>The report year's fiscal record, entered and approved, its lines roomy enough for every application.</summary>
    private static async Task FiscalYearAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var now = DateTime.UtcNow;
        var year = new FiscalYear(ReportYear);
        year.Enter(100_000_000_000m, 300_000_000m, "仓财预〔2014〕1号",
            new Dictionary<BudgetUse, decimal> { [BudgetUse.Subsidy] = 200_000_000m, [BudgetUse.Industrialisation] = 80_000_000m, [BudgetUse.PublicityTraining] = 20_000_000m },
            "bench.entry", now);
        year.Approve("bench.approver", now);
        db.Add(year);
        await db.SaveChangesAsync();
    }

    /// <summary>The report as a leader opens it: the handler in a scope of its own, as a request would have.</summary>
    private static async Task<BudgetExecutionView?> ExecutionAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var leader = new CurrentUserSnapshot(true, Guid.NewGuid(), "bench.leader", Roles.Leadership, ScopeKind.District, null);
        var handler = ActivatorUtilities.CreateInstance<GetBudgetExecutionHandler>(scope.ServiceProvider, new ApplicationScope(leader));
        return await handler.HandleAsync(ReportYear, CancellationToken.None);
    }

    /// <summary>The report's numbers by hand, keyed "line:Subsidy", "item:A1", "unit:…", "industry:…", "approved:2014-03", "paid:2014-05", "summary".</summary>
    private static Dictionary<string, (int Count, decimal Committed, decimal Paid)> HandReport(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        var result = new Dictionary<string, (int, decimal, decimal)>(StringComparer.Ordinal);
        const string Committed = "FROM funding_applications WHERE Year = $year AND Status IN ('Approved', 'InBatch', 'Paid')";
        const string Sums = "COUNT(*), ROUND(SUM(CAST(Amount AS REAL)), 2), ROUND(SUM(CASE WHEN Status = 'Paid' THEN CAST(Amount AS REAL) ELSE 0 END), 2)";
        string[] queries =
        [
            $"SELECT 'line:' || Line, {Sums} {Committed} GROUP BY Line",
            $"SELECT 'item:' || ItemCode, {Sums} {Committed} GROUP BY ItemCode",
            $"SELECT 'unit:' || COALESCE(UnitCode, '-'), {Sums} {Committed} GROUP BY UnitCode",
            $"SELECT 'industry:' || COALESCE(IndustryCodes, '-'), {Sums} {Committed} GROUP BY IndustryCodes",
            $"SELECT 'approved:' || substr(ApprovedOn, 1, 7), COUNT(*), ROUND(SUM(CAST(Amount AS REAL)), 2), 0 {Committed} GROUP BY substr(ApprovedOn, 1, 7)",
            $"SELECT 'paid:' || substr(PaidOn, 1, 7), 0, 0, ROUND(SUM(CAST(Amount AS REAL)), 2) {Committed} AND Status = 'Paid' GROUP BY substr(PaidOn, 1, 7)",
            $"SELECT 'enterprises', COUNT(DISTINCT EnterpriseId), 0, 0 {Committed}",
            $"SELECT 'supported', COUNT(DISTINCT EnterpriseId), ROUND(SUM(CASE WHEN Kind = 'InventionGrant' THEN CAST(Amount AS REAL) ELSE 0 END), 2), 0 {Committed} AND Status = 'Paid'",
        ];
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$year", ReportYear);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result[reader.GetString(0)] = (reader.GetInt32(1), (decimal)reader.GetDouble(2), (decimal)reader.GetDouble(3));
            }
        }

        return result;
    }

    /// <summary>Every non-empty row of the report equals the hand-written query's, and the summary's enterprises and invention money too.</summary>
    private static bool SameAsHand(BudgetExecutionView view, Dictionary<string, (int Count, decimal Committed, decimal Paid)> hand)
    {
        var mine = new Dictionary<string, (int, decimal, decimal)>(StringComparer.Ordinal);
        void Add(string prefix, ExecutionTable table)
        {
            foreach (var row in table.Rows.Where(r => r.Applications > 0))
            {
                mine[prefix + row.Key] = (row.Applications, row.Committed, row.Paid);
            }
        }

        Add("line:", view.ByLine);
        Add("item:", view.ByItem);
        Add("unit:", view.ByUnit);
        Add("industry:", view.ByIndustry);
        foreach (var row in view.ByMonth.Rows)
        {
            if (row.Applications > 0)
            {
                mine["approved:" + row.Key] = (row.Applications, row.Committed, 0m);
            }

            if (row.Paid > 0)
            {
                mine["paid:" + row.Key] = (0, 0m, row.Paid);
            }
        }

        mine["enterprises"] = (view.Summary.EnterprisesApproved, 0m, 0m);
        mine["supported"] = (view.Summary.EnterprisesSupported, view.Summary.PaidOnInventionPatents, 0m);
        var same = mine.Count == hand.Count && mine.All(m => hand.TryGetValue(m.Key, out var h) && h == m.Value);
        if (!same)
        {
            foreach (var key in mine.Keys.Union(hand.Keys).Order(StringComparer.Ordinal))
            {
                Console.WriteLine($"  {key}: report {(mine.TryGetValue(key, out var a) ? a.ToString() : "-")}, hand {(hand.TryGetValue(key, out var b) ? b.ToString() : "-")}");
            }
        }

        return same;
    }
}
