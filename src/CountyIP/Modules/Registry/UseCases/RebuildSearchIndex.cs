using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Search;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// Builds the full-text index again from the patents (ADR 0027), in one bulk transaction: searches keep the old index
/// until the new one commits. It runs on every start and <c>migrate</c> after the demo data, and does nothing when the
/// index holds a row per patent; a database that had patents before the index existed (or was restored from a copy
/// without it) is indexed then. <c>rebuild-search-index</c> forces it.
/// </summary>
internal sealed class PatentSearchRebuild(CountyIpDbContext db, ILogger<PatentSearchRebuild> logger) : IDataSeeder
{
    /// <summary>The command line verb that forces a rebuild (<c>dotnet CountyIP.dll rebuild-search-index</c>).</summary>
    public const string Verb = "rebuild-search-index";

    private const int Batch = 2_000;

    public int Order => 950;

    public bool IsDemoData => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var patents = await db.Set<Patent>().CountAsync(cancellationToken);
        var indexed = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM registry_patent_search").SingleAsync(cancellationToken);
        if (patents != indexed)
        {
            logger.LogInformation("The full-text index has {Indexed} rows for {Patents} patents: rebuilding it.", indexed, patents);
            await RebuildAsync(cancellationToken);
        }

        var records = await db.Set<Trademark>().CountAsync(cancellationToken) + await db.Set<CopyrightRegistration>().CountAsync(cancellationToken)
            + await db.Set<Enterprise>().CountAsync(cancellationToken);
        var recordRows = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM registry_record_search").SingleAsync(cancellationToken);
        if (records != recordRows)
        {
            logger.LogInformation("The records' full-text index has {Indexed} rows for {Records} trademarks, copyrights and enterprises: rebuilding it.", recordRows, records);
            await RebuildRecordsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Empties the records' index and writes every trademark's, copyright registration's and enterprise's row. These
    /// registers hold thousands of rows, not a million: each is read whole, in one transaction.
    /// </summary>
    public async Task<int> RebuildRecordsAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await using (var load = await BulkLoad.BeginAsync(db, cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM registry_record_search", cancellationToken);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO registry_record_fts (registry_record_fts) VALUES ('delete-all')", cancellationToken);
            }

            using var writer = RecordSearchWriter.Create(db);
            foreach (var t in await db.Set<Trademark>().AsNoTracking().ToListAsync(cancellationToken))
            {
                writer.Put(SearchRecordKind.Trademark, t.Id, RecordSearchDocument.Of(t));
                count++;
            }

            foreach (var c in await db.Set<CopyrightRegistration>().AsNoTracking().ToListAsync(cancellationToken))
            {
                writer.Put(SearchRecordKind.Copyright, c.Id, RecordSearchDocument.Of(c));
                count++;
            }

            foreach (var e in await db.Set<Enterprise>().AsNoTracking().ToListAsync(cancellationToken))
            {
                writer.Put(SearchRecordKind.Enterprise, e.Id, RecordSearchDocument.Of(e));
                count++;
            }

            await load.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Records' full-text index rebuilt: {Count} trademarks, copyrights and enterprises.", count);
        return count;
    }

    /// <summary>Empties the index and writes every patent's row, in batches read in key order.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var count = 0;
        await using (var load = await BulkLoad.BeginAsync(db, cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM registry_patent_search", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("INSERT INTO registry_patent_fts (registry_patent_fts) VALUES ('delete-all')", cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM registry_patent_search", cancellationToken);
            }

            using var writer = PatentSearchWriter.Create(db);
            (string Office, string Number)? after = null;
            while (true)
            {
                // Keyset paging over the unique (Office, ApplicationNumber) index: each batch starts where the last ended.
                var query = db.Set<Patent>().AsNoTracking();
                if (after is { } last)
                {
                    var (office, number) = last;
                    query = query.Where(p => p.Office.CompareTo(office) > 0 || (p.Office == office && p.ApplicationNumber.CompareTo(number) > 0));
                }

                // Only the searched fields (and the applicants' names), not whole patents with their status history.
                var batch = await query.OrderBy(p => p.Office).ThenBy(p => p.ApplicationNumber).Take(Batch)
                    .Select(p => new
                    {
                        p.Id, p.Office, p.ApplicationNumber, p.Title, p.Abstract, p.Inventors, p.AgencyName, p.IpcMain, p.IpcFurther, p.PublicationNumber, p.GrantNumber,
                        Applicants = p.Applicants.OrderBy(a => a.Order).Select(a => a.Name).ToList(),
                    })
                    .ToListAsync(cancellationToken);
                foreach (var p in batch)
                {
                    writer.Put(p.Id, PatentSearchDocument.Of(
                        p.Title, p.Abstract, p.Applicants, p.Inventors, p.AgencyName, p.IpcMain, p.IpcFurther, p.ApplicationNumber, p.PublicationNumber, p.GrantNumber));
                }

                count += batch.Count;
                if (batch.Count < Batch)
                {
                    break;
                }

                after = (batch[^1].Office, batch[^1].ApplicationNumber);
            }

            await load.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Full-text index rebuilt: {Count} patents in {Seconds:F1} s.", count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return count;
    }
}
