using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: sign-in, lockout, server-side sessions and their revocation.</summary>
public sealed class SignInTests(SecurityAppFactory factory) : IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task LoginApi_UnknownUserAndWrongPassword_AnswerIdentically()
    {
        var (_, userName, _) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var client = factory.CreateBareClient();

        using var unknown = await LoginAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong#Pass2026");
        using var wrong = await LoginAsync(client, userName, "Wrong#Pass2026");

        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldBe(await wrong.Content.ReadAsStringAsync(Ct));
        unknown.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task LoginApi_RightPassword_Returns200WithRoleAndSessionCookie()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.TownLiaison, SecurityAppFactory.Unit);
        using var client = factory.CreateBareClient();

        using var response = await LoginAsync(client, userName, password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("userName").GetString().ShouldBe(userName);
        body.GetProperty("role").GetString().ShouldBe(Roles.TownLiaison);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie, StringComparison.Ordinal)).ToLowerInvariant();
        setCookie.ShouldContain("httponly");
        setCookie.ShouldContain("secure");
        setCookie.ShouldContain("samesite=lax");
        using var me = factory.CreateBareClient(CookieFrom(response));
        var who = await me.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        who.GetProperty("scopeKind").GetString().ShouldBe(nameof(ScopeKind.Unit));
        who.GetProperty("scopeId").GetString().ShouldBe(SecurityAppFactory.Unit);
    }

    [Fact]
    public async Task LoginApi_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var client = factory.CreateBareClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await LoginAsync(client, userName, "Wrong#Pass2026");
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await LoginAsync(client, userName, password);
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var admin = await AdminAsync(factory);
        var row = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{id}", Ct);
        row.GetProperty("status").GetString().ShouldBe(nameof(UserStatus.LockedOut));
    }

    [Fact]
    public async Task LogoutApi_ReplayedCookie_RefusedOnApiAndRedirectedOnPage()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(factory, userName, password);
        using var client = factory.CreateBareClient(cookie);
        (await client.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync("/api/auth/logout", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var replay = factory.CreateBareClient(cookie);
        (await replay.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var page = await replay.GetAsync("/account/manage", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(page).ShouldBe("/account/login");
    }

    [Fact]
    public async Task LogoutForm_WithAntiforgery_EndsSessionOnServer()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = factory.CreateBrowser();
        (await LoginAsync(browser, userName, password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var home = await GetPageAsync(browser, "/account/manage");

        using var logout = await PostFormAsync(browser, "/account/logout", home, string.Empty, new Dictionary<string, string>());

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(logout).ShouldBe("/account/login");
        (await browser.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LogoutForm_SignedInWithoutAntiforgeryToken_400AndSessionKept()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var client = await SignedInAsync(factory, userName, password);

        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()), Ct);

        logout.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LogoutForm_SessionAlreadyEnded_RedirectsToLogin()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = await BrowserAsync(factory, userName, password);
        var page = await GetPageAsync(browser, "/account/manage");
        (await browser.PostAsync("/api/auth/logout", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var logout = await PostFormAsync(browser, "/account/logout", page, string.Empty, new Dictionary<string, string>());

        PathOf(logout).ShouldBe("/account/login");
    }

    [Fact]
    public async Task ChangePassword_OtherSessionsCookie_Refused()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var other = await LoginCookieAsync(factory, userName, password);
        using var client = await SignedInAsync(factory, userName, password);

        using var change = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = password, newPassword = "Changed#Pass2026" }, Ct);

        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var replay = factory.CreateBareClient(other);
        (await replay.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var renewed = factory.CreateBareClient(CookieFrom(change));
        (await renewed.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LoginAsync(renewed, userName, "Changed#Pass2026")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_WeakPassword_400WithLocalisedFieldError()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var client = await SignedInAsync(factory, userName, password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var change = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = password, newPassword = "short" }, Ct);

        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await change.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("errors").GetProperty("NewPassword")[0].GetString()!.ShouldContain("密码长度至少为 10 个字符");
    }

    [Fact]
    public async Task DisableUser_ExistingCookie_RefusedAndSignInFails()
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(factory, userName, password);
        using var admin = await AdminAsync(factory);

        (await admin.PostAsync($"/api/admin/users/{id}/disable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var replay = factory.CreateBareClient(cookie);
        (await replay.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginAsync(replay, userName, password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.PostAsync($"/api/admin/users/{id}/enable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await LoginAsync(replay, userName, password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginPage_WrongPassword_ShowsMessageInChinese()
    {
        using var browser = factory.CreateBrowser();
        var page = await GetPageAsync(browser, "/account/login");

        using var post = await PostFormAsync(browser, "/account/login", page, "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = "Wrong#Pass2026",
        });

        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await ParseAsync(post);
        html.QuerySelector("[data-testid=login-error]")!.TextContent.ShouldContain("用户名或密码错误");
    }

    [Fact]
    public async Task LoginPage_EnglishChosen_ShowsEnglishLabels()
    {
        using var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var page = await GetPageAsync(browser, "/account/login");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Sign in");
        page.QuerySelector("label[for=login-password]")!.TextContent.ShouldBe("Password");
    }

    [Fact]
    public async Task LoginPage_RightPassword_RedirectsToReturnUrlWithSession()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = factory.CreateBrowser();
        var page = await GetPageAsync(browser, "/account/login?returnUrl=%2Faccount%2Fmanage");

        using var post = await PostFormAsync(browser, "/account/login?returnUrl=%2Faccount%2Fmanage", page, "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(post).ShouldBe("/account/manage");
        var manage = await GetPageAsync(browser, "/account/manage");
        manage.QuerySelector("[data-testid=manage-account]")!.TextContent.ShouldContain(userName);
    }

    [Fact]
    public async Task LoginPage_ExternalReturnUrl_GoesHomeInstead()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var browser = factory.CreateBrowser();
        var page = await GetPageAsync(browser, "/account/login");

        using var post = await PostFormAsync(browser, "/account/login?returnUrl=%2F%2Fevil.example", page, "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

        PathOf(post).ShouldBe("/");
    }

    [Fact]
    public async Task ProtectedApi_Anonymous_401ProblemNotRedirect()
    {
        using var client = factory.CreateBareClient();

        using var response = await client.GetAsync("/api/auth/me", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
