using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Security;

/// <summary>One account by id, or null.</summary>
internal sealed class GetUserHandler(CountyIpDbContext db, ScopeNames scopeNames, TimeProvider clock)
{
    public async Task<UserRow?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await UserQueries.WithRole(db).Where(r => r.User.Id == id).SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : UserQueries.ToRow(row.User, row.Role, new DateTimeOffset(clock.GetUtcNow().UtcDateTime, TimeSpan.Zero),
                await scopeNames.NameOfAsync(row.User.ScopeKind, row.User.ScopeId, cancellationToken));
    }
}
