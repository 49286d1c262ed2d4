using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>The audit records the spreadsheet export wrote (issue 10 §5: no export without one).</summary>
internal static class ExportRecords
{
    /// <summary>Export records of <paramref name="entityType"/> whose detail (row count and filter) contains <paramref name="marker"/>.</summary>
    public static async Task<List<AuditRecord>> FindAsync(CountyIpAppFactory factory, string entityType, string marker)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var records = await db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.Action == AuditActions.Export && r.EntityType == entityType)
            .ToListAsync(TestContext.Current.CancellationToken);
        return [.. records.Where(r => r.Detail is not null && r.Detail.Contains(marker, StringComparison.Ordinal))];
    }
}
