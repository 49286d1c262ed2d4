using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>
/// The last database check of each session, kept for <see cref="SecurityOptions.SessionCheckInterval"/> so a request
/// does not read the session row every time (issue 11 §3: one query per request made every cookie request ~9× slower).
/// Revocations made through <see cref="SessionStore"/> forget the entry at once on this instance; another instance sees
/// them at its next check, at most one interval later (docs/decisions/0006-server-side-sessions-and-api-tokens.md).
/// </summary>
internal sealed class SessionCheckCache(IOptions<SecurityOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    private long lastSweepTicks;

    /// <summary>The row's times as last read from the database, and when that was.</summary>
    internal sealed record Entry(Guid UserId, DateTime CreatedUtc, DateTime LastSeenUtc, DateTime CheckedUtc);

    public TimeSpan Interval => options.Value.SessionCheckInterval;

    /// <summary>The entry when it belongs to the user and was checked less than one interval ago.</summary>
    public Entry? Fresh(Guid sessionId, Guid userId, DateTime now)
    {
        return entries.TryGetValue(sessionId, out var entry) && entry.UserId == userId && now - entry.CheckedUtc < Interval
            ? entry
            : null;
    }

    public void Remember(Guid sessionId, Entry entry)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        entries[sessionId] = entry;
        SweepNowAndThen(entry.CheckedUtc);
    }

    public void Forget(Guid sessionId) => entries.TryRemove(sessionId, out _);

    /// <summary>Forgets every session of the user (password change, reset, disable, role change).</summary>
    public void ForgetUser(Guid userId)
    {
        foreach (var (id, entry) in entries)
        {
            if (entry.UserId == userId)
            {
                entries.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Entries past their interval are dropped once a minute, so sessions never seen again do not pile up.</summary>
    private void SweepNowAndThen(DateTime now)
    {
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.Ticks - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref lastSweepTicks, now.Ticks, last) != last)
        {
            return;
        }

        var cutoff = now - Interval;
        foreach (var (id, entry) in entries)
        {
            if (entry.CheckedUtc < cutoff)
            {
                entries.TryRemove(id, out _);
            }
        }
    }
}
