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
        var bare = await NoFacetsAsync(app, Term);
        var fts = HandFts(hand, Term);
        var like = Like(hand, Term);
        var three = await RealAsync(app, filtered, today);
        await NoFacetsAsync(app, ThreeTerms, PatentType.Invention);
        await PlansAsync(app, hand);
        if (Environment.GetCommandLineArgs().Contains("--diagnose"))
        {
            await DiagnoseAsync(app, hand);
        }
        Console.WriteLine($"'{Term}': real path total {real.Total} (page {real.Items.Count}, types {string.Join(' ', real.Facets.Types.Select(f => $"{f.Value}={f.Count}"))}); no facets {bare.Total}; hand FTS5 {fts.Count}; LIKE title/abstract {like.Count}");
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
        var bareTimes = new List<double>();
        var bareCount = new List<double>();
        var barePage = new List<double>();
        var ftsTimes = new List<double>();
        var likeTimes = new List<double>();
        var threeTimes = new List<double>();
        var threeBare = new List<double>();
        Console.WriteLine($"timing {runs} runs (LIKE on the first {likeRuns}); load average {LoadLine()}");
        for (var i = 0; i < runs; i++)
        {
            // Interleaved, the order rotated so that no path always follows another.
            var steps = new List<Func<Task>>
            {
                async () => realTimes.Add(await TimeAsync(() => RealAsync(app, simple, today))),
                async () =>
                {
                    var w = Stopwatch.StartNew();
                    var r = await NoFacetsAsync(app, Term);
                    bareTimes.Add(w.Elapsed.TotalMilliseconds);
                    bareCount.Add(r.CountMs);
                    barePage.Add(r.PageMs);
                },
                () =>
                {
                    ftsTimes.Add(Time(() => HandFts(hand, Term)));
                    return Task.CompletedTask;
                },
                async () => threeTimes.Add(await TimeAsync(() => RealAsync(app, filtered, today))),
                async () => threeBare.Add(await TimeAsync(() => NoFacetsAsync(app, ThreeTerms, PatentType.Invention))),
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

        Print("real path (count, page, facets)", realTimes);
        Print("count + page, no facets", bareTimes);
        Print("  of which count", bareCount);
        Print("  of which page of 20 (ids + rows)", barePage);
        Print("hand FTS5", ftsTimes);
        Print("LIKE", likeTimes);
        Print("three terms + filters, real path", threeTimes);
        Print("three terms + filters, no facets", threeBare);

        report.Add($"1. '{Term}' real path (+facets) p50", P(realTimes, 50), "ms");
        report.Add($"1. '{Term}' real path (+facets) p95", P(realTimes, 95), "ms", "<= 50", P(realTimes, 95) <= 50);
        report.Add($"1. '{Term}' count + page, no facets p50", P(bareTimes, 50), "ms");
        report.Add($"1. '{Term}' count + page, no facets p95", P(bareTimes, 95), "ms", "<= 50", P(bareTimes, 95) <= 50);
        report.Add("   of which count p50", P(bareCount, 50), "ms");
        report.Add("   of which page of 20 p50", P(barePage, 50), "ms");
        report.Add($"1. hand FTS5 (count + bm25 page) p50", P(ftsTimes, 50), "ms");
        report.Add($"1. hand FTS5 (count + bm25 page) p95", P(ftsTimes, 95), "ms");
        report.Add($"1. LIKE title/abstract (count + 20) p50", P(likeTimes, 50), "ms");
        report.Add($"1. LIKE title/abstract (count + 20) p95", P(likeTimes, 95), "ms");
        report.AddRatio("1. LIKE p50 / real path p50", P(likeTimes, 50), P(realTimes, 50), atLeast: 10);
        report.AddRatio("1. LIKE p50 / no-facets p50", P(likeTimes, 50), P(bareTimes, 50), atLeast: 10);
        report.AddRatio("1. real path p50 / hand FTS5 p50", P(realTimes, 50), P(ftsTimes, 50), atMost: 1.5);
        report.AddRatio("1. no-facets p50 / hand FTS5 p50", P(bareTimes, 50), P(ftsTimes, 50), atMost: 1.5);
        report.Add($"2. three terms + type + years + facets p50", P(threeTimes, 50), "ms");
        report.Add($"2. three terms + type + years + facets p95", P(threeTimes, 95), "ms", "<= 150", P(threeTimes, 95) <= 150);
        report.Add($"2. same, no facets p50", P(threeBare, 50), "ms");
        report.Add($"2. same, no facets p95", P(threeBare, 95), "ms");
        report.Add("peak memory", BenchReport.PeakMemoryMiB(), "MiB");
        Console.WriteLine($"query phase done; load average {LoadLine()}");
    }

    /// <summary>The signed-in search as <see cref="SearchPatentsHandler"/> runs it for bureau staff (district-wide scope: every patent).</summary>
    private static async Task<PatentSearchResult> RealAsync(WebApplication app, SearchPatentsQuery query, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegistryText>>();
        return await PatentSearch.RunAsync(db, db.Set<Patent>().AsNoTracking(), null, query, today, text, CancellationToken.None);
    }

    /// <summary>
    /// The real path's count and first page without the facets: the same LINQ as <c>PatentSearch.Join</c> (private, so
    /// repeated here over the internal <see cref="PatentSearchIndex.Hits"/>), the same order, the rows read by id and marked.
    /// </summary>
    private static async Task<(int Total, double CountMs, double PageMs)> NoFacetsAsync(WebApplication app, string q, PatentType? type = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegistryText>>();
        var matches = Matches(db, q, text, type);
        var w = Stopwatch.StartNew();
        var total = await matches.CountAsync();
        var countMs = w.Elapsed.TotalMilliseconds;
        w.Restart();
        var ids = await matches.OrderBy(m => m.Score).ThenByDescending(m => m.FilingDate).ThenBy(m => m.Id).Take(20).Select(m => m.Id).ToListAsync();
        var rows = await db.Set<Patent>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
        var marker = new SearchMarker(PatentSearch.Parse(q, text));
        var marked = rows.Sum(p => marker.Mark(p.Title).Length + (p.Abstract is { } a ? marker.Snippet(a).Length : 0));
        GC.KeepAlive(marked);
        return (total, countMs, w.Elapsed.TotalMilliseconds);
    }

    private static IQueryable<Match> Matches(CountyIpDbContext db, string q, IStringLocalizer<RegistryText> text, PatentType? type)
    {
        var patents = db.Set<Patent>().AsNoTracking();
        if (type is { } t)
        {
            var start = new DateOnly(YearFrom, 1, 1);
            var end = new DateOnly(YearTo, 12, 31);
            patents = patents.Where(p => p.Type == t && p.FilingDate >= start && p.FilingDate <= end);
        }

        return from p in patents
               join h in PatentSearchIndex.Hits(db, PatentSearch.Parse(q, text)) on p.Id equals h.PatentId
               select new Match { Id = p.Id, Score = h.Score, FilingDate = p.FilingDate };
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

    /// <summary>Prints the planner's plan of the real path's count, page and facet grouping (the same LINQ as the product's).</summary>
    private static async Task PlansAsync(WebApplication app, SqliteConnection connection)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegistryText>>();
        var matches = Matches(db, Term, text, null);
        var three = Matches(db, ThreeTerms, text, PatentType.Invention);
        var hits = PatentSearchIndex.Hits(db, PatentSearch.Parse(Term, text));
        var groups = from p in db.Set<Patent>().AsNoTracking()
                     join h in hits on p.Id equals h.PatentId
                     group p by new { p.Type, p.FilingDate.Year, p.UnitCode } into g
                     select new { g.Key.Type, g.Key.Year, g.Key.UnitCode, Count = g.Count() };
        foreach (var (name, sql) in new[]
        {
            ("count", CountOf(matches.Select(m => m.Id).ToQueryString())),
            ("page", matches.OrderBy(m => m.Score).ThenByDescending(m => m.FilingDate).ThenBy(m => m.Id).Take(20).Select(m => m.Id).ToQueryString()),
            ("facet groups", groups.ToQueryString()),
            ("three terms + filters, count", CountOf(three.Select(m => m.Id).ToQueryString())),
            ("three terms + filters, page", three.OrderBy(m => m.Score).ThenByDescending(m => m.FilingDate).ThenBy(m => m.Id).Take(20).Select(m => m.Id).ToQueryString()),
        })
        {
            try
            {
                using var command = connection.CreateCommand();
                var body = new List<string>();
                foreach (var line in sql.Split('\n'))
                {
                    // ToQueryString declares the parameters first: ".param set @p 'value'" (SQLite) or "-- @p='value'".
                    var declaration = line.StartsWith(".param set ", StringComparison.Ordinal) ? line[11..] : line.StartsWith("-- @", StringComparison.Ordinal) ? line[3..].Replace("=", " ", StringComparison.Ordinal) : null;
                    if (declaration is null)
                    {
                        body.Add(line);
                        continue;
                    }

                    var space = declaration.IndexOf(' ', StringComparison.Ordinal);
                    var value = declaration[(space + 1)..].Trim();
                    object parsed = value.StartsWith('\'') ? value[1..^1].Replace("''", "'", StringComparison.Ordinal) : long.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : value;
                    command.Parameters.AddWithValue(declaration[..space], parsed);
                }

                command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', body);
                Console.WriteLine($"--- {name}: {string.Join(' ', body).Trim()}");
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    Console.WriteLine($"    plan: {reader.GetInt32(0)} {reader.GetInt32(1)} {reader.GetString(3)}");
                }
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or ArgumentException)
            {
                Console.WriteLine($"--- {name}: no plan ({e.Message})\n{sql}");
            }
        }
    }

    /// <summary>
    /// <c>--diagnose</c>: pieces of the real path's SQL timed by hand on the same connection (median of 5), to tell where
    /// the time goes: the FTS5 match alone, the join to the patents, the order's tie-break on a patents column, the facets.
    /// </summary>
    private static async Task DiagnoseAsync(WebApplication app, SqliteConnection connection)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegistryText>>();
        foreach (var q in new[] { Term, ThreeTerms })
        {
            var match = PatentSearchIndex.Fts5Match(PatentSearch.Parse(q, text));
            const string Hits = $"SELECT k.\"PatentId\" AS PatentId, {Bm25} AS Score FROM registry_patent_fts JOIN registry_patent_search AS k ON k.\"Key\" = registry_patent_fts.rowid WHERE registry_patent_fts MATCH $m";
            var filter = q == Term ? string.Empty : $"WHERE r.Type = 'Invention' AND r.FilingDate >= '{YearFrom}-01-01' AND r.FilingDate <= '{YearTo}-12-31'";
            foreach (var (name, sql) in new[]
            {
                ("fts count alone", "SELECT count(*) FROM registry_patent_fts WHERE registry_patent_fts MATCH $m"),
                ("fts 20 best by bm25 alone", $"SELECT rowid, {Bm25} AS s FROM registry_patent_fts WHERE registry_patent_fts MATCH $m ORDER BY s LIMIT 20"),
                ("count joined to patents (product)", $"SELECT count(*) FROM registry_patents AS r JOIN ({Hits}) AS c ON r.Id = c.PatentId {filter}"),
                ("page by score only", $"SELECT r.Id FROM registry_patents AS r JOIN ({Hits}) AS c ON r.Id = c.PatentId {filter} ORDER BY c.Score LIMIT 20"),
                ("page by score, filing date, id (product)", $"SELECT r.Id FROM registry_patents AS r JOIN ({Hits}) AS c ON r.Id = c.PatentId {filter} ORDER BY c.Score, r.FilingDate DESC, r.Id LIMIT 20"),
                ("facet groups (product)", $"SELECT r.Type, CAST(strftime('%Y', r.FilingDate) AS INTEGER), r.UnitCode, count(*) FROM registry_patents AS r JOIN ({Hits}) AS c ON r.Id = c.PatentId {filter} GROUP BY 1, 2, 3"),
            })
            {
                var times = new List<double>();
                long rows = 0;
                for (var i = 0; i < 5; i++)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    command.Parameters.AddWithValue("$m", match);
                    var w = Stopwatch.StartNew();
                    using var reader = command.ExecuteReader();
                    rows = 0;
                    while (reader.Read())
                    {
                        rows++;
                    }

                    times.Add(w.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"diagnose '{q}' {name}: median {BenchSupport.Median(times):0.0} ms ({rows} rows out)");
            }
        }
    }

    /// <summary>The query wrapped in a count, its parameter declarations kept first.</summary>
    private static string CountOf(string sql)
    {
        var lines = sql.Split('\n');
        var declarations = lines.TakeWhile(l => l.StartsWith(".param", StringComparison.Ordinal) || l.StartsWith("-- ", StringComparison.Ordinal) || l.Trim().Length == 0);
        var body = lines.Skip(declarations.Count());
        return string.Join('\n', declarations) + "\nSELECT count(*) FROM (" + string.Join('\n', body) + ")";
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

    /// <summary>A match row as the product's (private) <c>PatentSearch.Match</c>: the key, its score and the filing date.</summary>
    private sealed class Match
    {
        public Guid Id { get; init; }

        public double Score { get; init; }

        public DateOnly FilingDate { get; init; }
    }
}
