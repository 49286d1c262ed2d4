using Npgsql;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// Where a test app keeps its data. The suite runs on SQLite by default and on PostgreSQL when
/// <c>COUNTYIP_TEST_POSTGRES</c> holds an admin connection string (test.sh starts a server and sets it).
/// Every factory gets a database of its own, so tests never see each other's rows.
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

    public static async Task<TestDatabase> CreateAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "countyip-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (!OnPostgres)
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(dataDirectory, "countyip.db")}", dataDirectory, null, null);
        }

        var name = $"countyip_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresAdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, dataDirectory, PostgresAdminConnectionString, name);
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
