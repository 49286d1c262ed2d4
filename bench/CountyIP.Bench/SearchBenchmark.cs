using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CountyIP.Modules.Import.UseCases;
using CountyIP.Modules.Registry;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Demo;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CountyIP.Bench;

/// <summary>
/// Issue 13 §7, full-text search of patents on SQLite, in one run: (1) a two-character term through the real path
/// (<see cref="PatentSearch.RunAsync"/>, district-wide scope: count, first page of 20, facets) and through the same
/// count and page without the facets, beside a hand-written FTS5 query (count, then the first 20 by bm25 joined to the
/// patents) and a <c>LIKE '%…%'</c> scan of titles and abstracts (count, then 20 rows); (2) three terms with a type
/// and a filing-year range, with facets; (3) the patent import with the index kept in step against the same import
/// with the FTS5 table replaced by a plain table of the same name and columns. The district is
/// <see cref="DistrictGenerator"/>'s with titles, abstracts, inventors and IPC symbols composed from the demo
/// generator's vocabulary, indexed by <see cref="PatentSearchRebuild.RebuildAsync"/> (timed). See bench/README.md.
/// </summary>
internal sealed class SearchBenchmark : IBenchmark
{
    private const string Term = "电池";
    private const string ThreeTerms = "电池 正极 材料";
    private const int YearFrom = 2010;
    private const int YearTo = 2020;

    /// <summary>The product's BM25 weights (PatentSearchIndex), so the hand-written page is ranked the same way.</summary>
    private const string Bm25 = "bm25(registry_patent_fts, 10.0, 2.0, 6.0, 3.0, 1.0, 1.0, 6.0)";

    public string Name => "search";

    public string Description => "full-text search: 2-char term vs hand FTS5 and LIKE, 3 terms + filters + facets, import with/without the index (options: --patents N --runs N --like-runs N --import-rows N --import-rounds N --skip-import --skip-queries --keep)";

    public async Task RunAsync(string[] args, BenchReport report)
    {
        var patents = BenchSupport.Option(args, "--patents", 1_000_000);
        var runs = BenchSupport.Option(args, "--runs", 30);
        var likeRuns = BenchSupport.Option(args, "--like-runs", 10);
        var importRows = BenchSupport.Option(args, "--import-rows", 100_000);
        var importRounds = BenchSupport.Option(args, "--import-rounds", 2);
        var root = Directory.CreateTempSubdirectory("countyip-bench-search-");
        Console.WriteLine($"data directory {root.FullName}; load average at the start: {LoadLine()}");
        report.Add("load average (1 min) at the start", BenchSupport.LoadAverage(), string.Empty);
        try
        {
            if (!args.Contains("--skip-queries"))
            {
                await QueriesAsync(Path.Combine(root.FullName, "district"), patents, runs, likeRuns, report);
            }

            if (!args.Contains("--skip-import"))
            {
                await ImportAsync(root.FullName, importRows, importRounds, report);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept: {root.FullName}");
            }
            else
            {
                root.Delete(recursive: true);
            }
        }

        Console.WriteLine($"load average at the end: {LoadLine()}");
        report.Add("load average (1 min) at the end", BenchSupport.LoadAverage(), string.Empty);
    }

    private static async Task QueriesAsync(string directory, int patents, int runs, int likeRuns, BenchReport report)
    {
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "countyip.db");
        await using var app = await BenchSupport.StartAppAsync(directory, logSql: false);

        var watch = Stopwatch.StartNew();
        var counts = DistrictGenerator.Generate(database, patents, Math.Max(patents / 50, 100), Words(20261207));
        Console.WriteLine($"generated {counts} in {watch.Elapsed.TotalSeconds:0.0} s; load average {LoadLine()}");
        report.Add("patents", patents, "rows");
        report.Add("setup: district generated (direct SQL)", watch.Elapsed.TotalSeconds, "s");

        watch.Restart();
        var cpu = Cpu();
        int indexed;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            indexed = await scope.ServiceProvider.GetRequiredService<PatentSearchRebuild>().RebuildAsync(CancellationToken.None);
        }

        var build = watch.Elapsed.TotalSeconds;
        cpu = Cpu() - cpu;
        Console.WriteLine($"index built: {indexed} patents in {build:0.0} s (CPU {cpu:0.0} s); load average {LoadLine()}");
        report.Add("index build (PatentSearchRebuild.RebuildAsync)", build, "s");
        report.Add("index build CPU", cpu, "s");
        report.Add("index build rate", indexed / build, "patents/s");
        report.Add("patents indexed", indexed, "rows", $"= {patents}", indexed == patents);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Database.RefreshStatisticsAsync(CancellationToken.None);
        }

        report.Add("database file", new FileInfo(database).Length / 1024.0 / 1024.0, "MiB");

        using var hand = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        hand.Open();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var simple = new SearchPatentsQuery(Q: Term);
        var filtered = new SearchPatentsQuery(Q: ThreeTerms, Type: PatentType.Invention, YearFrom: YearFrom, YearTo: YearTo);

        // Warm-up (JIT, SQLite page cache) and the answers compared.
        var real = await RealAsync(app, simple, today);
        var fts = HandFts(hand, Term);
        var like = Like(hand, Term);
        var three = await RealAsync(app, filtered, today);
        Console.WriteLine($"'{Term}': real path total {real.Total} (page {real.Items.Count}, facets omitted: {real.FacetsOmitted}); hand FTS5 {fts.Count}; LIKE title/abstract {like.Count}");
        Console.WriteLine($"'{ThreeTerms}' Invention {YearFrom}-{YearTo}: total {three.Total}, page {three.Items.Count}, years {three.Facets.Years.Count}, units {three.Facets.Units.Count}");
        Console.WriteLine(real.Items.Count == 0 ? "no result" : $"first result: {real.Items[0].TitleMarked} | {real.Items[0].AbstractSnippet}");
        var samePage = real.Items.Select(i => i.Id).SequenceEqual(fts.Page);
        report.Add($"'{Term}' rows matched (real path, scope district)", real.Total, "rows");
        report.Add($"'{Term}' share of patents", 100.0 * real.Total / patents, "%");
        report.Add($"'{Term}' rows matched (hand FTS5, all columns)", fts.Count, "rows");
        report.Add($"'{Term}' rows matched (LIKE title/abstract)", like.Count, "rows");
        report.Add("first page equal, real path = hand FTS5 (1 = yes)", samePage ? 1 : 0, string.Empty);
        Console.WriteLine($"first page equal to the hand FTS5 page: {samePage}");
        report.Add($"'{ThreeTerms}' +Invention +{YearFrom}-{YearTo}: rows matched", three.Total, "rows");

        var realTimes = new List<double>();
        var ftsTimes = new List<double>();
        var likeTimes = new List<double>();
        var threeTimes = new List<double>();
        Console.WriteLine($"timing {runs} runs (LIKE on the first {likeRuns}); load average {LoadLine()}");
        for (var i = 0; i < runs; i++)
        {
            // Interleaved, the order rotated so that no path always follows another.
            var steps = new List<Func<Task>>
            {
                async () => realTimes.Add(await TimeAsync(() => RealAsync(app, simple, today))),
                () =>
                {
                    ftsTimes.Add(Time(() => HandFts(hand, Term)));
                    return Task.CompletedTask;
                },
                async () => threeTimes.Add(await TimeAsync(() => RealAsync(app, filtered, today))),
            };
            if (i < likeRuns)
            {
                steps.Add(() =>
                {
                    likeTimes.Add(Time(() => Like(hand, Term)));
                    return Task.CompletedTask;
                });
            }

            for (var s = 0; s < steps.Count; s++)
            {
                await steps[(s + i) % steps.Count]();
            }
        }

        Print("real path (count, page; facets when the result is at most PatentSearch.FacetLimit)", realTimes);
        Print("hand FTS5", ftsTimes);
        Print("LIKE", likeTimes);
        Print("three terms + filters, real path", threeTimes);

        report.Add($"1. '{Term}' real path p50", P(realTimes, 50), "ms");
        report.Add($"1. '{Term}' real path p95", P(realTimes, 95), "ms", "<= 50", P(realTimes, 95) <= 50);
        report.Add($"1. hand FTS5 (count + bm25 page) p50", P(ftsTimes, 50), "ms");
        report.Add($"1. hand FTS5 (count + bm25 page) p95", P(ftsTimes, 95), "ms");
        report.Add($"1. LIKE title/abstract (count + 20) p50", P(likeTimes, 50), "ms");
        report.Add($"1. LIKE title/abstract (count + 20) p95", P(likeTimes, 95), "ms");
        report.AddRatio("1. LIKE p50 / real path p50", P(likeTimes, 50), P(realTimes, 50), atLeast: 10);
        report.AddRatio("1. real path p50 / hand FTS5 p50", P(realTimes, 50), P(ftsTimes, 50), atMost: 1.5);
        report.Add($"2. three terms + type + years + facets p50", P(threeTimes, 50), "ms");
        report.Add($"2. three terms + type + years + facets p95", P(threeTimes, 95), "ms", "<= 150", P(threeTimes, 95) <= 150);
        report.Add("peak memory", BenchReport.PeakMemoryMiB(), "MiB");
        Console.WriteLine($"query phase done; load average {LoadLine()}");
    }

    /// <summary>The signed-in search as <see cref="SearchPatentsHandler"/> runs it for bureau staff (district-wide scope: every patent).</summary>
    private static async Task<PatentSearchResult> RealAsync(WebApplication app, SearchPatentsQuery query, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegistryText>>();
        return await PatentSearch.RunAsync(db, db.Set<Patent>().AsNoTracking(), everyPatent: true, null, query, today, text, CancellationToken.None);
    }

    /// <summary>The baseline of issue 13 §7: FTS5 by hand, the count of the bigram, then the 20 best by the same bm25 with their rows and applicants.</summary>
    private static (long Count, List<Guid> Page) HandFts(SqliteConnection connection, string term)
    {
        var match = $"\"{term}\"";
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM registry_patent_fts WHERE registry_patent_fts MATCH $m";
        count.Parameters.AddWithValue("$m", match);
        var total = (long)count.ExecuteScalar()!;
        using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT p.* FROM (SELECT rowid AS r, {Bm25} AS s FROM registry_patent_fts WHERE registry_patent_fts MATCH $m ORDER BY s LIMIT 20) AS f
            JOIN registry_patent_search AS k ON k."Key" = f.r JOIN registry_patents AS p ON p.Id = k."PatentId" ORDER BY f.s
            """;
        page.Parameters.AddWithValue("$m", match);
        var ids = new List<Guid>();
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(Guid.Parse(reader.GetString(reader.GetOrdinal("Id"))));
                Consume(reader);
            }
        }

        Applicants(connection, ids);
        return (total, ids);
    }

    /// <summary>The naive baseline: a scan of titles and abstracts with LIKE, the count and then 20 rows (in table order: LIKE has no rank).</summary>
    private static (long Count, List<Guid> Page) Like(SqliteConnection connection, string term)
    {
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM registry_patents WHERE Title LIKE $p OR Abstract LIKE $p";
        count.Parameters.AddWithValue("$p", $"%{term}%");
        var total = (long)count.ExecuteScalar()!;
        using var page = connection.CreateCommand();
        page.CommandText = "SELECT * FROM registry_patents WHERE Title LIKE $p OR Abstract LIKE $p LIMIT 20";
        page.Parameters.AddWithValue("$p", $"%{term}%");
        var ids = new List<Guid>();
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(Guid.Parse(reader.GetString(reader.GetOrdinal("Id"))));
                Consume(reader);
            }
        }

        Applicants(connection, ids);
        return (total, ids);
    }

    private static void Applicants(SqliteConnection connection, List<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM registry_patent_applicants WHERE PatentId IN ({string.Join(", ", ids.Select((_, i) => $"$i{i}"))})";
        for (var i = 0; i < ids.Count; i++)
        {
            command.Parameters.AddWithValue($"$i{i}", ids[i].ToString().ToUpperInvariant());
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Consume(reader);
        }
    }

    private static void Consume(DbDataReader reader)
    {
        for (var c = 0; c < reader.FieldCount; c++)
        {
            GC.KeepAlive(reader.GetValue(c));
        }
    }

    /// <summary>
    /// The import twice on fresh databases, in ABBA order per pair of rounds: as it is (the FTS5 row written with each
    /// patent) and with <c>registry_patent_fts</c> dropped and created again as an ordinary table with the same columns,
    /// so the writer's <c>INSERT OR REPLACE</c> lands in a plain table. Everything else is the same in both.
    /// </summary>
    private static async Task ImportAsync(string root, int rows, int rounds, BenchReport report)
    {
        var csv = Path.Combine(root, "cnipa.csv");
        var enterprises = ImportBenchmark.Generate(csv, rows);
        Console.WriteLine($"import: {rows:N0} rows generated; load average {LoadLine()}");
        var indexed = (Seconds: 0.0, Cpu: 0.0);
        var plain = (Seconds: 0.0, Cpu: 0.0);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var neutralised in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                var (seconds, cpu, patents, keys) = await ImportOnceAsync(Path.Combine(root, $"import-{round}-{(neutralised ? "plain" : "fts")}"), csv, enterprises, neutralised);
                Console.WriteLine($"import round {round + 1}, {(neutralised ? "FTS5 table replaced by a plain table" : "index kept in step")}: {seconds:0.0} s, CPU {cpu:0.0} s, {patents} patents, {keys} index keys; load average {LoadLine()}");
                if (patents != rows || keys != rows)
                {
                    report.Add($"import round {round + 1} rows ({(neutralised ? "plain" : "fts")})", patents, "rows", $"= {rows}", false);
                }

                if (neutralised)
                {
                    plain = (plain.Seconds + seconds, plain.Cpu + cpu);
                }
                else
                {
                    indexed = (indexed.Seconds + seconds, indexed.Cpu + cpu);
                }
            }
        }

        var indexedRate = rows * rounds / indexed.Seconds;
        var plainRate = rows * rounds / plain.Seconds;
        report.Add("3. import rows per round", rows, "rows");
        report.Add("3. import rounds per variant", rounds, string.Empty);
        report.Add("3. import with the index kept in step", indexedRate, "rows/s");
        report.Add("3. import, FTS5 write into a plain table", plainRate, "rows/s");
        report.AddRatio("3. rate with index / rate without (wall)", indexedRate, plainRate, atLeast: 0.8);
        report.AddRatio("3. CPU without / CPU with index", plain.Cpu, indexed.Cpu);
    }

    private static async Task<(double Seconds, double Cpu, long Patents, long Keys)> ImportOnceAsync(string directory, string csv, List<string> enterprises, bool neutralise)
    {
        await using var app = await ImportBenchmark.StartAsync(directory);
        await ImportBenchmark.RegisterEnterprisesAsync(app, enterprises);
        if (neutralise)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var plain = "DROP TABLE registry_patent_fts; CREATE TABLE registry_patent_fts (" + string.Join(", ", PatentSearchIndex.Columns) + ");";
            await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Database.ExecuteSqlRawAsync(plain);
        }

        var batch = await ImportBenchmark.UploadAsync(app, csv);
        var cpu = Cpu();
        var watch = Stopwatch.StartNew();
        var outcome = await ImportBenchmark.RunJobAsync<ApplyImportJob>(app, batch);
        var seconds = watch.Elapsed.TotalSeconds;
        cpu = Cpu() - cpu;
        if (!outcome.Succeeded)
        {
            Console.WriteLine($"import failed: {outcome.Error}");
        }

        var patents = await ImportBenchmark.CountAsync(app);
        long keys;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            keys = await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM registry_patent_search").SingleAsync();
        }

        SqliteConnection.ClearAllPools();
        return (seconds, cpu, patents, keys);
    }

    /// <summary>
    /// Titles, abstracts, inventors and main IPC symbols composed as the demo generator composes them
    /// (<c>DemoDataGenerator.NewPatent</c>, <c>Abstract</c>, <c>PersonName</c>), over the seven industries of
    /// <see cref="DemoVocabulary"/> with equal weight; a separate random stream, so the other columns are the generator's own.
    /// </summary>
    private static Func<int, string, DistrictGenerator.PatentText> Words(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        string Person() => Pick(DemoVocabulary.Surnames) + Pick(DemoVocabulary.GivenNames) + (random.NextDouble() < 0.7 ? Pick(DemoVocabulary.GivenNames) : string.Empty);
        return (_, type) =>
        {
            var industry = Pick(DemoVocabulary.Industries);
            var product = Pick(industry.Products);
            var title = type switch
            {
                "Invention" => $"一种{Pick(DemoVocabulary.Modifiers)}{product}{Pick(DemoVocabulary.InventionSuffixes)}",
                "UtilityModel" => $"一种{(random.NextDouble() < 0.5 ? Pick(DemoVocabulary.Modifiers) : string.Empty)}{product}",
                _ => random.NextDouble() < 0.5 ? $"{product}（{(char)('A' + random.Next(0, 6))}{random.Next(1, 30)}型）" : $"{product}外壳",
            };
            string summary;
            if (type == "Design")
            {
                summary = $"1．本外观设计产品的名称：{title}。2．本外观设计产品的用途：用于{Pick(DemoVocabulary.Industries).CompanyWords[0]}领域。3．本外观设计产品的设计要点：在于产品的形状。4．最能表明设计要点的图片或照片：立体图。";
            }
            else
            {
                var parts = industry.Parts.OrderBy(_ => random.Next()).Take(3).ToArray();
                var who = type == "Invention" ? "本发明" : "本实用新型";
                var core = title.StartsWith("一种", StringComparison.Ordinal) ? title[2..] : title;
                summary = $"{who}公开了一种{core}，包括{parts[0]}、{parts[1]}和{parts[2]}，所述{parts[0]}与{parts[1]}固定连接，所述{parts[2]}设于{parts[1]}的一侧。"
                    + $"{who}{Pick(DemoVocabulary.Effects)}，{Pick(DemoVocabulary.Effects)}。";
            }

            var inventors = string.Join(';', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Person()).Distinct());
            return new DistrictGenerator.PatentText(title, summary, inventors, type == "Design" ? null : Pick(industry.Ipc));
        };
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Time<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Percentile by nearest rank (p95 of 30 runs is the 29th fastest).</summary>
    private static double P(List<double> values, int percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static void Print(string name, List<double> times) =>
        Console.WriteLine($"{name} (ms): {string.Join(", ", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");

    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static string LoadLine()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
