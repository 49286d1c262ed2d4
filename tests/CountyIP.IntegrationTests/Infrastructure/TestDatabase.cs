using CountyIP.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// Where a test app keeps its data. The suite runs on SQLite by default and on PostgreSQL when
/// <c>COUNTYIP_TEST_POSTGRES</c> holds an admin connection string (test.sh starts a server and sets it).
/// Every factory gets a database of its own, so tests never see each other's rows. The schema is migrated once per
/// test run into a template (a SQLite file copied, a PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>): a hundred-odd apps
/// start in a run, and migrating each from empty was a third of the suite's time. The app still runs its migrations
/// on start, which find nothing pending; the seeders (admin, reference data) run as on a new database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
    }

    public static string? PostgresAdminConnectionString => Environment.GetEnvironmentVariable("COUNTYIP_TEST_POSTGRES");

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(PostgresAdminConnectionString);

    public string Provider { get; }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Memory-backed where Linux offers it: SQLite's commits and the app's files then cost no disk flushes.</summary>
    private static readonly string TestRoot = Path.Combine(
        Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "countyip-tests");

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await Template.Value;
        var dataDirectory = Path.Combine(TestRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (!OnPostgres)
        {
            var file = Path.Combine(dataDirectory, "countyip.db");
            File.Copy(template, file);
            return new TestDatabase("Sqlite", $"Data Source={file}", dataDirectory, null, null);
        }

        var name = $"countyip_test_{Guid.NewGuid():N}";
        await ExecuteAsAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");

        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, PostgresAdminConnectionString, name);
    }

    /// <summary>
    /// A database with nothing in it, not even the schema (a new installation a backup is restored into): a data directory
    /// without its SQLite file, or a new PostgreSQL database.
    /// </summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var dataDirectory = Path.Combine(TestRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (!OnPostgres)
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dataDirectory, "countyip.db")};Pooling=false", dataDirectory, null, null);
        }

        var name = $"countyip_test_{Guid.NewGuid():N}";
        await ExecuteAsAdminAsync($"CREATE DATABASE \"{name}\"");
        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name, Pooling = false };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, PostgresAdminConnectionString, name);
    }

    /// <summary>A context of the app's own kind over this database, outside any app (for what an operator's command does).</summary>
    public CountyIpDbContext NewContext() => OnPostgres
        ? new PostgresCountyIpDbContext(new DbContextOptionsBuilder<PostgresCountyIpDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteCountyIpDbContext(new DbContextOptionsBuilder<SqliteCountyIpDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Migrates an empty database once; returns the SQLite file or the PostgreSQL database name.</summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var assembly = typeof(CountyIpDbContext).Assembly.FullName;
        if (!OnPostgres)
        {
            var directory = Path.Combine(TestRoot, $"template-{Guid.NewGuid():N}");
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "countyip.db");
            var options = new DbContextOptionsBuilder<SqliteCountyIpDbContext>()
                .UseSqlite($"Data Source={file};Pooling=false", o => o.MigrationsAssembly(assembly)).Options;
            await using (var db = new SqliteCountyIpDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(directory);
            return file;
        }

        var name = $"countyip_template_{Guid.NewGuid():N}";
        await ExecuteAsAdminAsync($"CREATE DATABASE \"{name}\"");
        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name, Pooling = false };
        var pgOptions = new DbContextOptionsBuilder<PostgresCountyIpDbContext>()
            .UseNpgsql(builder.ConnectionString, o => o.MigrationsAssembly(assembly)).Options;
        await using (var db = new PostgresCountyIpDbContext(pgOptions))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The server is already stopped: test.sh removes its whole directory.
            }
        };
        return name;
    }

    private static async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnectionString is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held by a pooled connection; the temp folder is cleaned by the OS.
        }
    }
}
