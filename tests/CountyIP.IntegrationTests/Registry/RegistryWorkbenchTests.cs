using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Corrections on the workbench: staff see the review queue's size, an enterprise only its own pending ones.</summary>
[Collection(RegistryApp.Name)]
public sealed class RegistryWorkbenchTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_AfterEnterpriseSubmitsCorrection_EnterpriseSeesItsOwnAndStaffSeeQueueSize()
    {
        using var staff = await factory.StaffAsync();
        var name = $"工作台{Guid.NewGuid():N}"[..11] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var other = await CreateAsync(staff, "/api/enterprises", Enterprise(name + "二", CreditCode()));
        var standard = await CreateAsync(staff, "/api/standards", new { title = name + "企业标准", level = "Group", role = "Lead", kind = "New", startYear = 2014, enterpriseId = enterprise });
        using var own = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, enterprise.ToString());
        using var stranger = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, other.ToString());
        var proposed = (await own.GetFromJsonAsync<JsonObject>($"/api/standards/{standard}", Ct))!;
        proposed["title"] = name + "团体标准";
        using var submitted = await own.PostAsJsonAsync($"/api/standards/{standard}/corrections", new { proposed, note = "标准名称有误" }, Ct);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync(Ct));

        var queue = await staff.GetFromJsonAsync<JsonElement>("/api/corrections?status=Pending&pageSize=1", Ct);

        (await CountAsync(own, "Workbench_OwnCorrectionsPending")).ShouldBe(1);
        (await CountAsync(stranger, "Workbench_OwnCorrectionsPending")).ShouldBe(0);
        (await CountAsync(staff, "Workbench_CorrectionsToDecide")).ShouldBe(queue.GetProperty("total").GetInt32());
        (await KeysAsync(own)).ShouldNotContain("Workbench_CorrectionsToDecide");
    }

    private static async Task<string?[]> KeysAsync(HttpClient client)
    {
        var page = Html.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        return [.. page.QuerySelectorAll("[data-testid=workbench-item]").Select(e => e.GetAttribute("data-key"))];
    }

    private static async Task<int> CountAsync(HttpClient client, string key)
    {
        var page = Html.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        var tile = page.QuerySelectorAll("[data-testid=workbench-item]").Single(e => e.GetAttribute("data-key") == key);
        return int.Parse(tile.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
