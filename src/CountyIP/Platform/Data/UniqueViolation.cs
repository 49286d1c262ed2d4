using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Data;

/// <summary>
/// Recognises a save refused by a unique index on either database (PostgreSQL SQLSTATE 23505, SQLite "UNIQUE constraint
/// failed"), so a handler can answer a concurrent duplicate with the same message as the duplicate it checked for first.
/// </summary>
public static class UniqueViolation
{
    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is DbException inner
        && (inner.SqlState == "23505" || inner.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal));
}
