using CountyIP.Platform.Security;
using Microsoft.Extensions.Options;

namespace CountyIP.UnitTests.Platform.Security;

/// <summary>Issue 11 §3: a session check is reused for one interval, for its own user only, and revocation forgets it.</summary>
public sealed class SessionCheckCacheTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 6, 0, 0, DateTimeKind.Utc);
    private static readonly Guid User = Guid.NewGuid();

    private static SessionCheckCache Cache(TimeSpan interval) =>
        new(Options.Create(new SecurityOptions { SessionCheckInterval = interval }));

    [Fact]
    public void Fresh_WithinInterval_ReturnsEntryAndAfterItNone()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        var session = Guid.NewGuid();
        cache.Remember(session, new SessionCheckCache.Entry(User, Now, Now, Now));

        cache.Fresh(session, User, Now.AddSeconds(4)).ShouldNotBeNull();
        cache.Fresh(session, User, Now.AddSeconds(5)).ShouldBeNull();
    }

    [Fact]
    public void Fresh_AnotherUser_None()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        var session = Guid.NewGuid();
        cache.Remember(session, new SessionCheckCache.Entry(User, Now, Now, Now));

        cache.Fresh(session, Guid.NewGuid(), Now).ShouldBeNull();
    }

    [Fact]
    public void ForgetAndForgetUser_RemoveTheirEntriesOnly()
    {
        var cache = Cache(TimeSpan.FromSeconds(5));
        var (first, second, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var otherUser = Guid.NewGuid();
        cache.Remember(first, new SessionCheckCache.Entry(User, Now, Now, Now));
        cache.Remember(second, new SessionCheckCache.Entry(User, Now, Now, Now));
        cache.Remember(other, new SessionCheckCache.Entry(otherUser, Now, Now, Now));

        cache.Forget(first);
        cache.Fresh(first, User, Now).ShouldBeNull();
        cache.Fresh(second, User, Now).ShouldNotBeNull();

        cache.ForgetUser(User);
        cache.Fresh(second, User, Now).ShouldBeNull();
        cache.Fresh(other, otherUser, Now).ShouldNotBeNull();
    }

    [Fact]
    public void Remember_ZeroInterval_KeepsNothing()
    {
        var cache = Cache(TimeSpan.Zero);
        var session = Guid.NewGuid();
        cache.Remember(session, new SessionCheckCache.Entry(User, Now, Now, Now));

        cache.Fresh(session, User, Now).ShouldBeNull();
    }
}
