using System.Text.RegularExpressions;
using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 2 §10: a fresh installation started without CountyIP__Bootstrap__AdminPassword prints a one-time password
/// once; the administrator signs in with it and must choose a new password before doing anything else.
/// </summary>
public sealed partial class FirstStartJourney(BrowserFixture browser) : Journey(browser)
{
    private AppHost app = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        app = await AppHost.StartAsync(adminPassword: null);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_OneTimePasswordFromConsole_ForcedToChangeThenIn()
    {
        var line = await app.WaitForOutputAsync("One-time password");
        var oneTime = OneTimePassword().Match(line).Groups["password"].Value;
        oneTime.ShouldNotBeNullOrEmpty($"no password in: {line}");
        app.Output.Count(l => l.Contains(oneTime, StringComparison.Ordinal)).ShouldBe(1);

        await SignInAsync(Page, app, "admin", oneTime);
        await Assertions.Expect(Page.GetByTestId("must-change-password")).ToBeVisibleAsync();
        // Until the password is changed, every other page leads back here.
        await Page.GotoAsync(app.Url("/admin/users"));
        await Assertions.Expect(Page.GetByTestId("must-change-password")).ToBeVisibleAsync();

        const string chosen = "Chosen#Secret-2026";
        await ChangePasswordAsync(Page, oneTime, chosen);
        await Page.GotoAsync(app.Url("/"));
        await Assertions.Expect(Page.GetByTestId("home-role")).ToBeVisibleAsync();

        var other = await NewPageAsync();
        await SignInRefusedAsync(other, app, "admin", oneTime);
        await SignInAsync(other, app, "admin", chosen);
        await Assertions.Expect(other.GetByTestId("home-role")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"One-time password[^:]*:\s*(?<password>\S+)")]
    private static partial Regex OneTimePassword();
}
