using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 2 §10: the administrator creates a town liaison on /admin/users; the liaison signs in with the one-time
/// password shown once, sets a password, and cannot open the users page.
/// </summary>
public sealed class AdminUsersJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task CreateTownLiaison_ThenLiaisonOpensUsersPage_AccessDenied()
    {
        await SignInAsync(Page, app.Host, SharedApp.AdminUserName, SharedApp.AdminPassword);
        await Page.GotoAsync(app.Host.Url("/admin/users"));
        await Page.GetByTestId("user-create").ClickAsync();
        var userName = "town" + Guid.NewGuid().ToString("N")[..8];
        await Page.Locator("#user-name").FillAsync(userName);
        await Page.Locator("#user-display").FillAsync("镇街联络员测试");
        await Page.Locator("#user-role").SelectOptionAsync("TownLiaison");
        // The first unit the scope list offers (units come from the district's reference data).
        var unit = await Page.Locator("#user-scope optgroup[data-kind='Unit'] option").First.GetAttributeAsync("value");
        unit.ShouldNotBeNullOrEmpty("the scope list offers no unit");
        await Page.Locator("#user-scope").SelectOptionAsync(unit!);
        await Page.GetByTestId("user-save").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("user-created")).ToBeVisibleAsync();
        var oneTime = (await Page.GetByTestId("one-time-password").InnerTextAsync()).Trim();

        var liaison = await NewPageAsync();
        await SignInAsync(liaison, app.Host, userName, oneTime);
        await ChangePasswordAsync(liaison, oneTime, "Liaison#Pass-2026");
        await liaison.GotoAsync(app.Host.Url("/admin/users"));

        new Uri(liaison.Url).AbsolutePath.ShouldBe("/account/access-denied");
        await Assertions.Expect(liaison.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(liaison.GetByTestId("user-table")).ToHaveCountAsync(0);
    }
}
