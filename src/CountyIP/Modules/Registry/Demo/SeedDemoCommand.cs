using System.Globalization;
using CountyIP.Platform.Data;

namespace CountyIP.Modules.Registry.Demo;

/// <summary>
/// <c>seed-demo [--scale N] [--seed S]</c>: migrate, load reference data, demo accounts and the generated demo district
/// at N times the default size, print the counts and exit (issue 3 §7).
/// </summary>
public static class SeedDemoCommand
{
    public const string Verb = "seed-demo";

    public const int MaxScale = 1000;

    /// <summary>True when <paramref name="args"/> ask for the command; <paramref name="settings"/> then holds the
    /// configuration it needs, or <paramref name="error"/> says what is wrong with the arguments.</summary>
    public static bool TryParse(string[] args, out IDictionary<string, string?> settings, out string? error)
    {
        settings = new Dictionary<string, string?>();
        error = null;
        if (!args.Contains(Verb, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        settings["CountyIP:DemoData"] = "true";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i] switch
            {
                "--scale" => nameof(RegistryOptions.DemoScale),
                "--seed" => nameof(RegistryOptions.DemoSeed),
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || (name == nameof(RegistryOptions.DemoScale) && value is < 1 or > MaxScale))
            {
                error = $"{args[i]} needs a whole number{(name == nameof(RegistryOptions.DemoScale) ? $" from 1 to {MaxScale}" : string.Empty)}.";
                return true;
            }

            settings[$"{RegistryOptions.SectionName}:{name}"] = value.ToString(CultureInfo.InvariantCulture);
        }

        return true;
    }
}

/// <summary>
/// The <c>seed-demo</c> command's report, run after the start-up initialisation (which seeded, demo data included):
/// prints what the registry holds. Its dependencies come by constructor (issue 10 item 3); Program resolves it.
/// </summary>
internal sealed class SeedDemoReport(IEnumerable<IDataSeeder> seeders, IEnumerable<IDemoDataReport> reports, RegistryDemoRun run)
{
    public async Task<int> WriteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var seeder = seeders.OfType<RegistryDemoSeeder>().Single();
        var counts = await seeder.CountAsync(cancellationToken);
        await output.WriteLineAsync(counts.Enterprises > 0 && !run.Generated
            ? "The registry already had enterprises; no demo data was added."
            : "Demo data loaded.");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"enterprises {counts.Enterprises}, patents {counts.Patents}, trademarks {counts.Trademarks}, copyrights {counts.Copyrights}, standards projects {counts.Standards}, service agencies {counts.Agencies}"));

        // The other modules' demo records (each seeder skips on its own when its module already holds records).
        foreach (var report in reports.OrderBy(r => r.Order))
        {
            await output.WriteLineAsync(await report.DescribeAsync(cancellationToken));
        }

        return 0;
    }
}

/// <summary>Remembers across scopes whether this process generated the demo data (for the command's message).</summary>
internal sealed class RegistryDemoRun
{
    public bool Generated { get; set; }
}
