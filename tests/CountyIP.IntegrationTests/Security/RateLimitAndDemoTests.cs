using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Crawler;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: sign-in attempts are limited per client address.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task LoginApi_OverLimit_429WithRetryAfterAlsoOnLoginPage()
    {
        await using var factory = new LimitedFactory();
        await factory.InitializeAsync();
        using var client = factory.CreateBareClient();
        using var browser = factory.CreateBrowser();
        var page = await GetPageAsync(browser, "/account/login");

        for (var i = 0; i < 3; i++)
        {
            using var attempt = await LoginAsync(client, "nobody", "Wrong#Pass2026");
            attempt.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var limited = await LoginAsync(client, "nobody", "Wrong#Pass2026");
        using var limitedPage = await PostFormAsync(browser, "/account/login", page, "login", new Dictionary<string, string> { ["Input.UserName"] = "x", ["Input.Password"] = "y" });
        using var otherPage = await browser.GetAsync("/account/login", Ct);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        limitedPage.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limitedPage.Headers.Contains("Retry-After").ShouldBeTrue();
        otherPage.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed class LimitedFactory : SecurityAppFactory
    {
        protected override int SignInAttemptsPerMinute => 3;
    }
}

/// <summary>Demo data on: one account per role with the documented password.</summary>
/// <summary>The demo accounts, read on the run's English demo district (the crawl's).</summary>
public sealed class DemoAccountTests(DemoDistrict district)
{
    [Fact]
    public async Task DemoData_EveryRoleHasAnAccountWithItsScope()
    {
        var app = await district.AppAsync("en-US");

        foreach (var (userName, _, role, kind, scopeId) in DemoAccounts.All)
        {
            using var client = new TestClient(app);
            await client.SignInAsync(new TestUser(Guid.Empty, userName, DemoAccounts.Password, role, kind, scopeId));
            var me = await client.Http.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
            me.GetProperty("role").GetString().ShouldBe(role);
            me.GetProperty("scopeKind").GetString().ShouldBe(kind.ToString());
            (me.GetProperty("scopeId").ValueKind == JsonValueKind.Null ? null : me.GetProperty("scopeId").GetString()).ShouldBe(scopeId);
        }

        DemoAccounts.All.Select(a => a.Role).ShouldBe(Roles.All, ignoreOrder: true);
    }
}
