using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 2 §10: a user enrols an authenticator at /account/manage (key shown as text beside the QR code) and from
/// then on signs in with password and a time-based code.
/// </summary>
public sealed class TwoFactorJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task SignIn_AfterEnrollingTotp_AsksForCodeAndAcceptsIt()
    {
        await SignInAsync(Page, app.Host, SharedApp.AdminUserName, SharedApp.AdminPassword);
        await Page.GotoAsync(app.Host.Url("/account/manage"));
        await Page.Locator("a[href='/account/manage/two-factor']").First.ClickAsync();
        var key = (await Page.GetByTestId("two-factor-key").InnerTextAsync()).Trim();
        await Page.Locator("#tf-code").FillAsync(Totp.Code(key));
        await Page.Locator("[data-testid='enable-2fa-form'] button[type='submit']").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("two-factor-on")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("recovery-codes")).ToBeVisibleAsync();

        var other = await NewPageAsync();
        await SignInAsync(other, app.Host, SharedApp.AdminUserName, SharedApp.AdminPassword);
        new Uri(other.Url).AbsolutePath.ShouldBe("/account/login/2fa");
        await other.Locator("#login-code").FillAsync("000000" == Totp.Code(key) ? "111111" : "000000");
        await other.GetByTestId("login-2fa-submit").ClickAsync();
        await Assertions.Expect(other.GetByTestId("login-error")).ToBeVisibleAsync();

        // The next time step's code: valid within the allowed clock drift, and not the code used to enrol.
        await other.Locator("#login-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await other.GetByTestId("login-2fa-submit").ClickAsync();
        await Assertions.Expect(other.GetByTestId("home-role")).ToBeVisibleAsync();
    }
}
