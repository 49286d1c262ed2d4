using CountyIP.Platform.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CountyIP.Platform.Data;

/// <summary>
/// The one DbContext (DESIGN.md). Entity configurations are discovered from the assembly, so a module adds its
/// tables by adding <c>IEntityTypeConfiguration</c> classes in its <c>Data</c> folder; this class never names a module.
/// Two provider-specific subclasses carry the two migration sets.
/// </summary>
public abstract class CountyIpDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CountyIpDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC (DESIGN.md); reading them back marks them as UTC so they convert correctly
        // to Asia/Shanghai for display and so Npgsql accepts them for timestamptz.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

/// <summary>SQLite flavour: owns the migrations under <c>Platform/Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCountyIpDbContext(DbContextOptions<SqliteCountyIpDbContext> options) : CountyIpDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>PostgreSQL flavour: owns the migrations under <c>Platform/Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresCountyIpDbContext(DbContextOptions<PostgresCountyIpDbContext> options) : CountyIpDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
