using CountyIP.Platform.Configuration;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Data;

/// <summary>Applies migrations, then runs the seeders in order. Used on start and by the <c>migrate</c> command.</summary>
public sealed class DatabaseInitializer(
    CountyIpDbContext db,
    IEnumerable<IDataSeeder> seeders,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StartupConfigurationException(
                "ConnectionStrings__CountyIP",
                $"the {db.Provider} database cannot be reached or migrated ({FirstLine(ex)}).",
                ex);
        }

        logger.LogInformation("Migrations checked and applied in {Milliseconds} ms", Elapsed(started));
    }

    public async Task SeedAsync(bool includeDemoData, CancellationToken cancellationToken)
    {
        foreach (var seeder in seeders.Where(s => includeDemoData || !s.IsDemoData).OrderBy(s => s.Order))
        {
            // Each step's time in the log: the start-to-healthy benchmark (bench/load/start.sh, issue 11 §4) reads them.
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await seeder.SeedAsync(cancellationToken);
            logger.LogInformation("Seeded {Seeder} in {Milliseconds} ms", seeder.GetType().Name, Elapsed(started));
        }
    }

    private static long Elapsed(long started) => (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string FirstLine(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n')[0].Trim();
    }
}
