using System.Net.Http.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Case reminders on the workbench: counts in the user's scope, each tile opening the matching list.</summary>
[Collection(ProtectionApp.Name)]
public sealed class ProtectionWorkbenchTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task Home_DepartmentLiaison_CountsOnlyCasesAssignedToTheirDepartment()
    {
        var department = await factory.DepartmentAsync("workbench-dept");
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, department);
        using var otherLiaison = factory.ClientAs(Roles.DepartmentLiaison, "workbench-other-" + Guid.NewGuid().ToString("N")[..6]);
        var respondent = "工作台被投诉方" + Guid.NewGuid().ToString("N")[..6];
        using var publicClient = factory.ClientAs(null);
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { department } });

        var mine = await TileAsync(liaison, "Workbench_CasesAssigned");
        var others = await TileAsync(otherLiaison, "Workbench_CasesAssigned");

        mine.Count.ShouldBe("1");
        mine.Href.ShouldBe("/protection/cases?state=Assigned");
        others.Count.ShouldBe("0");
    }

    [Fact]
    public async Task Home_BureauStaff_NewCaseCountMatchesTheListItOpens()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var publicClient = factory.ClientAs(null);
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint("工作台新案" + Guid.NewGuid().ToString("N")[..6]));

        var tile = await TileAsync(staff, "Workbench_CasesReceived");
        var list = await staff.GetFromJsonAsync<ProtectionApi.CasePage>("/api/protection/cases?state=Received&pageSize=1", TestContext.Current.CancellationToken);

        int.Parse(tile.Count, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(list!.Total);
        list.Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Home_RoleWithoutCaseAccess_NoCaseTiles()
    {
        using var leader = factory.ClientAs(Roles.Leadership);

        var page = Html.Parse(await leader.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));

        page.QuerySelectorAll("[data-testid=workbench-item]").Select(e => e.GetAttribute("data-key")).ShouldNotContain("Workbench_CasesOverdue");
    }

    private static async Task<(string Count, string Href)> TileAsync(HttpClient client, string key)
    {
        var page = Html.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        var tile = page.QuerySelectorAll("[data-testid=workbench-item]").Single(e => e.GetAttribute("data-key") == key);
        return (tile.GetAttribute("data-count")!, tile.GetAttribute("href")!);
    }
}
