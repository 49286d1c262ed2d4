using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CountyIP.Platform.Data;

/// <summary>
/// Moves <see cref="DataChangeSignal"/> after a save that wrote a module entity (CountyIP.Modules.*). Platform rows
/// (sessions, accounts, jobs, audit) do not feed any derived figure, and a sign-in must not empty the caches. The
/// signal moves after the save and, inside an explicit transaction (an import), again when it commits
/// (<see cref="DataChangeCommitInterceptor"/>), so a figure computed from the old data is never kept under the final version.
/// </summary>
internal sealed class DataChangeInterceptor(DataChangeSignal signal) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];
    private static readonly object Marker = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Metadata.ClrType.Namespace?.StartsWith("CountyIP.Modules", StringComparison.Ordinal) == true))
        {
            Pending.AddOrUpdate(context, Marker);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out _))
        {
            return;
        }

        // Inside a transaction the mark stays until the commit moves the signal once more.
        if (context.Database.CurrentTransaction is null)
        {
            Pending.Remove(context);
        }

        signal.Changed();
    }

    /// <summary>Moves the signal when a transaction with saved module changes commits.</summary>
    internal static void Committed(DbContext? context, DataChangeSignal signal)
    {
        if (context is not null && Pending.Remove(context))
        {
            signal.Changed();
        }
    }

    internal static void RolledBack(DbContext? context) => Forget(context);

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }
}

/// <summary>The commit half of <see cref="DataChangeInterceptor"/>.</summary>
internal sealed class DataChangeCommitInterceptor(DataChangeSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        DataChangeInterceptor.Committed(eventData.Context, signal);

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DataChangeInterceptor.Committed(eventData.Context, signal);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        DataChangeInterceptor.RolledBack(eventData.Context);

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DataChangeInterceptor.RolledBack(eventData.Context);
        return Task.CompletedTask;
    }
}
