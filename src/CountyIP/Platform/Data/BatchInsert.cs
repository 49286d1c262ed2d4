using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Platform.Data;

/// <summary>Inserts of many generated rows (demo data): batches saved one by one, the change tracker emptied between them.</summary>
public static class BatchInsert
{
    /// <summary>
    /// Adds <paramref name="items"/> in batches of <paramref name="batchSize"/>, saving each: one huge SaveChanges
    /// tracks every row and grows memory, and tracking stays cheap when it is cleared after each batch.
    /// </summary>
    public static async Task InsertInBatchesAsync<T>(this DbContext db, IReadOnlyList<T> items, int batchSize, CancellationToken cancellationToken)
        where T : class
    {
        for (var i = 0; i < items.Count; i += batchSize)
        {
            db.AddRange(items.Skip(i).Take(batchSize));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>
/// One bulk write in ONE transaction (an import's apply, the demo district), with the connection tuned for it while it
/// lasts (issue 11 §4; the figures are in bench/README.md, "Where the kernel time went"). On SQLite the default page
/// cache is 2 MiB: a million-row transaction spills dirty pages to the file and reads them back again for every index
/// insert that lands on an evicted page — hundreds of thousands of 4 KiB pread/pwrite calls, which is the kernel time
/// the issue measured. A larger cache for this connection keeps the transaction's working set in memory; temporary
/// b-trees (sorts, the statement journal) stay in memory too. Durability is unchanged: <c>synchronous</c> and the
/// journal are left as they are, so the commit is as safe as any other. The pooled connection gets its defaults back
/// when the load ends. PostgreSQL needs no setting: it has its own shared buffers.
/// </summary>
public sealed class BulkLoad : IAsyncDisposable
{
    /// <summary>The page cache of a bulk transaction, in KiB (SQLite's negative <c>cache_size</c>): 128 MiB keeps a
    /// million-patent import's index pages resident and the process under the 512 MB.</summary>
    public const int SqliteCacheKiB = 128 * 1024;

    private readonly DbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly string? restore;

    private BulkLoad(DbContext db, IDbContextTransaction transaction, string? restore)
    {
        this.db = db;
        this.transaction = transaction;
        this.restore = restore;
    }

    /// <summary>Opens the context's connection, tunes it (SQLite) and begins the transaction.</summary>
    public static async Task<BulkLoad> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        string? restore = null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                var connection = db.Database.GetDbConnection();
                var cache = await ScalarAsync(connection, "PRAGMA cache_size;", cancellationToken);
                var temp = await ScalarAsync(connection, "PRAGMA temp_store;", cancellationToken);
                restore = $"PRAGMA cache_size = {cache}; PRAGMA temp_store = {temp};";
                await ExecuteAsync(connection, $"PRAGMA cache_size = -{SqliteCacheKiB}; PRAGMA temp_store = MEMORY;", cancellationToken);
            }

            return new BulkLoad(db, await db.Database.BeginTransactionAsync(cancellationToken), restore);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        try
        {
            if (restore is not null)
            {
                // Shrinking the cache also frees its pages: the pooled connection does not keep 128 MiB.
                await ExecuteAsync(db.Database.GetDbConnection(), restore, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
