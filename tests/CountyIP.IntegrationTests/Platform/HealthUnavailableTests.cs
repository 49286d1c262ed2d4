using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>Issue 2 §3: /healthz answers 503 when the database cannot be reached.</summary>
public sealed class HealthUnavailableTests : IAsyncLifetime
{
    private readonly CountyIpAppFactory factory = new();

    public ValueTask InitializeAsync() => factory.InitializeAsync();

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task GetHealthz_DatabaseGone_Returns503()
    {
        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await MakeDatabaseUnreachableAsync(factory.Database);

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    private static async Task MakeDatabaseUnreachableAsync(TestDatabase database)
    {
        if (database.Provider == "Postgres")
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestDatabase.PostgresAdminConnectionString);
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"DROP DATABASE \"{builder.Database}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return;
        }

        // SQLite would silently create a new empty file, so put a folder where the file was.
        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(file);
    }
}
