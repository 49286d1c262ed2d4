using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// The organisation as data (issue 14 §1): the group with its history, a unit's record and roster kept by the unit's
/// own liaison (not another's), a person twice refused, a handover recorded on the open tasks, and the roster export.
/// </summary>
[Collection(GovernanceApp.Name)]
public sealed class OrganisationApiTests(GovernanceApiTests.Fixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => GovernanceHttp.ReadAsync(response, expected);

    [Fact]
    public async Task Group_MemberTwiceRefused_LeavingKeepsHistory()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var member = await ReadAsync(await staff.PostAsJsonAsync("/api/governance/organisation/members",
            new { name = "陈测试", post = "副区长", body = "区人民政府", role = "Leader", joinedOn = "2013-05-06" }, Ct), HttpStatusCode.Created);
        var twice = await staff.PostAsJsonAsync("/api/governance/organisation/members",
            new { name = "陈测试", post = "副区长", body = "区人民政府", role = "Member", joinedOn = "2014-01-01" }, Ct);
        (await ReadAsync(twice, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();

        await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/organisation/members/{member.GetProperty("id").GetGuid()}/leave", new { on = "2015-12-31" }, Ct), HttpStatusCode.NoContent);

        var view = await (await fixture.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>("/api/governance/organisation", Ct);
        var kept = view.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("name").GetString() == "陈测试").ShouldHaveSingleItem();
        kept.GetProperty("leftOn").GetString().ShouldBe("2015-12-31");
        (await (await fixture.LiaisonOf(GovernanceApiTests.Town)).PostAsJsonAsync("/api/governance/organisation/members",
            new { name = "越权", post = "x", body = "x", role = "Member", joinedOn = "2014-01-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UnitRoster_KeptByItsOwnLiaison_PersonTwiceRefused_HandoverRecordedOnOpenTasks()
    {
        const string unit = "350104102"; // 盖山镇
        var liaison = await fixture.LiaisonOf(unit);
        var other = await fixture.LiaisonOf(GovernanceApiTests.Town);
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var recorded = await ReadAsync(await liaison.PutAsJsonAsync($"/api/governance/organisation/units/{unit}",
            new { leadOffice = "经济发展办公室", responsibleLeader = "林测试", bodyInPlace = true, staffInPlace = true, fundsInPlace = true, evidence = "镇〔2013〕12号" }, Ct), HttpStatusCode.OK);
        recorded.GetProperty("threeInPlace").GetBoolean().ShouldBeTrue();
        (await other.PutAsJsonAsync($"/api/governance/organisation/units/{unit}", new { leadOffice = "越权" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.PutAsJsonAsync("/api/governance/organisation/units/no-such-unit", new { leadOffice = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var first = await ReadAsync(await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons", new { name = "吴第一", phone = "0591-83800001" }, Ct), HttpStatusCode.Created);
        var second = await ReadAsync(await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons", new { name = "徐第二", phone = "0591-83800002" }, Ct), HttpStatusCode.Created);
        var twice = await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons", new { name = "吴第一", phone = "0591-83800009" }, Ct);
        (await ReadAsync(twice, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        var samePhone = await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons", new { name = "另一人", phone = "0591-83800002" }, Ct);
        samePhone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var task = await ReadAsync(await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "交接测试事项", ownerUnitCode = unit, deadline = "2027-09-30" }, Ct), HttpStatusCode.Created);
        var handedOver = await ReadAsync(await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons/{first.GetProperty("id").GetGuid()}/handover",
            new { on = "2026-12-01", successorId = second.GetProperty("id").GetGuid() }, Ct), HttpStatusCode.OK);

        var gone = handedOver.GetProperty("liaisons").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "吴第一");
        gone.GetProperty("until").GetString().ShouldBe("2026-12-01");
        gone.GetProperty("successorName").GetString().ShouldBe("徐第二");
        var steps = (await staff.GetFromJsonAsync<JsonElement>($"/api/governance/tasks/{task.GetProperty("id").GetGuid()}", Ct)).GetProperty("steps");
        steps.EnumerateArray().ShouldContain(s => s.GetProperty("action").GetString() == "Handover" && s.GetProperty("note").GetString()!.Contains("吴第一 → 徐第二"));
        (await liaison.PostAsJsonAsync($"/api/governance/organisation/units/{unit}/liaisons/{first.GetProperty("id").GetGuid()}/handover",
            new { on = "2026-12-02" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "who has left cannot leave again");
    }

    [Fact]
    public async Task Roster_ExportsAsXlsx()
    {
        var response = await (await fixture.ClientAs(Roles.Leadership)).GetAsync("/api/governance/organisation/roster.xlsx", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Length.ShouldBeGreaterThan(1000);
        bytes[0].ShouldBe((byte)'P', "an .xlsx is a zip package");
    }
}
