using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>Issue 2 §10: after sign-out, a copy of the old session cookie no longer opens anything.</summary>
public sealed class LogoutJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task SignOut_ThenOldCookieReplayed_SentToLogin()
    {
        await SignInAsync(Page, app.Host, SharedApp.AdminUserName, SharedApp.AdminPassword);
        await Assertions.Expect(Page.GetByTestId("home-role")).ToBeVisibleAsync();
        var stolen = await Page.Context.CookiesAsync();
        stolen.ShouldContain(c => c.Name == "countyip.auth");

        await Page.GetByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");

        var replay = await NewPageAsync(stolen.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await replay.GotoAsync(app.Host.Url("/"));
        new Uri(replay.Url).AbsolutePath.ShouldBe("/account/login");
        await Assertions.Expect(replay.GetByTestId("login-form")).ToBeVisibleAsync();
    }
}
