using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Security;

/// <summary>Revokes a token: the next request with it gets 401. Revoking twice is harmless.</summary>
internal sealed class RevokeApiTokenHandler(CountyIpDbContext db, ICurrentUser currentUser, SecurityAudit audit, TimeProvider clock)
{
    /// <summary>False when the token does not exist.</summary>
    public async Task<bool> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedUtc is null)
        {
            token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            token.RevokedBy = currentUser.UserName;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditActions.TokenRevoked, AuditOutcome.Success, nameof(ApiToken), token.Id.ToString(), token.Name,
                cancellationToken: cancellationToken);
        }

        return true;
    }
}
