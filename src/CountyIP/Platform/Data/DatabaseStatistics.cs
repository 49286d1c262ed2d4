using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CountyIP.Platform.Data;

/// <summary>
/// Refreshes the query planner's statistics (issue 11 §5: no ANALYZE ever ran; a 300k database had no sqlite_stat1).
/// Called at the end of every import's apply job and by <see cref="DatabaseStatisticsJob"/> once a day.
/// </summary>
public static class DatabaseStatistics
{
    /// <summary>
    /// SQLite: <c>ANALYZE</c> with <c>analysis_limit</c> (each index sampled, so the cost does not grow with the
    /// table), then <c>PRAGMA optimize</c>. PostgreSQL: <c>ANALYZE</c>; autovacuum keeps statistics between imports
    /// (docs/architecture.md, "Statistics"), but it starts only after its thresholds, well after a bulk load.
    /// </summary>
    public static Task RefreshStatisticsAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        var sql = database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true
            ? "PRAGMA analysis_limit=1000; ANALYZE; PRAGMA optimize;"
            : "ANALYZE;";
        return database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
