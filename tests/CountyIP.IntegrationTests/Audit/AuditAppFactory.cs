using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Audit;

/// <summary>The app with a sign-in limit high enough for a test class that signs in many accounts.</summary>
public sealed class AuditAppFactory : CountyIpAppFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "10000",
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Server;
    }
}

/// <summary>Database access for audit tests: raw SQL and reading the chain, bypassing the app's handlers on purpose.</summary>
internal static class AuditDb
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task ExecuteAsync(CountyIpAppFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }

    public static async Task<List<AuditRecord>> RecordsAsync(CountyIpAppFactory factory, string entityType, string entityKey)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        return await db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.EntityType == entityType && r.EntityKey == entityKey)
            .OrderBy(r => r.Sequence)
            .ToListAsync(Ct);
    }

    public static async Task<List<AuditRecord>> RecordsByActionAsync(CountyIpAppFactory factory, string action, string actor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        return await db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.Action == action && r.Actor == actor)
            .OrderBy(r => r.Sequence)
            .ToListAsync(Ct);
    }

    public static async Task<AuditVerification> VerifyAsync(CountyIpAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
    }

    /// <summary>Creates a role straight through the DbContext: a plain business write with a known key.</summary>
    public static async Task<Guid> CreateRoleAsync(CountyIpAppFactory factory, string? name = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var role = new Microsoft.AspNetCore.Identity.IdentityRole<Guid>(name ?? $"test-{Guid.NewGuid():N}") { Id = Guid.NewGuid() };
        role.NormalizedName = role.Name!.ToUpperInvariant();
        db.Roles.Add(role);
        await db.SaveChangesAsync(Ct);
        return role.Id;
    }

    public const string RoleType = "IdentityRole<Guid>";

    public static string DropAppendOnlyTriggers => TestDatabase.OnPostgres
        ? """DROP TRIGGER audit_records_no_update_delete ON "AuditRecords";"""
        : "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete;";
}
