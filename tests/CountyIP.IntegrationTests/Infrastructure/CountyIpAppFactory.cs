using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over HTTP on its own database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>).
/// Runs as Production-like ("Testing" environment): no demo data unless a test asks for it.
/// </summary>
public class CountyIpAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase? sharedDatabase;
    private TestDatabase? database;

    public CountyIpAppFactory()
    {
    }

    /// <summary>A second app instance on <paramref name="first"/>'s database (scale-out: several instances, one database).</summary>
    protected CountyIpAppFactory(CountyIpAppFactory first)
    {
        sharedDatabase = first.Database;
    }

    /// <summary>Another instance of the app on the same database and data directory; dispose it before <paramref name="first"/>.</summary>
    public static CountyIpAppFactory SharingDatabaseWith(CountyIpAppFactory first) => new SecondInstance(first);

    // Must satisfy the password policy, which refuses passwords containing the user name ("admin").
    public const string AdminPassword = "Bootstrap#Pass2026";

    public TestDatabase Database => database ?? throw new InvalidOperationException("Factory not initialised.");

    /// <summary>Extra settings a derived fixture adds (e.g. demo data on).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public virtual async ValueTask InitializeAsync()
    {
        database = sharedDatabase ?? await TestDatabase.CreateAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:CountyIP"] = Database.ConnectionString,
            ["CountyIP:DataDirectory"] = Database.DataDirectory,
            ["CountyIP:DemoData"] = "false",
            ["CountyIP:Bootstrap:AdminPassword"] = AdminPassword,
            ["Security:RequireTwoFactorForAdmins"] = "false",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // The suite creates and signs in a few thousand accounts; at the production cost (PBKDF2, 100,000 rounds, about
        // 50 ms here) hashing alone took minutes of the run. The hasher, its format and every check stay the real ones;
        // only the work factor, which the hash records, is lower in test apps.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (database is not null && sharedDatabase is null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private sealed class SecondInstance(CountyIpAppFactory first) : CountyIpAppFactory(first);
}
