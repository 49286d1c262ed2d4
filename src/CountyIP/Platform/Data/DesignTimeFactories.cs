using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CountyIP.Platform.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCountyIpDbContext>
{
    public SqliteCountyIpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCountyIpDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(CountyIpDbContext).Assembly.FullName))
            .Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCountyIpDbContext>
{
    public PostgresCountyIpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCountyIpDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsAssembly(typeof(CountyIpDbContext).Assembly.FullName))
            .Options);
}
