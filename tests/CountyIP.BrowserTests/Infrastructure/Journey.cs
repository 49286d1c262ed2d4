using System.Net.Http.Json;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests.Infrastructure;

/// <summary>
/// Base of a browser journey: a fresh browser context that trusts the app's self-signed certificate, in Chinese
/// (the default UI language), with a screenshot of every open page in <c>.test-artifacts/</c> when the test fails.
/// </summary>
public abstract class Journey(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    static Journey()
    {
        // Expectations wait as long as actions (15 s): on the 2-core CI machine a form post that also writes a notice
        // can take longer than Playwright's 5 s default while the other suites' leftovers still run.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>The first context's page; most journeys need only this one.</summary>
    protected IPage Page { get; private set; } = null!;

    protected IBrowser Browser => browser.Browser;

    public virtual async ValueTask InitializeAsync()
    {
        Page = await NewPageAsync();
    }

    /// <summary>A page in a new context: a separate cookie jar, as another browser would have.</summary>
    protected Task<IPage> NewPageAsync(IEnumerable<Cookie>? cookies = null) => NewPageAsync(new BrowserNewContextOptions
    {
        IgnoreHTTPSErrors = true,
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    }, cookies);

    /// <summary>A phone's page (390 px, touch) in a new context, as a member of the public would use.</summary>
    protected Task<IPage> NewPhonePageAsync() => NewPageAsync(new BrowserNewContextOptions
    {
        IgnoreHTTPSErrors = true,
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    });

    /// <summary>
    /// A page in a new context with the given options (a phone, another language); tracked like the others, so a
    /// failing journey leaves its screenshot too.
    /// </summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions options, IEnumerable<Cookie>? cookies = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        if (cookies is not null)
        {
            await context.AddCookiesAsync(cookies);
        }

        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the login page and waits until the browser has left it.</summary>
    protected static async Task SignInAsync(IPage page, AppHost app, string userName, string password)
    {
        await page.GotoAsync(app.Url("/account/login"));
        await page.Locator("#login-user").FillAsync(userName);
        await page.Locator("#login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        // The first sign-in of a run lands on a cold app (password hash, first render of the home page's figures, JIT);
        // under a loaded CI machine that alone has taken more than the 15 s default, so this one wait gets longer.
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.Equals("/account/login", StringComparison.Ordinal),
            new PageWaitForURLOptions { Timeout = 45_000 });
    }

    /// <summary>Submits the login form and expects to stay on it with the sign-in error shown.</summary>
    protected static async Task SignInRefusedAsync(IPage page, AppHost app, string userName, string password)
    {
        await page.GotoAsync(app.Url("/account/login"));
        await page.Locator("#login-user").FillAsync(userName);
        await page.Locator("#login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/account/login");
    }

    /// <summary>The administrator creates the account through the API; the one-time password comes back once.</summary>
    protected static async Task<string> CreateAccountAsync(AppHost app, string userName, string role, string? scopeId)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = app.CreateHttpClient();
        using (var login = await admin.PostAsJsonAsync("/api/auth/login", new { userName = SharedApp.AdminUserName, password = SharedApp.AdminPassword }, ct))
        {
            login.IsSuccessStatusCode.ShouldBeTrue(await login.Content.ReadAsStringAsync(ct));
        }

        using var created = await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = userName, role, scopeId }, ct);
        created.IsSuccessStatusCode.ShouldBeTrue(await created.Content.ReadAsStringAsync(ct));
        return (await created.Content.ReadFromJsonAsync<CreatedAccount>(ct))!.OneTimePassword;
    }

    /// <summary>Signs in with a one-time password and chooses the journeys' password, as a new account must.</summary>
    protected static async Task<IPage> SignInFirstTimeAsync(IPage page, AppHost app, string userName, string oneTimePassword)
    {
        await SignInAsync(page, app, userName, oneTimePassword);
        await ChangePasswordAsync(page, oneTimePassword, "Journey#Pass-2026");
        return page;
    }

    /// <summary>Chooses a new password on the change-password page (forced after a one-time password).</summary>
    protected static async Task ChangePasswordAsync(IPage page, string current, string next)
    {
        await page.Locator("#pw-current").FillAsync(current);
        await page.Locator("#pw-new").FillAsync(next);
        await page.Locator("#pw-confirm").FillAsync(next);
        await page.GetByTestId("change-password-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("manage-done")).ToBeVisibleAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is not TestResult.Passed)
        {
            await ScreenshotsAsync();
        }

        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task ScreenshotsAsync()
    {
        var test = TestContext.Current.Test?.TestDisplayName ?? GetType().Name;
        var safe = string.Concat(test.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var index = 0;
        foreach (var page in contexts.SelectMany(c => c.Pages))
        {
            var path = Path.Combine(Repository.Artifacts, $"{safe}-{index++}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path} ({page.Url})");
            }
            catch (PlaywrightException ex)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"no screenshot of {page.Url}: {ex.Message}");
            }
        }
    }

    private sealed record CreatedAccount(Guid Id, string UserName, string OneTimePassword);
}
