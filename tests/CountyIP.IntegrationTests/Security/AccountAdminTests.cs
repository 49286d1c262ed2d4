using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: account administration by BureauAdmin, and nobody else.</summary>
public sealed class AccountAdminTests(SecurityAppFactory factory) : IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task CreateTownLiaison_LiaisonCannotAdministerAccounts()
    {
        var (_, userName, password) = await CreateUserAsync(factory, Roles.TownLiaison, SecurityAppFactory.Unit);
        using var liaison = await SignedInAsync(factory, userName, password);

        (await liaison.GetAsync("/api/admin/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var page = await liaison.GetAsync("/admin/users", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(page).ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task CreateUser_ScopeOfWrongKindOrMissing_409()
    {
        using var admin = await AdminAsync(factory);

        using var wrongKind = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..8], displayName = "X", role = Roles.TownLiaison, scopeId = SecurityAppFactory.Department }, Ct);
        using var missing = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..8], displayName = "X", role = Roles.DepartmentLiaison }, Ct);

        wrongKind.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        missing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateUser_BadUserName_400()
    {
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "a b", displayName = "X", role = Roles.BureauStaff }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UpdateUser_NewRole_EndsSessionsAndAppliesAtNextSignIn()
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(factory, userName, password);
        using var admin = await AdminAsync(factory);

        using var update = await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { displayName = "改名", role = Roles.DepartmentLiaison, scopeId = SecurityAppFactory.Department }, Ct);

        update.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var old = factory.CreateBareClient(cookie))
        {
            (await old.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var again = await SignedInAsync(factory, userName, password);
        var me = await again.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        me.GetProperty("role").GetString().ShouldBe(Roles.DepartmentLiaison);
        me.GetProperty("scopeId").GetString().ShouldBe(SecurityAppFactory.Department);
    }

    [Fact]
    public async Task DisableOwnAccount_409()
    {
        using var admin = await AdminAsync(factory);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?search=admin", Ct);
        var id = me.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == AccountSeeder.AdminUserName).GetProperty("id").GetGuid();

        (await admin.PostAsync($"/api/admin/users/{id}/disable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ResetPasswordApi_OldPasswordAndSessionsEnd_OneTimePasswordForcesChange()
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(factory, userName, password);
        using var admin = await AdminAsync(factory);

        var reset = await (await admin.PostAsync($"/api/admin/users/{id}/reset-password", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var oneTime = reset.GetProperty("oneTimePassword").GetString()!;
        using var old = factory.CreateBareClient(cookie);
        (await old.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginAsync(old, userName, password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var signedIn = await LoginAsync(old, userName, oneTime);
        (await signedIn.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pending").GetString().ShouldBe("change-password");
    }

    [Fact]
    public async Task UserListPage_SearchShowsRowNumberScopeNameStatusAndTotal()
    {
        var (_, userName, _) = await CreateUserAsync(factory, Roles.TownLiaison, SecurityAppFactory.Unit);
        using var admin = await BrowserAsync(factory);

        var page = await GetPageAsync(admin, $"/admin/users?q={userName}");

        var rows = page.QuerySelectorAll("[data-testid=user-row]");
        rows.Length.ShouldBe(1);
        rows[0].QuerySelector("td")!.TextContent.Trim().ShouldBe("1");
        rows[0].TextContent.ShouldContain(userName);
        rows[0].TextContent.ShouldContain("仓前街道");
        rows[0].QuerySelector(".cip-status")!.GetAttribute("data-status").ShouldBe(nameof(UserStatus.Active));
        page.QuerySelector("[data-testid=pager-total]")!.TextContent.ShouldContain("1");
        page.QuerySelector("[data-testid=menu]")!.InnerHtml.ShouldContain("/admin/api-tokens");
    }

    [Fact]
    public async Task CreateUserPage_ShowsOneTimePasswordThatSignsInWithPendingChange()
    {
        using var admin = await BrowserAsync(factory);
        var form = await GetPageAsync(admin, "/admin/users/new");
        var userName = "p" + Guid.NewGuid().ToString("N")[..10];

        using var post = await PostFormAsync(admin, "/admin/users/new", form, "create-user", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "页面创建",
            ["Input.Role"] = Roles.TownLiaison,
            ["Input.ScopeId"] = SecurityAppFactory.Unit,
        });

        var page = await ParseAsync(post);
        var oneTime = page.QuerySelector("[data-testid=one-time-password]")?.TextContent.Trim();
        oneTime.ShouldNotBeNullOrEmpty(page.QuerySelector("main")?.TextContent);
        using var client = factory.CreateBareClient();
        using var login = await LoginAsync(client, userName, oneTime);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EditUserPage_DisableThroughConfirmDialog_EndsSessions()
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        var cookie = await LoginCookieAsync(factory, userName, password);
        using var admin = await BrowserAsync(factory);
        var page = await GetPageAsync(admin, $"/admin/users/{id}");

        using var post = await PostFormAsync(admin, $"/admin/users/{id}", page, "disable-user", new Dictionary<string, string>());

        post.StatusCode.ShouldBe(HttpStatusCode.OK, await post.Content.ReadAsStringAsync(Ct));
        (await ParseAsync(post)).QuerySelector(".cip-status")!.GetAttribute("data-status").ShouldBe(nameof(UserStatus.Disabled));
        using var old = factory.CreateBareClient(cookie);
        (await old.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EditUserPage_ResetPassword_ShowsOneTimePassword()
    {
        var (id, userName, _) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var admin = await BrowserAsync(factory);
        var page = await GetPageAsync(admin, $"/admin/users/{id}");

        using var post = await PostFormAsync(admin, $"/admin/users/{id}", page, "reset-password", new Dictionary<string, string>());

        var oneTime = (await ParseAsync(post)).QuerySelector("[data-testid=one-time-password]")!.TextContent.Trim();
        using var client = factory.CreateBareClient();
        (await LoginAsync(client, userName, oneTime)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET", "/api/admin/users")]
    [InlineData("POST", "/api/admin/users")]
    [InlineData("GET", "/api/admin/users/{id}")]
    [InlineData("PUT", "/api/admin/users/{id}")]
    [InlineData("POST", "/api/admin/users/{id}/disable")]
    [InlineData("POST", "/api/admin/users/{id}/enable")]
    [InlineData("POST", "/api/admin/users/{id}/reset-password")]
    [InlineData("GET", "/api/admin/api-tokens")]
    [InlineData("POST", "/api/admin/api-tokens")]
    [InlineData("POST", "/api/admin/api-tokens/{id}/revoke")]
    public async Task AdminApi_WithoutManageAccounts_403AndAnonymous401(string method, string route)
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.Auditor);
        using var auditor = await SignedInAsync(factory, userName, password);
        using var anonymous = factory.CreateBareClient();
        var url = route.Replace("{id}", id.ToString(), StringComparison.Ordinal);

        using var forbidden = await auditor.SendAsync(Request(method, url), Ct);
        using var unauthenticated = await anonymous.SendAsync(Request(method, url), Ct);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/new")]
    [InlineData("/admin/users/{id}")]
    [InlineData("/admin/api-tokens")]
    [InlineData("/admin/api-tokens/new")]
    public async Task AdminPages_WithoutManageAccounts_AccessDeniedAndAnonymousToLogin(string route)
    {
        var (id, userName, password) = await CreateUserAsync(factory, Roles.BureauStaff);
        using var staff = await SignedInAsync(factory, userName, password);
        using var anonymous = factory.CreateBareClient();
        var url = route.Replace("{id}", id.ToString(), StringComparison.Ordinal);

        using var forbidden = await staff.GetAsync(url, Ct);
        using var unauthenticated = await anonymous.GetAsync(url, Ct);

        PathOf(forbidden).ShouldBe("/account/access-denied");
        PathOf(unauthenticated).ShouldBe("/account/login");
    }

    [Theory]
    [InlineData("GET", "/api/auth/me")]
    [InlineData("POST", "/api/auth/change-password")]
    [InlineData("GET", "/account/manage")]
    [InlineData("GET", "/account/manage/password")]
    [InlineData("GET", "/account/manage/two-factor")]
    public async Task OwnAccountEndpoints_Anonymous_Refused(string method, string url)
    {
        using var anonymous = factory.CreateBareClient();

        using var response = await anonymous.SendAsync(Request(method, url), Ct);

        if (url.StartsWith("/api", StringComparison.Ordinal))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        else
        {
            PathOf(response).ShouldBe("/account/login");
        }
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
}
