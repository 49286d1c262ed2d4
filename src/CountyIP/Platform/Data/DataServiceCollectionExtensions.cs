using CountyIP.Platform.Configuration;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CountyIpDbContext"/> for the configured provider. An unknown provider or a missing
    /// PostgreSQL connection string stops start-up with a message naming the setting.
    /// </summary>
    public static DatabaseProvider AddCountyIpData(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var provider = ParseProvider(configuration[$"{DatabaseOptions.SectionName}:Provider"]);
        var connectionString = configuration.GetConnectionString("CountyIP");
        var migrationsAssembly = typeof(CountyIpDbContext).Assembly.FullName;

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={dataDirectory.Combine("countyip.db")}"
                    : connectionString;
                services.AddDbContext<CountyIpDbContext, SqliteCountyIpDbContext>((sp, o) => o
                    .UseSqlite(sqlite, s => s.MigrationsAssembly(migrationsAssembly))
                    .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new StartupConfigurationException("ConnectionStrings__CountyIP", "is required when Database__Provider is Postgres.");
                }

                services.AddDbContext<CountyIpDbContext, PostgresCountyIpDbContext>((sp, o) => o
                    .UseNpgsql(connectionString, s => s.MigrationsAssembly(migrationsAssembly))
                    .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Backup.DatabaseBackup>();
        services.AddSingleton<DataChangeSignal>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DataChangeInterceptor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DataChangeCommitInterceptor>();
        return provider;
    }

    public static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new StartupConfigurationException("Database__Provider", $"unknown provider '{value}'; use Sqlite or Postgres.");
    }
}
