using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>
/// The module's way to record something on rights that others may be recording on at the same moment. The rights'
/// lock rows (<see cref="RightLock"/>) are read first and touched with the new record in one save: when two pledges
/// of the same patent race, both pass their checks, but only one save finds the lock's version unchanged; the other is
/// checked again from the start — and now meets the first pledge (issue 16 §9 "two concurrent pledges of one right
/// give one pledge"). A rule broken on the second look is that rule's 409, not a vague conflict.
/// </summary>
internal static class TransferSave
{
    private const int Attempts = 4;

    /// <param name="checkAndAdd">Runs the checks (reads only) and adds the new record; run again from a clean context on a lost race.</param>
    public static async Task<T> OnRightsAsync<T>(
        CountyIpDbContext db, IReadOnlyCollection<string> rightKeys, Func<Task<T>> checkAndAdd, IStringLocalizer<TransferText> text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var keys = rightKeys.Distinct(StringComparer.Ordinal).ToList();
            var locks = await db.Set<RightLock>().Where(l => keys.Contains(l.Key)).ToListAsync(cancellationToken);
            foreach (var held in locks)
            {
                held.Touch();
            }

            foreach (var key in keys.Except(locks.Select(l => l.Key), StringComparer.Ordinal))
            {
                db.Add(new RightLock(key));
            }

            T result;
            try
            {
                result = await checkAndAdd();
            }
            catch
            {
                // A refused check leaves nothing behind: the touched locks must not ride on a later save of this scope.
                db.ChangeTracker.Clear();
                throw;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < Attempts && (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex)))
            {
                // Lost the race for a lock: look again with what the winner wrote.
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
            {
                db.ChangeTracker.Clear();
                throw new BusinessRuleException("transfer.concurrency", text["Error_ChangedMeanwhile"]);
            }
        }
    }

    /// <summary>A change to one record (file, release, conclude): a stale version or a lost race is a 409.</summary>
    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<TransferText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("transfer.concurrency", text["Error_ChangedMeanwhile"], cancellationToken, ("transfer.duplicate", text["Error_Duplicate"]));
}
