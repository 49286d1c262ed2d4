using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Platform.Audit;

/// <summary>
/// One audit record for every entity written through SaveChanges (issue 2, §5). Before the save it notes what
/// changes (values before, changed properties) and opens a transaction if the caller has none; after the business
/// rows are written (generated keys now known) it appends the records to the chain in that same transaction and
/// commits. If the records cannot be written the transaction is rolled back, so no change is ever saved unaudited.
/// Audit rows themselves can only be appended by the chain writer: changing them through EF is refused here, and
/// UPDATE/DELETE are refused by database triggers (<see cref="AuditIntegritySeeder"/>).
/// </summary>
internal sealed class AuditSaveChangesInterceptor(AuditActorProvider actors, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingSave> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context, isAsync: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Prepare(eventData.Context, isAsync: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context, isAsync: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Complete(eventData.Context, isAsync: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        Abandon(eventData.Context, isAsync: false).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Abandon(eventData.Context, isAsync: true);

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        Abandon(eventData.Context, isAsync: false).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        Abandon(eventData.Context, isAsync: true);

    private async Task Prepare(DbContext? db, bool isAsync, CancellationToken cancellationToken)
    {
        if (db is null || db.Model.FindEntityType(typeof(AuditRecord)) is null)
        {
            return;
        }

        List<Change>? changes = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is AuditRecord or AuditHead)
            {
                // Append-only (GB/T 22239-2019 8.1.4.3 c: audit records protected from deletion and modification).
                throw new InvalidOperationException("Audit records are append-only and written only by the audit chain.");
            }

            if (IsNotAudited(entry.Metadata.ClrType))
            {
                continue;
            }

            changes ??= [];
            changes.Add(Change.Capture(entry));
        }

        if (changes is null)
        {
            return;
        }

        IDbContextTransaction? own = null;
        var savepoints = db.Database.AutoSavepointsEnabled;
        if (db.Database.CurrentTransaction is null)
        {
            own = isAsync ? await db.Database.BeginTransactionAsync(cancellationToken) : db.Database.BeginTransaction();
            // The whole transaction is ours and rolled back on failure; a savepoint per save would be wasted round trips.
            db.Database.AutoSavepointsEnabled = false;
        }

        pending.AddOrUpdate(db, new PendingSave(changes, actors.Current(), clock.GetUtcNow().UtcDateTime, own, savepoints));
    }

    private async Task Complete(DbContext? db, bool isAsync, CancellationToken cancellationToken)
    {
        if (db is null || !pending.TryGetValue(db, out var save))
        {
            return;
        }

        pending.Remove(db);
        try
        {
            var drafts = save.Changes.ConvertAll(c => c.ToDraft(save.Who, save.TimestampUtc));
            await AuditChainWriter.AppendAsync(db, drafts, isAsync, cancellationToken);
            if (save.Transaction is not null)
            {
                if (isAsync)
                {
                    await save.Transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    save.Transaction.Commit();
                }
            }
        }
        finally
        {
            await End(db, save, isAsync);
        }
    }

    private async Task Abandon(DbContext? db, bool isAsync)
    {
        if (db is null || !pending.TryGetValue(db, out var save))
        {
            return;
        }

        pending.Remove(db);
        await End(db, save, isAsync);
    }

    /// <summary>Disposing a transaction that was not committed rolls it back.</summary>
    private static async Task End(DbContext db, PendingSave save, bool isAsync)
    {
        if (save.Transaction is null)
        {
            return;
        }

        db.Database.AutoSavepointsEnabled = save.AutoSavepoints;
        if (isAsync)
        {
            await save.Transaction.DisposeAsync();
        }
        else
        {
            save.Transaction.Dispose();
        }
    }

    private static readonly ConcurrentDictionary<Type, bool> NotAudited = new();

    /// <summary>Delivery records marked <see cref="NotAuditedAttribute"/> (ADR 0024); their business change is recorded.</summary>
    private static bool IsNotAudited(Type type) =>
        NotAudited.GetOrAdd(type, t => Attribute.IsDefined(t, typeof(NotAuditedAttribute), inherit: false));

    private sealed record PendingSave(List<Change> Changes, AuditActor Who, DateTime TimestampUtc, IDbContextTransaction? Transaction, bool AutoSavepoints);

    /// <summary>
    /// What one entry changes, noted before the save: values that the save replaces (before, changed properties)
    /// must be read now; an added entity's values and key are read after the save, when generated values are set.
    /// </summary>
    private sealed class Change
    {
        private EntityEntry entry = null!;
        private string action = string.Empty;
        private string entityType = string.Empty;
        private string? key;
        private string? before;
        private string? after;

        public static Change Capture(EntityEntry entry)
        {
            var change = new Change { entry = entry, entityType = entry.Metadata.DisplayName() };
            switch (entry.State)
            {
                case EntityState.Added:
                    change.action = AuditActions.Create;
                    break;
                case EntityState.Modified:
                    var modified = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToList();
                    change.action = AuditActions.Update;
                    change.key = AuditValues.Key(entry);
                    change.before = AuditValues.Json(entry, modified, original: true);
                    change.after = AuditValues.Json(entry, modified, original: false);
                    break;
                default:
                    change.action = AuditActions.Delete;
                    change.key = AuditValues.Key(entry);
                    change.before = AuditValues.Json(entry, entry.Metadata.GetProperties(), original: true);
                    break;
            }

            return change;
        }

        public AuditDraft ToDraft(AuditActor who, DateTime timestampUtc)
        {
            if (action == AuditActions.Create)
            {
                key = AuditValues.Key(entry);
                after = AuditValues.Json(entry, entry.Metadata.GetProperties(), original: false);
            }

            return new AuditDraft(timestampUtc, who, action, AuditOutcome.Success, entityType, key, before, after, null);
        }
    }
}
