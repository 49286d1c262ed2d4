using System.Diagnostics;
using System.Globalization;
using CountyIP.Modules.Indicators;
using CountyIP.Modules.Indicators.UseCases;
using CountyIP.Modules.Plans;
using CountyIP.Modules.Protection;
using CountyIP.Modules.ReferenceData;
using CountyIP.Modules.Registry;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform;
using CountyIP.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.Bench;

/// <summary>
/// Issue 4 §6: every indicator of a year computed warm through the real engine (the handler behind
/// <c>GET /api/indicators?year=</c>) over 1,000,000 patents and 20,000 enterprises in a SQLite file built by the app's
/// migrations, against one hand-written SQL query computing the same numbers in the same run. Goals: ≤ 300 ms warm
/// and ≤ 1.5× the hand-written query; the numbers must be equal.
/// </summary>
internal sealed class IndicatorsBenchmark : IBenchmark
{
    private const string PlanId = "cangshan-2013";
    private const int Year = 2013;

    // The windows the engine evaluates for a 2013 board of the 2013–2014 pilot (chart years 2012–2014; trends also
    // need 2011; stocks are taken at each year's end; the pilot's flows start in 2013).
    private static readonly int[] ChartYears = [2012, 2013, 2014];

    private static readonly string[] Units =
        ["350104001", "350104002", "350104003", "350104004", "350104005", "350104006", "350104007", "350104008", "350104100", "350104101", "350104102", "350104103", "350104104"];

    public string Name => "indicators";

    public string Description => "all indicators of a year through the engine vs one hand-written SQL (1M patents, 20k enterprises; options: --patents N --enterprises N --runs N)";

    public async Task RunAsync(string[] args, BenchReport report)
    {
        var patents = Option(args, "--patents", 1_000_000);
        var enterprises = Option(args, "--enterprises", 20_000);
        var runs = Option(args, "--runs", 7);
        var directory = Directory.CreateTempSubdirectory("countyip-bench-indicators-");
        try
        {
            await using var app = await StartAppAsync(directory.FullName, args.Contains("--sql"));
            var database = Path.Combine(directory.FullName, "countyip.db");
            var load = Stopwatch.StartNew();
            var counts = Generate(database, patents, enterprises);
            Console.WriteLine($"loaded {counts} in {load.Elapsed.TotalSeconds:0.0} s");
            report.Add("setup: rows inserted", counts.Total, "rows");
            report.Add("setup: load time", load.Elapsed.TotalSeconds, "s");

            var engineValues = await EngineAsync(app);
            var handValues = Hand(database);
            var differences = Compare(engineValues, handValues);
            foreach (var difference in differences)
            {
                Console.WriteLine($"DIFFERENT {difference}");
            }

            report.Add("numbers compared (engine = hand SQL)", handValues.Count, "values", "all equal", differences.Count == 0);

            if (args.Contains("--profile"))
            {
                await ProfileAsync(app);
            }

            var engineTimes = new List<double>();
            var handTimes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await EngineAsync(app);
                engineTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                Hand(database);
                handTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            var engine = Median(engineTimes);
            var hand = Median(handTimes);
            Console.WriteLine($"engine runs (ms): {string.Join(", ", engineTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"hand SQL runs (ms): {string.Join(", ", handTimes.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
            report.Add("engine: all indicators of 2013, warm median", engine, "ms", "<= 300", engine <= 300);
            report.Add("hand-written SQL, warm median", hand, "ms");
            report.AddRatio("engine / hand-written SQL", engine, hand, atMost: 1.5);
            report.Add("load average (1 min) at the end", LoadAverage(), "");
            report.Add("peak memory", BenchReport.PeakMemoryMiB(), "MiB");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"database kept: {directory.FullName}");
            }
            else
            {
                directory.Delete(recursive: true);
            }
        }
    }

    /// <summary>The app's own services and start-up (as Program.cs, without the HTTP pipeline) on a fresh SQLite file: migrations applied, the plan loaded.</summary>
    private static async Task<WebApplication> StartAppAsync(string dataDirectory, bool logSql)
    {
        IReadOnlyList<IModule> modules = [new ReferenceDataModule(), new PlansModule(), new RegistryModule(), new IndicatorsModule(), new ProtectionModule()];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["CountyIP:DataDirectory"] = dataDirectory,
            ["CountyIP:DemoData"] = "false",
            ["CountyIP:Bootstrap:AdminPassword"] = "Bench#Pass2026x",
            ["Security:RequireTwoFactorForAdmins"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = logSql ? "Information" : "Warning",
        });
        builder.AddCountyIpPlatform(modules);
        var app = builder.Build();
        await app.InitializeDatabaseAsync();
        return app;
    }

    /// <summary>With --profile: each calculator's time for the 2013 windows, to find the slow one.</summary>
    private static async Task ProfileAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var calculator in scope.ServiceProvider.GetServices<CountyIP.Modules.Indicators.Contracts.IIndicatorCalculator>())
        {
            var times = new List<string>();
            foreach (var (from, to) in new[] { (new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31)), (new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31)) })
            {
                var query = new CountyIP.Modules.Indicators.Contracts.IndicatorQuery(PlanId, from, to, null);
                await calculator.ComputeAsync(query, CancellationToken.None);
                var watch = Stopwatch.StartNew();
                await calculator.ComputeAsync(query, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
            }

            Console.WriteLine($"  {calculator.TargetId,-36} {string.Join(" / ", times)} ms");
        }
    }

    /// <summary>The board of 2013 through the real handler (a new scope each time: no result cache survives a run).</summary>
    private static async Task<Dictionary<string, decimal?>> EngineAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<GetIndicatorsHandler>();
        var board = await handler.HandleAsync(new GetIndicatorsQuery(PlanId, new IndicatorPeriod(Year)), CancellationToken.None)
            ?? throw new InvalidOperationException($"plan {PlanId} not loaded");
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var item in board.Items)
        {
            foreach (var year in item.Years.Where(y => ChartYears.Contains(y.Year)))
            {
                values[$"{item.Id}@{year.Year}"] = year.Value;
            }

            values[$"{item.Id}@actual"] = item.Actual;
        }

        return values;
    }

    /// <summary>
    /// One hand-written statement computing every number the board shows for 2013 (each target's value for 2012,
    /// 2013 and 2014 as the engine's windows define them), scanning each table once with conditional sums.
    /// </summary>
    private const string HandSql = """
        WITH
        filed AS (
            SELECT CAST(substr(FilingDate, 1, 4) AS INTEGER) AS y,
                   SUM(Office = 'CN') AS apps,
                   SUM(Office = 'CN' AND Type = 'Invention') AS inv_apps,
                   SUM(Office <> 'CN' OR ViaPct) AS foreign_apps,
                   SUM(Office = 'CN' AND ServiceInvention) AS service_apps,
                   SUM(Office = 'CN' AND AgencyName IS NOT NULL AND AgencyName <> '') AS agency_apps
            FROM registry_patents
            WHERE FirstApplicantInDistrict AND FilingDate BETWEEN '2011-01-01' AND '2014-12-31'
            GROUP BY y),
        granted AS (
            SELECT CAST(substr(GrantDate, 1, 4) AS INTEGER) AS y, COUNT(*) AS grants, SUM(Type = 'Invention') AS inv_grants
            FROM registry_patents
            WHERE FirstApplicantInDistrict AND Office = 'CN' AND GrantDate BETWEEN '2012-01-01' AND '2014-12-31'
            GROUP BY y),
        ends(y, d) AS (VALUES (2012, '2012-12-31'), (2013, '2013-12-31'), (2014, '2014-12-31')),
        holders AS (
            SELECT ends.y, COUNT(*) AS n FROM (
                SELECT p.EnterpriseId,
                       SUM(p.GrantDate <= '2012-12-31' AND (p.RightEndedOn IS NULL OR p.RightEndedOn > '2012-12-31')
                           AND (p.TermEndsOn IS NULL OR p.TermEndsOn >= '2012-12-31') AND (p.AnnualFeePaidUntil IS NULL OR p.AnnualFeePaidUntil >= '2012-12-31')) AS c2012,
                       SUM(p.GrantDate <= '2013-12-31' AND (p.RightEndedOn IS NULL OR p.RightEndedOn > '2013-12-31')
                           AND (p.TermEndsOn IS NULL OR p.TermEndsOn >= '2013-12-31') AND (p.AnnualFeePaidUntil IS NULL OR p.AnnualFeePaidUntil >= '2013-12-31')) AS c2013,
                       SUM(p.GrantDate <= '2014-12-31' AND (p.RightEndedOn IS NULL OR p.RightEndedOn > '2014-12-31')
                           AND (p.TermEndsOn IS NULL OR p.TermEndsOn >= '2014-12-31') AND (p.AnnualFeePaidUntil IS NULL OR p.AnnualFeePaidUntil >= '2014-12-31')) AS c2014
                FROM registry_patents p
                WHERE p.EnterpriseId IS NOT NULL AND p.FirstApplicantInDistrict AND p.Office = 'CN' AND p.GrantDate <= '2014-12-31'
                GROUP BY p.EnterpriseId) h
            JOIN ends ON (ends.y = 2012 AND h.c2012 >= 3) OR (ends.y = 2013 AND h.c2013 >= 3) OR (ends.y = 2014 AND h.c2014 >= 3)
            WHERE h.EnterpriseId IN (SELECT Id FROM registry_enterprises)
            GROUP BY ends.y),
        contact AS (
            SELECT ends.y, COUNT(e.Id) AS n FROM ends LEFT JOIN registry_enterprises e
                ON e.ContactStartedOn <= ends.d AND (e.ContactEndedOn IS NULL OR e.ContactEndedOn > ends.d)
            GROUP BY ends.y),
        designated AS (
            SELECT ends.y,
                   COUNT(DISTINCT CASE WHEN d.Level = 'National' THEN d.EnterpriseId END) AS national,
                   COUNT(DISTINCT CASE WHEN d.Level = 'Provincial' THEN d.EnterpriseId END) AS provincial,
                   COUNT(DISTINCT CASE WHEN d.Level = 'Municipal' THEN d.EnterpriseId END) AS municipal
            FROM ends LEFT JOIN registry_enterprise_designations d
                ON d.Year <= ends.y AND (d.ValidUntil IS NULL OR d.ValidUntil >= ends.d)
            GROUP BY ends.y),
        agencies AS (
            SELECT ends.y, COUNT(a.Id) AS n FROM ends LEFT JOIN registry_service_agencies a
                ON (a.EstablishedOn IS NULL OR a.EstablishedOn <= ends.d) AND (a.ClosedOn IS NULL OR a.ClosedOn > ends.d)
            GROUP BY ends.y),
        marks AS (
            SELECT CAST(substr(ApplicationDate, 1, 4) AS INTEGER) AS y, COUNT(*) AS n
            FROM registry_trademarks
            WHERE EnterpriseId IS NOT NULL AND ApplicationDate BETWEEN '2012-01-01' AND '2014-12-31'
            GROUP BY y),
        recognised AS (
            SELECT ends.y,
                   COUNT(DISTINCT CASE WHEN r.Kind = 'WellKnown' THEN t.Id END) AS well_known,
                   COUNT(DISTINCT CASE WHEN r.Kind = 'Famous' THEN t.Id END) AS famous
            FROM ends LEFT JOIN registry_trademark_recognitions r
                ON r.Year <= ends.y AND (r.ValidUntil IS NULL OR r.ValidUntil >= ends.d)
            LEFT JOIN registry_trademarks t ON t.Id = r.TrademarkId AND t.EnterpriseId IS NOT NULL
            GROUP BY ends.y),
        copyrights AS (
            SELECT CAST(substr(RegisteredOn, 1, 4) AS INTEGER) AS y, COUNT(*) AS n
            FROM registry_copyrights WHERE RegisteredOn BETWEEN '2012-01-01' AND '2014-12-31' GROUP BY y),
        standards AS (
            SELECT ends.y, COUNT(s.Id) AS n FROM ends LEFT JOIN registry_standards_projects s
                ON s.Level IN ('National', 'Industry') AND s.StartYear <= ends.y AND s.StartYear >= MIN(ends.y, 2013)
            GROUP BY ends.y)
        SELECT ends.y,
               COALESCE(f.apps, 0), COALESCE(f.inv_apps, 0), COALESCE(f.foreign_apps, 0), COALESCE(f.service_apps, 0), COALESCE(f.agency_apps, 0),
               COALESCE(fp.inv_apps, 0), COALESCE(fp.foreign_apps, 0),
               COALESCE(g.grants, 0), COALESCE(g.inv_grants, 0),
               COALESCE(h.n, 0), c.n, dz.national, dz.provincial, dz.municipal, ag.n,
               COALESCE(m.n, 0), rc.well_known, rc.famous, COALESCE(cr.n, 0), st.n
        FROM ends
        LEFT JOIN filed f ON f.y = ends.y
        LEFT JOIN filed fp ON fp.y = ends.y - 1
        LEFT JOIN granted g ON g.y = ends.y
        LEFT JOIN holders h ON h.y = ends.y
        JOIN contact c ON c.y = ends.y
        JOIN designated dz ON dz.y = ends.y
        JOIN agencies ag ON ag.y = ends.y
        LEFT JOIN marks m ON m.y = ends.y
        JOIN recognised rc ON rc.y = ends.y
        LEFT JOIN copyrights cr ON cr.y = ends.y
        JOIN standards st ON st.y = ends.y
        ORDER BY ends.y
        """;

    private static Dictionary<string, decimal?> Hand(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = HandSql;
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var y = reader.GetInt32(0);
            decimal N(int i) => reader.GetInt64(i);
            decimal? Share(int part, int all) => N(all) == 0 ? null : Math.Round(N(part) / N(all), 4);
            values[$"patent-applications@{y}"] = N(1);
            values[$"invention-applications-growth@{y}"] = N(2) - N(6);
            values[$"foreign-applications-growth@{y}"] = N(3) - N(7);
            values[$"service-invention-share@{y}"] = Share(4, 1);
            values[$"agency-filed-share@{y}"] = Share(5, 1);
            values[$"patent-grants@{y}"] = N(8);
            values[$"invention-grants@{y}"] = N(9);
            values[$"enterprises-with-3-grants@{y}"] = N(10);
            values[$"enterprises-in-contact@{y}"] = N(11);
            values[$"national-demo-units@{y}"] = N(12);
            values[$"provincial-demo-enterprises@{y}"] = N(13);
            values[$"municipal-demo-enterprises@{y}"] = N(14);
            values[$"service-agencies@{y}"] = N(15);
            values[$"trademark-applications@{y}"] = N(16);
            values[$"well-known-trademarks@{y}"] = N(17);
            values[$"famous-trademarks@{y}"] = N(18);
            values[$"copyright-registrations@{y}"] = N(19);
            values[$"standards-projects@{y}"] = N(20);
        }

        foreach (var key in values.Keys.Where(k => k.EndsWith($"@{Year}", StringComparison.Ordinal)).ToList())
        {
            values[key.Replace($"@{Year}", "@actual", StringComparison.Ordinal)] = values[key];
        }

        return values;
    }

    private static List<string> Compare(Dictionary<string, decimal?> engine, Dictionary<string, decimal?> hand) =>
        [.. hand.Where(h => !engine.TryGetValue(h.Key, out var e) || e != h.Value)
            .Select(h => $"{h.Key}: engine {(engine.TryGetValue(h.Key, out var e) ? e?.ToString(CultureInfo.InvariantCulture) ?? "null" : "missing")}, hand {h.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}")];

    private sealed record Counts(int Enterprises, int Patents, int Applicants, int StatusChanges, int Others)
    {
        public int Total => Enterprises + Patents + Applicants + StatusChanges + Others;

        public override string ToString() =>
            $"{Enterprises} enterprises, {Patents} patents, {Applicants} applicants, {StatusChanges} status changes, {Others} other rows";
    }

    /// <summary>
    /// A deterministic district: patents filed 1995–2025, 97% at CNIPA, 85% with a district first applicant, 70% of
    /// those linked to an enterprise (skewed: a few enterprises hold many), about 60% granted, 40% of grants lapsed
    /// later; designations, contacts, marks, copyrights and standards at plausible rates. Direct SQL in one transaction.
    /// </summary>
    private static Counts Generate(string database, int patentCount, int enterpriseCount)
    {
        var random = new Random(20130401);
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        const string now = "2026-01-01 00:00:00";
        var enterpriseIds = new string[enterpriseCount];
        var enterpriseUnits = new string[enterpriseCount];
        var others = 0;

        using (var insert = Command(connection, transaction, """
            INSERT INTO registry_enterprises (Id, Name, CreditCode, Kind, UnitCode, IndustryTags, StrategicEmerging, KeyIndustry, HasIpManagementBody,
                FullTimeIpStaff, PartTimeIpStaff, ContactStartedOn, ContactEndedOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $name, $code, $kind, $unit, $tags, 0, 0, 0, 0, 0, $contactFrom, $contactTo, $now, $now, $version)
            """, "$id", "$name", "$code", "$kind", "$unit", "$tags", "$contactFrom", "$contactTo", "$now", "$version"))
        using (var designation = Command(connection, transaction, """
            INSERT INTO registry_enterprise_designations (Id, Level, Kind, Title, IssuingBody, Year, ValidUntil, EnterpriseId)
            VALUES ($id, $level, 'Demonstration', '知识产权示范企业', '知识产权局', $year, $until, $enterprise)
            """, "$id", "$level", "$year", "$until", "$enterprise"))
        {
            for (var i = 0; i < enterpriseCount; i++)
            {
                var id = NewId();
                enterpriseIds[i] = id;
                enterpriseUnits[i] = Units[random.Next(Units.Length)];
                var tags = random.NextDouble() < 0.4 ? 0 : (1 << random.Next(7)) | (random.NextDouble() < 0.2 ? 1 << random.Next(7) : 0);
                DateOnly? contactFrom = random.NextDouble() < 0.3 ? Day(random, 2008, 2016) : null;
                DateOnly? contactTo = contactFrom is { } f && random.NextDouble() < 0.15 ? f.AddDays(random.Next(30, 3000)) : null;
                Run(insert, id, $"企业{i:D5}有限公司", $"91350104{i:D9}X", i % 50 == 0 ? "University" : "Enterprise", enterpriseUnits[i], tags,
                    Date(contactFrom), Date(contactTo), now, NewId());
                foreach (var (level, rate) in new[] { ("National", 0.01), ("Provincial", 0.03), ("Municipal", 0.05) })
                {
                    if (random.NextDouble() < rate)
                    {
                        var year = random.Next(2005, 2017);
                        Run(designation, NewId(), level, year, random.NextDouble() < 0.5 ? null : Date(new DateOnly(year + random.Next(1, 6), 12, 31)), id);
                        others++;
                    }
                }
            }
        }

        var applicants = 0;
        var changes = 0;
        using (var patent = Command(connection, transaction, """
            INSERT INTO registry_patents (Id, Office, ApplicationNumber, Type, ViaPct, Title, EnterpriseId, UnitCode, FirstApplicantInDistrict, FilingDate,
                GrantDate, AgencyName, LegalStatus, RightEndedOn, RightEndedBy, TermEndsOn, ServiceInvention, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $office, $number, $type, $pct, $title, $enterprise, $unit, $district, $filed, $granted, $agency, $status, $ended, $endedBy, $term, $service, $now, $now, $version)
            """, "$id", "$office", "$number", "$type", "$pct", "$title", "$enterprise", "$unit", "$district", "$filed", "$granted", "$agency", "$status", "$ended", "$endedBy", "$term", "$service", "$now", "$version"))
        using (var applicant = Command(connection, transaction, """
            INSERT INTO registry_patent_applicants (Id, Name, Kind, EnterpriseId, CreditCode, "Order", PatentId) VALUES ($id, $name, $kind, $enterprise, NULL, $order, $patent)
            """, "$id", "$name", "$kind", "$enterprise", "$order", "$patent"))
        using (var history = Command(connection, transaction, """
            INSERT INTO registry_patent_status_history (Id, Date, Status, Note, PatentId) VALUES ($id, $date, $status, NULL, $patent)
            """, "$id", "$date", "$status", "$patent"))
        {
            for (var i = 0; i < patentCount; i++)
            {
                var id = NewId();
                var filed = Day(random, 1995, 2025);
                var roll = random.NextDouble();
                var office = roll < 0.97 ? "CN" : roll < 0.99 ? "WO" : "US";
                var type = random.NextDouble() switch { < 0.3 => "Invention", < 0.8 => "UtilityModel", _ => "Design" };
                var inDistrict = random.NextDouble() < 0.85;
                // Skewed holders: squaring the draw puts most linked patents on the first enterprises.
                int? holder = inDistrict && random.NextDouble() < 0.7 ? (int)(Math.Pow(random.NextDouble(), 2) * enterpriseCount) : null;
                var unit = holder is { } h ? enterpriseUnits[h] : inDistrict ? Units[random.Next(Units.Length)] : null;
                DateOnly? granted = null;
                DateOnly? ended = null;
                var status = "Pending";
                if (office == "CN" && random.NextDouble() < 0.6)
                {
                    granted = filed.AddDays(type == "Invention" ? random.Next(700, 1500) : random.Next(120, 360));
                    status = "Granted";
                    if (random.NextDouble() < 0.4)
                    {
                        ended = granted.Value.AddDays(random.Next(365, 3000));
                        status = "Lapsed";
                    }

                    if (granted > new DateOnly(2025, 12, 31))
                    {
                        (granted, ended, status) = (null, null, "Pending");
                    }
                    else if (ended > new DateOnly(2025, 12, 31))
                    {
                        (ended, status) = (null, "Granted");
                    }
                }

                Run(patent, id, office, $"{office}{i:D10}", type, office == "WO" ? 1 : 0, "一种测试装置", holder is { } e ? enterpriseIds[e] : null, unit, inDistrict ? 1 : 0,
                    Date(filed), Date(granted), random.NextDouble() < 0.7 ? "福州某专利代理事务所" : null, status, Date(ended), ended is null ? null : status,
                    Date(PatentLegalStatusRule.TermEndsOn(office, Enum.Parse<PatentType>(type), filed)), holder is not null ? 1 : 0, now, NewId());
                Run(applicant, NewId(), holder is { } first ? $"企业{first:D5}有限公司" : inDistrict ? "张三" : "外地某公司", holder is null ? "Individual" : "Organisation",
                    holder is { } f2 ? enterpriseIds[f2] : null, 1, id);
                applicants++;
                if (random.NextDouble() < 0.2)
                {
                    var second = random.Next(enterpriseCount);
                    Run(applicant, NewId(), $"企业{second:D5}有限公司", "Organisation", enterpriseIds[second], 2, id);
                    applicants++;
                }

                Run(history, NewId(), Date(filed), "Pending", id);
                changes++;
                if (granted is { } g)
                {
                    Run(history, NewId(), Date(g), "Granted", id);
                    changes++;
                }

                if (ended is { } l)
                {
                    Run(history, NewId(), Date(l), "Lapsed", id);
                    changes++;
                }
            }
        }

        others += OtherRights(connection, transaction, random, enterpriseIds);
        transaction.Commit();
        return new Counts(enterpriseCount, patentCount, applicants, changes, others);
    }

    private static int OtherRights(SqliteConnection connection, SqliteTransaction transaction, Random random, string[] enterpriseIds)
    {
        const string now = "2026-01-01 00:00:00";
        var rows = 0;
        using (var mark = Command(connection, transaction, """
            INSERT INTO registry_trademarks (Id, RegistrationNumber, Mark, NiceClasses, OwnerName, EnterpriseId, ApplicationDate, Status, GeographicalIndication, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $number, '测试商标', '9', '某公司', $enterprise, $applied, 'Registered', 0, $now, $now, $version)
            """, "$id", "$number", "$enterprise", "$applied", "$now", "$version"))
        using (var recognition = Command(connection, transaction, """
            INSERT INTO registry_trademark_recognitions (Id, Kind, Year, ValidUntil, TrademarkId) VALUES ($id, $kind, $year, $until, $mark)
            """, "$id", "$kind", "$year", "$until", "$mark"))
        {
            for (var i = 0; i < 20_000; i++)
            {
                var id = NewId();
                Run(mark, id, $"{10_000_000 + i}", random.NextDouble() < 0.9 ? enterpriseIds[random.Next(enterpriseIds.Length)] : null, Date(Day(random, 2000, 2025)), now, NewId());
                rows++;
                if (random.NextDouble() < 0.02)
                {
                    var year = random.Next(2000, 2017);
                    Run(recognition, NewId(), random.NextDouble() < 0.3 ? "WellKnown" : "Famous", year, random.NextDouble() < 0.5 ? null : Date(new DateOnly(year + 3, 12, 31)), id);
                    rows++;
                }
            }
        }

        using (var copyright = Command(connection, transaction, """
            INSERT INTO registry_copyrights (Id, Kind, RegistrationNumber, Title, OwnerName, EnterpriseId, RegisteredOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $kind, $number, '测试软件', '某公司', $enterprise, $on, $now, $now, $version)
            """, "$id", "$kind", "$number", "$enterprise", "$on", "$now", "$version"))
        {
            for (var i = 0; i < 20_000; i++)
            {
                Run(copyright, NewId(), random.NextDouble() < 0.8 ? "Software" : "Works", $"BENCH{i:D8}", random.NextDouble() < 0.8 ? enterpriseIds[random.Next(enterpriseIds.Length)] : null,
                    Date(Day(random, 2000, 2025)), now, NewId());
                rows++;
            }
        }

        using (var standard = Command(connection, transaction, """
            INSERT INTO registry_standards_projects (Id, Number, Title, Level, Role, Kind, StartYear, EnterpriseId, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, NULL, '测试标准', $level, 'Lead', 'New', $year, $enterprise, $now, $now, $version)
            """, "$id", "$level", "$year", "$enterprise", "$now", "$version"))
        {
            string[] levels = ["National", "Industry", "Local", "Group"];
            for (var i = 0; i < 2_000; i++)
            {
                Run(standard, NewId(), levels[random.Next(levels.Length)], random.Next(2005, 2026), enterpriseIds[random.Next(enterpriseIds.Length)], now, NewId());
                rows++;
            }
        }

        using (var agency = Command(connection, transaction, """
            INSERT INTO registry_service_agencies (Id, Name, Kind, UnitCode, EstablishedOn, ClosedOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $name, 'PatentAgency', $unit, $from, $to, $now, $now, $version)
            """, "$id", "$name", "$unit", "$from", "$to", "$now", "$version"))
        {
            for (var i = 0; i < 200; i++)
            {
                var from = Day(random, 2000, 2020);
                Run(agency, NewId(), $"代理机构{i:D3}", Units[random.Next(Units.Length)], Date(from), random.NextDouble() < 0.2 ? Date(from.AddDays(random.Next(300, 4000))) : null, now, NewId());
                rows++;
            }
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Ids as EF Core's SQLite provider writes Guids (upper-case text).</summary>
    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static DateOnly Day(Random random, int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(random.Next(new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber + 1));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
