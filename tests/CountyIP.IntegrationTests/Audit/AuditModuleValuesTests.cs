using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Audit.AuditDb;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Audit;

/// <summary>Module text in the audit log: [AuditPlain] fields readable, everything else masked (ADR 0010).</summary>
public sealed class AuditModuleValuesTests(AuditAppFactory factory) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task UpdateEnterprise_PlainAndPersonalFields_NameReadableContactPersonMasked()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"审计{Guid.NewGuid():N}"[..10] + "有限公司";
        var code = CreditCode();
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, code));
        var input = (await staff.Http.GetFromJsonAsync<Dictionary<string, JsonElement>>($"/api/enterprises/{id}", Ct))!
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        input["name"] = name + "二部";
        input["contactPerson"] = "联系人王五";
        (await staff.Http.PutAsJsonAsync($"/api/enterprises/{id}", input, Ct)).EnsureSuccessStatusCode();

        var records = await RecordsAsync(factory, "Enterprise", id.ToString());

        var created = JsonDocument.Parse(records.First(r => r.Action == AuditActions.Create).After!).RootElement;
        created.GetProperty("Name").GetString().ShouldBe(name);
        created.GetProperty("CreditCode").GetString().ShouldBe(code);
        created.GetProperty("Address").GetString().ShouldBe(AuditMasking.Hidden);
        var update = records.Last(r => r.Action == AuditActions.Update);
        JsonDocument.Parse(update.Before!).RootElement.GetProperty("Name").GetString().ShouldBe(name);
        var after = JsonDocument.Parse(update.After!).RootElement;
        after.GetProperty("Name").GetString().ShouldBe(name + "二部");
        after.GetProperty("ContactPerson").GetString().ShouldBe(AuditMasking.Hidden);
        update.After!.ShouldNotContain("王五");
    }
}
