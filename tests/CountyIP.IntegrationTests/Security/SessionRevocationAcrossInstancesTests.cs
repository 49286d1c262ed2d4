using System.Diagnostics;
using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>
/// Issue 11 §3, ADR 0006: each instance keeps its last check of a session for <c>Security:SessionCheckInterval</c>
/// (<see cref="SessionCheckCache"/>), so a logout or a revocation made on instance A reaches instance B at B's next
/// check, at most one interval later. Two app instances over one database (one PostgreSQL database, or one SQLite
/// file); B has checked the session, and so caches it, before A revokes it. B is polled, never timed: the test only
/// requires that B refuses the cookie at some point after the revocation, and keeps refusing it.
/// </summary>
public sealed class SessionRevocationAcrossInstancesTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Logout_OnFirstInstance_SecondInstanceRefusesTheCookieAfterItsInterval()
    {
        await using var first = new ShortSessionCheckApp();
        await first.InitializeAsync();
        var (_, userName, password) = await CreateUserAsync(first, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(first, userName, password);
        await using var second = new ShortSessionCheckApp(first);
        await second.InitializeAsync();
        using var onFirst = first.CreateBareClient(cookie);
        using var onSecond = second.CreateBareClient(cookie);
        (await onSecond.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await onFirst.PostAsync("/api/auth/logout", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await FirstRefusalAsync(onSecond)).ShouldBe(HttpStatusCode.Unauthorized);
        (await onSecond.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await onFirst.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DisableAccount_OnFirstInstance_SecondInstanceRefusesEveryCookieOfTheUser()
    {
        await using var first = new ShortSessionCheckApp();
        await first.InitializeAsync();
        var (id, userName, password) = await CreateUserAsync(first, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(first, userName, password);
        var otherCookie = await LoginCookieAsync(first, userName, password);
        await using var second = new ShortSessionCheckApp(first);
        await second.InitializeAsync();
        using var onSecond = second.CreateBareClient(cookie);
        using var otherOnSecond = second.CreateBareClient(otherCookie);
        (await onSecond.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherOnSecond.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await AdminAsync(first);
        (await admin.PostAsync($"/api/admin/users/{id}/disable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await FirstRefusalAsync(onSecond)).ShouldBe(HttpStatusCode.Unauthorized);
        (await FirstRefusalAsync(otherOnSecond)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// Asks B until it stops answering 200, and returns what it answered then. The bound only keeps a broken
    /// revocation from hanging the suite (many intervals, for a loaded machine); it is not a timing assertion.
    /// </summary>
    private static async Task<HttpStatusCode> FirstRefusalAsync(HttpClient onSecond)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await onSecond.GetAsync("/api/auth/me", Ct);
            if (response.StatusCode != HttpStatusCode.OK || waited.Elapsed > Interval * 60)
            {
                return response.StatusCode;
            }

            await Task.Delay(Interval / 4, Ct);
        }
    }

    /// <summary>The app with a one-second session check interval; the second constructor shares the first's database.</summary>
    private sealed class ShortSessionCheckApp : SecurityAppFactory
    {
        public ShortSessionCheckApp()
        {
        }

        public ShortSessionCheckApp(CountyIpAppFactory first)
            : base(first)
        {
        }

        protected override IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?>
        {
            ["Security:SessionCheckInterval"] = "00:00:01",
        };
    }
}
