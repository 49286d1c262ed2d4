using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// DESIGN.md "Data": a model change without a migration fails a test, for both migration sets. Run
/// tools/regen-migrations.sh to fix. The connection strings are never opened.
/// </summary>
public sealed class MigrationsTests
{
    private static readonly string MigrationsAssembly = typeof(CountyIpDbContext).Assembly.FullName!;

    [Fact]
    public void SqliteModel_ComparedWithMigrations_HasNoPendingChanges()
    {
        using var context = new SqliteCountyIpDbContext(new DbContextOptionsBuilder<SqliteCountyIpDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(MigrationsAssembly))
            .Options);

        context.Database.GetMigrations().ShouldNotBeEmpty();
        context.Database.HasPendingModelChanges().ShouldBeFalse("the SQLite model has changes without a migration: run tools/regen-migrations.sh");
    }

    [Fact]
    public void PostgresModel_ComparedWithMigrations_HasNoPendingChanges()
    {
        using var context = new PostgresCountyIpDbContext(new DbContextOptionsBuilder<PostgresCountyIpDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Database=never_opened", o => o.MigrationsAssembly(MigrationsAssembly))
            .Options);

        context.Database.GetMigrations().ShouldNotBeEmpty();
        context.Database.HasPendingModelChanges().ShouldBeFalse("the PostgreSQL model has changes without a migration: run tools/regen-migrations.sh");
    }
}
