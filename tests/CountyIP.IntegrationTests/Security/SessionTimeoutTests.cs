using System.Net;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: a session ends after the idle limit and after the absolute limit, checked on the server.</summary>
public sealed class SessionTimeoutTests
{
    [Theory]
    [InlineData("Security:SessionIdleTimeout", "Security:SessionAbsoluteTimeout")]
    [InlineData("Security:SessionAbsoluteTimeout", "Security:SessionIdleTimeout")]
    public async Task Session_PastLimit_CookieRefused(string shortLimit, string longLimit)
    {
        await using var factory = new TimeoutFactory(shortLimit, longLimit);
        await factory.InitializeAsync();
        var cookie = await LoginCookieAsync(factory, AccountSeeder.AdminUserName, Infrastructure.CountyIpAppFactory.AdminPassword);
        using var client = factory.CreateBareClient(cookie);
        (await client.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        (await client.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed class TimeoutFactory(string shortLimit, string longLimit) : SecurityAppFactory
    {
        protected override IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?>
        {
            [shortLimit] = "00:00:02",
            [longLimit] = "01:00:00",
        };
    }
}
