using System.Linq.Expressions;

namespace CountyIP.Platform.Data;

/// <summary>
/// The data-scope filter of the modules whose records belong to a unit or department (DESIGN.md "data scope is enforced
/// in the query"): keeps the records whose owner code is the caller's own, or all of them for a district-wide caller
/// (<paramref name="ownCode"/> null). One expression, so the database does the filtering in every list, count and export.
/// </summary>
public static class ScopeFilter
{
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> records, Expression<Func<T, string>> owner, string? ownCode)
    {
        if (ownCode is null)
        {
            return records;
        }

        var equals = Expression.Equal(owner.Body, Expression.Constant(ownCode));
        return records.Where(Expression.Lambda<Func<T, bool>>(equals, owner.Parameters[0]));
    }
}
