using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>
/// Server-side sessions: create on sign-in, check on every request (the database at most once per
/// <see cref="SecurityOptions.SessionCheckInterval"/>, <see cref="SessionCheckCache"/>), revoke on sign-out and account changes.
/// </summary>
internal sealed class SessionStore(CountyIpDbContext db, TimeProvider clock, IOptions<SecurityOptions> options, SessionCheckCache cache)
{
    /// <summary>Last-seen is written at most this often (a write per request would be a write per page view).</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<Guid> CreateAsync(Guid userId, string? clientIp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedUtc = now, LastSeenUtc = now, ClientIp = clientIp };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>True when the session exists, belongs to the user, is not revoked, idle or too old, and the account is enabled.</summary>
    public async Task<bool> ValidateAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;

        // A recent check answers without the database while the timeouts still hold and last-seen needs no write.
        if (cache.Fresh(sessionId, userId, now) is { } known
            && now - known.LastSeenUtc < TouchInterval
            && now - known.LastSeenUtc <= settings.SessionIdleTimeout
            && now - known.CreatedUtc <= settings.SessionAbsoluteTimeout)
        {
            return true;
        }

        var row = await db.Set<UserSession>()
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new
            {
                s.RevokedUtc,
                s.CreatedUtc,
                s.LastSeenUtc,
                Disabled = db.Users.Where(u => u.Id == s.UserId).Select(u => (bool?)u.IsDisabled).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || row.RevokedUtc is not null || row.Disabled != false
            || now - row.LastSeenUtc > settings.SessionIdleTimeout
            || now - row.CreatedUtc > settings.SessionAbsoluteTimeout)
        {
            cache.Forget(sessionId);
            return false;
        }

        var lastSeen = row.LastSeenUtc;
        if (now - row.LastSeenUtc >= TouchInterval)
        {
            await db.Set<UserSession>().Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), cancellationToken);
            lastSeen = now;
        }

        cache.Remember(sessionId, new SessionCheckCache.Entry(userId, row.CreatedUtc, lastSeen, now));
        return true;
    }

    public Task RevokeAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        cache.Forget(sessionId);
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<UserSession>().Where(s => s.Id == sessionId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
    }

    /// <summary>Ends every open session of the user (password change, reset, disable, role change).</summary>
    public Task<int> RevokeAllAsync(Guid userId, string reason, CancellationToken cancellationToken)
    {
        cache.ForgetUser(userId);
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<UserSession>().Where(s => s.UserId == userId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
    }
}
