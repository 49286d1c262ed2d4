using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Units appear by name and are chosen from a list, never typed as codes.</summary>
[Collection(RegistryPagesApp.Name)]
public sealed class RegistryUnitPageTests(RegistryPageTests.Factory factory)
{
    [Fact]
    public async Task EnterprisesPage_UnitFilterAndColumn_ShowUnitNames()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"镇街{Guid.NewGuid():N}"[..10] + "有限公司";
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode(), "350104001"));

        var list = await staff.GetPageAsync($"/registry/enterprises?unit=350104001&q={Uri.EscapeDataString(name)}");
        var profile = await staff.GetPageAsync($"/registry/enterprises/{id}");
        var edit = await staff.GetPageAsync($"/registry/enterprises/{id}/edit");

        var filter = list.QuerySelector("select#unit").ShouldNotBeNull();
        filter.QuerySelector("option[selected]").ShouldNotBeNull().GetAttribute("value").ShouldBe("350104001");
        filter.QuerySelectorAll("option").Length.ShouldBeGreaterThan(13);
        list.QuerySelectorAll("tbody tr").Single().Text().ShouldContain("仓前街道");
        profile.DocumentElement.Text().ShouldContain("仓前街道");
        var choice = edit.QuerySelector("select#unit").ShouldNotBeNull();
        choice.QuerySelector("option[selected]").ShouldNotBeNull().GetAttribute("value").ShouldBe("350104001");
    }
}
