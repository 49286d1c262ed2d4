using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Data;

/// <summary>
/// The one way a use case saves a change that someone else may be making at the same moment (DESIGN.md: "two people
/// acting at once cannot corrupt a record or pay twice"): the concurrency token of a <see cref="Domain.VersionedRecord"/>
/// (or any row with one) turns the second of two simultaneous saves into a 409 with the module's code and message, and
/// nothing of it is written. A version the client read earlier that no longer matches is the same 409
/// (<see cref="ExpectVersion"/>), so a stale form and a lost race read alike. Modules keep their own codes and texts
/// (<c>funding.concurrency</c>, "已被他人修改…") through one-line wrappers.
/// </summary>
public static class ConflictingSave
{
    /// <summary>Saves; a lost race is a <see cref="BusinessRuleException"/> (<paramref name="code"/>, <paramref name="message"/>).</summary>
    /// <param name="duplicate">When given, a save refused by a unique index (a concurrent duplicate) is this 409 instead of a 500.</param>
    public static async Task SaveOrConflictAsync(
        this DbContext db, string code, string message, CancellationToken cancellationToken, (string Code, string Message)? duplicate = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(code, message);
        }
        catch (DbUpdateException ex) when (duplicate is { } d && UniqueViolation.Is(ex))
        {
            throw new BusinessRuleException(d.Code, d.Message);
        }
    }

    /// <summary>Refuses a change based on an older read: the client sent <paramref name="versionRead"/>, the record is now at <paramref name="current"/>.</summary>
    public static void ExpectVersion(Guid? versionRead, Guid current, string code, string message)
    {
        if (versionRead is { } read && read != current)
        {
            throw new BusinessRuleException(code, message);
        }
    }
}
