using Microsoft.EntityFrameworkCore;

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
