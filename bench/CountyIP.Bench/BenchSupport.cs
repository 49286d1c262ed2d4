using System.Globalization;
using CountyIP.Modules.Funding;
using CountyIP.Modules.Indicators;
using CountyIP.Modules.Plans;
using CountyIP.Modules.Protection;
using CountyIP.Modules.ReferenceData;
using CountyIP.Modules.Registry;
using CountyIP.Platform;
using CountyIP.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace CountyIP.Bench;

/// <summary>What the benchmarks share: the app's composition on a data directory, options, medians, the load average.</summary>
internal static class BenchSupport
{
    /// <summary>The app's own services and start-up (as Program.cs, without the HTTP pipeline) on a fresh SQLite file: migrations applied, the plan loaded.</summary>
    public static async Task<WebApplication> StartAppAsync(string dataDirectory, bool logSql)
    {
        IReadOnlyList<IModule> modules = [new ReferenceDataModule(), new PlansModule(), new RegistryModule(), new IndicatorsModule(), new ProtectionModule(), new FundingModule()];
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

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static double LoadAverage()
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

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
