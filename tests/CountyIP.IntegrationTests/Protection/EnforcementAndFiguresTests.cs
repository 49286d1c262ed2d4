using System.Net;
using System.Net.Http.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

[Collection(ProtectionApp.Name)]
public sealed class EnforcementAndFiguresTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task JointAction_Recorded_VisibleToParticipantsOnlyAndCountedInFigures()
    {
        var ct = TestContext.Current.CancellationToken;
        var title = "“双打”专项行动" + Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var leadership = factory.ClientAs(Roles.Leadership);
        var respondent = "执法被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var caseId = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        var year = DateTime.UtcNow.Year;
        var before = await leadership.GetFromJsonAsync<Dictionary<string, object?>>($"/api/protection/figures/{year}", ct);

        using var created = await staff.PostAsJsonAsync("/api/protection/joint-actions", JointActions.Body(title, "market-regulation", ["public-security", "culture-sports"], [caseId]), ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(ct));
        using var leadLiaison = factory.ClientAs(Roles.DepartmentLiaison, "market-regulation");
        using var participant = factory.ClientAs(Roles.DepartmentLiaison, "public-security");
        using var otherLiaison = factory.ClientAs(Roles.DepartmentLiaison, "education");
        var query = new Uri("/api/protection/joint-actions?search=" + Uri.EscapeDataString(title), UriKind.Relative);
        (await leadLiaison.GetStringAsync(query, ct)).ShouldContain(caseId.ToString());
        (await participant.GetStringAsync(query, ct)).ShouldContain(title);
        (await otherLiaison.GetStringAsync(query, ct)).ShouldNotContain(title);
        var after = await leadership.GetFromJsonAsync<Dictionary<string, object?>>($"/api/protection/figures/{year}", ct);
        int.Parse(after!["enforcementActions"]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(int.Parse(before!["enforcementActions"]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture) + 1);
        int.Parse(after["casesReceived"]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task JointAction_UnknownLinkedCase_409()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);

        using var response = await staff.PostAsJsonAsync("/api/protection/joint-actions", JointActions.Body("巡查", "culture-sports", [], [Guid.NewGuid()]), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(Roles.DepartmentLiaison)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.TownLiaison)]
    public async Task Figures_RoleWithoutPermission_Forbidden(string role)
    {
        using var client = factory.ClientAs(role);

        using var response = await client.GetAsync(new Uri("/api/protection/figures/2026", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CaseListPage_Liaison_OnlyOwnDepartmentsCases()
    {
        var mine = await factory.DepartmentAsync("culture");
        var theirs = await factory.DepartmentAsync("police");
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var own = "本部门被投诉方" + Guid.NewGuid().ToString("N")[..6];
        var foreign = "外部门被投诉方" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (respondent, department) in new[] { (own, mine), (foreign, theirs) })
        {
            await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
            var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
            await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
            await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept" });
            await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { department } });
        }

        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, mine);
        using var response = await liaison.GetAsync(new Uri("/protection/cases", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);
        var foreignId = await ProtectionApi.CaseIdByRespondentAsync(staff, foreign);
        using var foreignDetail = await liaison.GetAsync(new Uri($"/protection/cases/{foreignId}", UriKind.Relative), TestContext.Current.CancellationToken);

        var table = page.ByTestId("case-table").Text();
        table.ShouldContain(own);
        table.ShouldNotContain(foreign);
        // The page answers 404; under the test header scheme the re-executed not-found page turns it into 403.
        foreignDetail.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await Html.ParseAsync(foreignDetail)).DocumentElement.TextContent.ShouldNotContain(foreign);
    }
}
