using CountyIP.BrowserTests.Infrastructure;

namespace CountyIP.BrowserTests;

/// <summary>Issue 2 §10: five wrong passwords lock the account; then even the right password is refused.</summary>
public sealed class LockoutJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_AccountLocked()
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInRefusedAsync(Page, app.Host, SharedApp.AdminUserName, $"Wrong#Password-{attempt}");
        }

        await SignInRefusedAsync(Page, app.Host, SharedApp.AdminUserName, SharedApp.AdminPassword);

        using var api = app.Host.CreateHttpClient();
        using var response = await api.PostAsync(
            new Uri("/api/auth/login", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { userName = SharedApp.AdminUserName, password = SharedApp.AdminPassword }),
            TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeFalse("a locked account must not sign in through the API either");
    }
}
