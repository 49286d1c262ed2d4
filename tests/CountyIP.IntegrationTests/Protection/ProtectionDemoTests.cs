using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Protection.Demo;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Issue 9: the demo district has protection records a newcomer can click through, seen as the demo accounts see them.</summary>
public sealed class ProtectionDemoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoStart_CasesInEveryStateFairsAndJointActions_SeedingAgainAddsNothing()
    {
        await using var factory = new DemoFactory();
        await factory.InitializeAsync();
        using var staff = await SignedInAsync(factory, "demo.staff", Roles.BureauStaff, ScopeKind.District, null);

        foreach (var state in Enum.GetValues<CaseState>())
        {
            (await TotalAsync(staff, $"/api/protection/cases?state={state}")).ShouldBeGreaterThanOrEqualTo(ProtectionDemoGenerator.CasesPerStatePerScale, state.ToString());
        }

        (await TotalAsync(staff, "/api/protection/cases?deadline=Overdue")).ShouldBeGreaterThan(0);
        (await TotalAsync(staff, "/api/protection/cases?deadline=DueSoon")).ShouldBeGreaterThan(0);
        var cases = await staff.Http.GetFromJsonAsync<JsonElement>("/api/protection/cases?pageSize=200", Ct);
        var items = cases.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("channel").GetString()).Distinct().ShouldBe(Enum.GetNames<CaseChannel>(), ignoreOrder: true);
        // Complainants are protected like real ones: lists carry a masked mobile at most, never a name or an e-mail.
        cases.GetRawText().ShouldNotContain("@example.cn");
        items.Select(i => i.GetProperty("maskedContact")).Where(m => m.ValueKind == JsonValueKind.String)
            .ShouldAllBe(m => m.GetString()!.Contains("****"));

        var fairs = await staff.Http.GetFromJsonAsync<JsonElement>("/api/protection/trade-fairs?pageSize=50", Ct);
        fairs.GetProperty("total").GetInt32().ShouldBe(3);
        var fairItems = fairs.GetProperty("items").EnumerateArray().ToList();
        fairItems.ShouldAllBe(f => f.GetProperty("declarations").GetInt32() > 0);
        fairItems.Sum(f => f.GetProperty("complaints").GetInt32()).ShouldBeGreaterThan(0);
        var actions = await staff.Http.GetFromJsonAsync<JsonElement>("/api/protection/joint-actions?pageSize=50", Ct);
        actions.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        actions.GetProperty("items").EnumerateArray().ShouldContain(a => a.GetProperty("linkedCaseIds").GetArrayLength() > 0);

        // demo.dept (market regulation) has cases of its own to handle.
        using (var liaison = await SignedInAsync(factory, "demo.dept", Roles.DepartmentLiaison, ScopeKind.Department, DemoAccounts.DepartmentScopeId))
        {
            (await TotalAsync(liaison, "/api/protection/cases")).ShouldBeGreaterThan(0);
        }

        var total = await TotalAsync(staff, "/api/protection/cases");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedAsync(true, Ct);
        }

        (await TotalAsync(staff, "/api/protection/cases")).ShouldBe(total);
        (await TotalAsync(staff, "/api/protection/trade-fairs")).ShouldBe(3);
        (await TotalAsync(staff, "/api/protection/joint-actions")).ShouldBe(actions.GetProperty("total").GetInt32());
    }

    private static async Task<TestClient> SignedInAsync(CountyIpAppFactory factory, string userName, string role, ScopeKind kind, string? scopeId)
    {
        var client = new TestClient(factory);
        await client.SignInAsync(new TestUser(Guid.Empty, userName, DemoAccounts.Password, role, kind, scopeId));
        return client;
    }

    private static async Task<int> TotalAsync(TestClient client, string url)
    {
        var page = await client.Http.GetFromJsonAsync<JsonElement>(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=1", Ct);
        return page.GetProperty("total").GetInt32();
    }

    private sealed class DemoFactory : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["CountyIP:DemoData"] = "true",
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };
    }
}
