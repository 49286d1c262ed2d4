using System.Text.RegularExpressions;
using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>Issue 2 §4 in a real browser: sign in, create a town liaison, disable it through the confirm dialog, sign out.</summary>
public sealed partial class AccountJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task AdminJourney_SignInCreateDisableSignOut_EachStepShown()
    {
        await Page.GotoAsync(app.Host.Url("/account/login"));
        await Page.Locator("#login-user").FillAsync(SharedApp.AdminUserName);
        await Page.Locator("#login-password").FillAsync(SharedApp.AdminPassword);
        await Page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("current-user")).ToContainTextAsync(SharedApp.AdminUserName);

        await Page.GotoAsync(app.Host.Url("/admin/users/new"));
        var userName = "town" + Guid.NewGuid().ToString("N")[..8];
        await Page.Locator("#user-name").FillAsync(userName);
        await Page.Locator("#user-display").FillAsync("仓前联络员");
        await Page.Locator("#user-role").SelectOptionAsync("TownLiaison");
        await Page.Locator("#user-scope").SelectOptionAsync("350104001");
        await Page.GetByTestId("user-save").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("one-time-password")).ToHaveTextAsync(OneTimePassword());

        await Page.GetByText("查看账号").ClickAsync();
        await Page.GetByTestId("disable-user-open").ClickAsync();
        await Page.GetByTestId("disable-user-confirm").ClickAsync();
        await Assertions.Expect(Page.Locator(".cip-status").First).ToHaveAttributeAsync("data-status", "Disabled");

        await Page.GetByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync(LoginUrl());
        await Page.GotoAsync(app.Host.Url("/admin/users"));
        await Page.WaitForURLAsync(LoginUrl());
    }

    [GeneratedRegex("^[A-Za-z0-9#%+=?@]{16}$")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
