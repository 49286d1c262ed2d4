using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Deletes closed cases whose retention period has passed (PIPL arts. 19 and 47).</summary>
public sealed record PurgeExpiredCasesCommand;

public sealed record PurgeResult(int CasesPurged, int FilesDeleted);

/// <summary>Days a closed case is kept; <c>Protection:RetentionDays</c>, three years by default.</summary>
internal sealed record RetentionSettings(int RetentionDays);

/// <summary>
/// Leaves no trace of the complainant: the evidence files are deleted from the store, the identity column is
/// overwritten before the row is deleted, and on SQLite <c>secure_delete</c> zeroes the freed pages and a checkpoint
/// empties any write-ahead log (MLPS 2.0: residual information cleared when data is deleted). On PostgreSQL the dead
/// tuples are reclaimed by (auto)vacuum.
/// </summary>
internal sealed class PurgeExpiredCasesHandler(CountyIpDbContext db, IFileStore files, RetentionSettings retention, TimeProvider clock)
{
    public async Task<PurgeResult> HandleAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-retention.RetentionDays);
        var expired = await db.Set<ProtectionCase>()
            .Where(c => c.State == CaseState.Closed && c.ClosedAtUtc != null && c.ClosedAtUtc <= cutoff)
            .Select(c => new { c.Id, Keys = c.Evidence.Select(e => e.FileKey).ToList(), NoticeKeys = c.Notices.Select(n => n.FileKey).ToList() })
            .ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return new PurgeResult(0, 0);
        }

        var ids = expired.Select(e => e.Id).ToList();
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // Overwrite first: the value is gone even from a page that is later reused rather than freed.
                await db.Set<ProtectionCase>().Where(c => ids.Contains(c.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedIdentity, "purged").SetProperty(c => c.MaskedContact, (string?)null), cancellationToken);
                await db.Set<ProtectionCase>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var deleted = 0;
        foreach (var key in expired.SelectMany(e => e.Keys.Concat(e.NoticeKeys)))
        {
            files.Delete(key);
            deleted++;
        }

        return new PurgeResult(expired.Count, deleted);
    }
}
