using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CountyIP.Platform.Security;
using CountyIP.IntegrationTests.Infrastructure;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: TOTP two-factor sign-in (RFC 6238) with single-use recovery codes.</summary>
public sealed class TwoFactorTests(SecurityAppFactory factory) : IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task EnrolTotp_ApiSignIn_NeedsCurrentCode()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = await BrowserAsync(factory, userName, password);
        var (key, codes) = await EnrolAsync(browser);
        codes.Count.ShouldBe(10);
        using var client = factory.CreateBareClient();

        using var withoutCode = await LoginAsync(client, userName, password);
        using var wrongCode = await LoginAsync(client, userName, password, "000000" == Totp.Code(key) ? "111111" : "000000");
        using var rightCode = await LoginAsync(client, userName, password, Totp.Code(key));

        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString().ShouldBe("urn:countyip:auth:two-factor-required");
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        rightCode.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var me = factory.CreateBareClient(CookieFrom(rightCode));
        (await me.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct)).GetProperty("authMethod").GetString().ShouldBe("mfa");
    }

    [Fact]
    public async Task LoginPage_SecondStepWithRecoveryCode_SignsInOnceOnly()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using (var enrolling = await BrowserAsync(factory, userName, password))
        {
            var (_, codes) = await EnrolAsync(enrolling);
            var recovery = codes[0];

            (await PageSignInAsync(userName, password, recovery)).ShouldBe("/");
            (await PageSignInAsync(userName, password, recovery)).ShouldBe("/account/login/2fa");
        }
    }

    [Fact]
    public async Task ManagePage_EnrolmentShowsQrCodeAsImageAndOtpauthUri()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.Leadership);
        using var browser = await BrowserAsync(factory, userName, password);

        var page = await GetPageAsync(browser, "/account/manage/two-factor");

        page.QuerySelector("[data-testid=two-factor-qr]")!.GetAttribute("src")!.ShouldStartWith("data:image/png;base64,");
        page.QuerySelector("[data-testid=two-factor-uri]")!.TextContent.ShouldStartWith($"otpauth://totp/CountyIP:{userName}?secret=");
        page.QuerySelectorAll("script:not([src])").ShouldBeEmpty();
    }

    [Fact]
    public async Task DisableTwoFactor_WhenNotRequired_SignInNeedsPasswordOnly()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = await BrowserAsync(factory, userName, password);
        await EnrolAsync(browser);
        var page = await GetPageAsync(browser, "/account/manage/two-factor");

        using var disable = await PostFormAsync(browser, "/account/manage/two-factor", page, "disable-2fa", new Dictionary<string, string>());

        disable.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var client = factory.CreateBareClient();
        (await LoginAsync(client, userName, password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Signs in through the two page steps; returns where the last step redirected.</summary>
    private async Task<string> PageSignInAsync(string userName, string password, string recoveryCode)
    {
        using var browser = factory.CreateBrowser();
        var login = await GetPageAsync(browser, "/account/login");
        using var first = await PostFormAsync(browser, "/account/login", login, "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        PathOf(first).ShouldBe("/account/login/2fa");
        var second = await GetPageAsync(browser, first.Headers.Location!.OriginalString);
        using var done = await PostFormAsync(browser, "/account/login/2fa", second, "login-2fa", new Dictionary<string, string>
        {
            ["Input.Code"] = recoveryCode,
            ["Input.UseRecoveryCode"] = "true",
        });
        return done.StatusCode == HttpStatusCode.Redirect ? PathOf(done) : "/account/login/2fa";
    }

    internal static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient browser)
    {
        var page = await GetPageAsync(browser, "/account/manage/two-factor");
        var key = page.QuerySelector("[data-testid=two-factor-key]")!.TextContent;
        using var enable = await PostFormAsync(browser, "/account/manage/two-factor", page, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        enable.StatusCode.ShouldBe(HttpStatusCode.OK);
        IHtmlDocument result = await ParseAsync(enable);
        var codes = result.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        codes.ShouldNotBeEmpty(result.QuerySelector("[data-testid=two-factor-message]")?.TextContent);
        return (key, codes);
    }
}

/// <summary>With <c>Security:RequireTwoFactorForAdmins</c> on, BureauAdmin and Auditor can do nothing before enrolling.</summary>
public sealed class RequiredTwoFactorTests(RequiredTwoFactorTests.Factory factory) : IClassFixture<RequiredTwoFactorTests.Factory>
{
    public sealed class Factory : SecurityAppFactory
    {
        protected override IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?> { ["Security:RequireTwoFactorForAdmins"] = "true" };
    }

    [Fact]
    public async Task AdminWithoutTwoFactor_OnlyEnrolmentUntilEnrolled()
    {
        using var browser = await BrowserAsync(factory);

        using var api = await browser.GetAsync("/api/admin/users", Ct);
        using var page = await browser.GetAsync("/admin/users", Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString().ShouldBe("urn:countyip:auth:enrol-2fa");
        PathOf(page).ShouldBe("/account/manage/two-factor");

        var (key, _) = await TwoFactorTests.EnrolAsync(browser);

        (await browser.GetAsync("/api/admin/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var manage = await GetPageAsync(browser, "/account/manage/two-factor");
        manage.QuerySelector("[data-testid=disable-2fa]").ShouldBeNull();
        using var client = factory.CreateBareClient();
        (await LoginAsync(client, AccountSeeder.AdminUserName, CountyIpAppFactory.AdminPassword, Totp.Code(key))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StaffWithoutTwoFactor_NotRequired()
    {
        var staff = await factory.CreateAsync(Roles.BureauStaff);
        using var client = factory.CreateBareClient();

        using var login = await LoginAsync(client, staff.UserName, staff.Password);

        (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pending").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
