using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: bearer tokens for machine clients: issue (value once), use, revoke, expire.</summary>
public sealed class ApiTokenTests(SecurityAppFactory factory) : IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task IssueToken_UsedAsBearer_ActsWithItsRoleAndScope()
    {
        var (_, token) = await IssueAsync(Roles.TownLiaison, SecurityAppFactory.Unit);
        using var machine = Bearer(token);

        var me = await machine.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);

        me.GetProperty("role").GetString().ShouldBe(Roles.TownLiaison);
        me.GetProperty("scopeKind").GetString().ShouldBe(nameof(ScopeKind.Unit));
        me.GetProperty("scopeId").GetString().ShouldBe(SecurityAppFactory.Unit);
        me.GetProperty("authMethod").GetString().ShouldBe("token");
        (await machine.GetAsync("/api/admin/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task IssueToken_StoresOnlyHashAndListNeverShowsValue()
    {
        var (id, token) = await IssueAsync(Roles.BureauStaff, null);
        using var admin = await AdminAsync(factory);

        var list = await admin.GetStringAsync("/api/admin/api-tokens", Ct);

        list.ShouldContain(id.ToString());
        list.ShouldNotContain(token);
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<ApiToken>().SingleAsync(t => t.Id == id, Ct);
        row.TokenHash.ShouldNotBe(token);
        row.TokenHash.Length.ShouldBe(64);
    }

    [Fact]
    public async Task RevokeToken_NextRequest_401()
    {
        var (id, token) = await IssueAsync(Roles.BureauStaff, null);
        using var machine = Bearer(token);
        (await machine.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await AdminAsync(factory);

        (await admin.PostAsync($"/api/admin/api-tokens/{id}/revoke", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var refused = await machine.GetAsync("/api/auth/me", Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task ExpiredToken_Request_401()
    {
        var (id, token) = await IssueAsync(Roles.Leadership, null);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<ApiToken>().Where(t => t.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1)), Ct);
        }

        using var machine = Bearer(token);
        (await machine.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownToken_Request_401()
    {
        using var machine = Bearer("cip_" + Guid.NewGuid().ToString("N"));

        (await machine.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task IssueToken_BureauAdminRole_409()
    {
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostAsJsonAsync("/api/admin/api-tokens", new { name = "too-strong", role = Roles.BureauAdmin, expiresInDays = 5 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task IssueToken_UnknownScope_409()
    {
        using var admin = await AdminAsync(factory);

        using var response = await admin.PostAsJsonAsync("/api/admin/api-tokens", new { name = "bad-scope", role = Roles.TownLiaison, scopeId = "999999999", expiresInDays = 5 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("scope_not_found");
    }

    [Fact]
    public async Task TokenPages_IssueShowsValueOnceAndRevokeFromList()
    {
        using var admin = await BrowserAsync(factory);
        var form = await GetPageAsync(admin, "/admin/api-tokens/new");
        var name = "page-" + Guid.NewGuid().ToString("N")[..8];

        using var issued = await PostFormAsync(admin, "/admin/api-tokens/new", form, "issue-token", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Role"] = Roles.BureauStaff,
            ["Input.ScopeId"] = string.Empty,
            ["Input.ExpiresInDays"] = "30",
        });

        var page = await ParseAsync(issued);
        var token = page.QuerySelector("[data-testid=token-value]")!.TextContent.Trim();
        token.ShouldStartWith("cip_");
        using var machine = Bearer(token);
        (await machine.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await GetPageAsync(admin, "/admin/api-tokens");
        var row = list.QuerySelectorAll("[data-testid=token-row]").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        var id = row.QuerySelector("input[name=TokenId]")!.GetAttribute("value")!;
        using var revoked = await PostFormAsync(admin, "/admin/api-tokens", list, "revoke-token", new Dictionary<string, string> { ["TokenId"] = id });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ParseAsync(revoked)).QuerySelector("[data-testid=token-message]").ShouldNotBeNull();
        (await machine.GetAsync("/api/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<(Guid Id, string Token)> IssueAsync(string role, string? scopeId)
    {
        using var admin = await AdminAsync(factory);
        using var response = await admin.PostAsJsonAsync("/api/admin/api-tokens", new { name = "client-" + Guid.NewGuid().ToString("N")[..6], role, scopeId, expiresInDays = 30 }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (body.GetProperty("id").GetGuid(), body.GetProperty("token").GetString()!);
    }
}
