using System.Runtime.CompilerServices;
using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Modules.Registry.Data;

/// <summary>
/// Keeps the full-text indexes in step with every save that adds, edits or removes a patent — or a trademark, copyright
/// registration or enterprise (<see cref="RecordSearchIndex"/>) — (ADR 0027): a form, an
/// approved correction, the rows an import updates. The rows are written as the save starts, inside its transaction (the
/// audit trail's, an import's, or one begun here when there is none, which EF Core's save then joins and which commits
/// when the save has succeeded), so a patent is never stored without its index row or the reverse. Only a change to a searched field rewrites the row (a fee payment does not).
/// Rows the bulk writer inserts bypass the change tracker and are indexed by their writer's caller.
/// </summary>
internal sealed class PatentSearchInterceptor : SaveChangesInterceptor
{
    private static readonly string[] SearchedProperties =
    [
        nameof(Patent.Title), nameof(Patent.Abstract), nameof(Patent.Inventors), nameof(Patent.AgencyName), nameof(Patent.IpcMain),
        nameof(Patent.IpcFurther), nameof(Patent.ApplicationNumber), nameof(Patent.PublicationNumber), nameof(Patent.GrantNumber),
    ];

    private static readonly string[] TrademarkSearched = [nameof(Trademark.Mark), nameof(Trademark.OwnerName), nameof(Trademark.NiceClasses), nameof(Trademark.RegistrationNumber)];

    private static readonly string[] CopyrightSearched = [nameof(CopyrightRegistration.Title), nameof(CopyrightRegistration.OwnerName), nameof(CopyrightRegistration.RegistrationNumber), nameof(CopyrightRegistration.CertificateNumber)];

    private static readonly string[] EnterpriseSearched = [nameof(Enterprise.Name), nameof(Enterprise.Address), nameof(Enterprise.CreditCode)];

    /// <summary>Transactions begun here for a save that had none, committed when the save succeeds.</summary>
    private static readonly ConditionalWeakTable<DbContext, IDbContextTransaction> Owned = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Write(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Write(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Commit(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Write(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var put = new Dictionary<Guid, Patent>();
        var removed = new HashSet<Guid>();
        // One walk of the tracked entries (each Entries() call detects changes over all of them) for both indexes.
        var entries = db.ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is Patent patent)
            {
                switch (entry.State)
                {
                    case EntityState.Added:
                        put[patent.Id] = patent;
                        break;
                    case EntityState.Deleted:
                        removed.Add(patent.Id);
                        break;
                    case EntityState.Modified when SearchedProperties.Any(p => entry.Property(p).IsModified):
                        put[patent.Id] = patent;
                        break;
                }
            }
            else if (entry.Entity is PatentApplicant && entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified
                     && entry.Property("PatentId").CurrentValue is Guid owner
                     && entries.FirstOrDefault(e => e.Entity is Patent p && p.Id == owner) is { State: not EntityState.Deleted, Entity: Patent ownerPatent })
            {
                put[owner] = ownerPatent;
            }
        }

        var records = RecordChanges(entries);
        if (put.Count == 0 && removed.Count == 0 && records.Count == 0)
        {
            return;
        }

        // A save outside a transaction gets one here, which EF Core's save joins; the index rows are written in it.
        var own = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        if (own is not null)
        {
            Owned.AddOrUpdate(db, own);
        }

        try
        {
            using var writer = PatentSearchWriter.Create(db);
            foreach (var id in removed)
            {
                writer.Remove(id);
            }

            foreach (var patent in put.Values)
            {
                writer.Put(patent);
            }

            if (records.Count > 0)
            {
                using var recordWriter = RecordSearchWriter.Create(db);
                foreach (var (kind, id, document) in records)
                {
                    if (document is null)
                    {
                        recordWriter.Remove(kind, id);
                    }
                    else
                    {
                        recordWriter.Put(kind, id, document);
                    }
                }
            }
        }
        catch
        {
            Abandon(db);
            throw;
        }
    }

    /// <summary>
    /// The trademarks, copyright registrations and enterprises this save adds, changes in a searched field or removes
    /// (<see cref="RecordSearchIndex"/>): their new documents, or null for a removal.
    /// </summary>
    private static List<(Domain.Search.SearchRecordKind Kind, Guid Id, Domain.Search.RecordSearchDocument? Document)> RecordChanges(IEnumerable<EntityEntry> entries)
    {
        var changes = new List<(Domain.Search.SearchRecordKind, Guid, Domain.Search.RecordSearchDocument?)>();
        foreach (var entry in entries)
        {
            (Domain.Search.SearchRecordKind Kind, Guid Id, Func<Domain.Search.RecordSearchDocument> Document, string[] Searched)? record = entry.Entity switch
            {
                Trademark t => (Domain.Search.SearchRecordKind.Trademark, t.Id, () => Domain.Search.RecordSearchDocument.Of(t), TrademarkSearched),
                CopyrightRegistration c => (Domain.Search.SearchRecordKind.Copyright, c.Id, () => Domain.Search.RecordSearchDocument.Of(c), CopyrightSearched),
                Enterprise e => (Domain.Search.SearchRecordKind.Enterprise, e.Id, () => Domain.Search.RecordSearchDocument.Of(e), EnterpriseSearched),
                _ => null,
            };
            if (record is not { } r)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add((r.Kind, r.Id, r.Document()));
                    break;
                case EntityState.Deleted:
                    changes.Add((r.Kind, r.Id, null));
                    break;
                case EntityState.Modified when r.Searched.Any(p => entry.Property(p).IsModified):
                    changes.Add((r.Kind, r.Id, r.Document()));
                    break;
            }
        }

        return changes;
    }

    private static void Commit(DbContext? db)
    {
        if (db is not null && Owned.TryGetValue(db, out var own))
        {
            Owned.Remove(db);
            using (own)
            {
                own.Commit();
            }
        }
    }

    private static void Abandon(DbContext? db)
    {
        if (db is not null && Owned.TryGetValue(db, out var own))
        {
            Owned.Remove(db);
            own.Dispose();
        }
    }
}
