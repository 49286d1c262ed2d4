using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// The performance assessment over HTTP (issue 14 §5): weights that do not add up are refused, scores are computed
/// from the records a row per town and department, a unit sees its own row, appeals keep to their window, and a
/// signed-off score does not move when the records change afterwards — the difference shows beside it.
/// </summary>
[Collection(GovernanceApp.Name)]
public sealed class AssessmentApiTests(GovernanceApiTests.Fixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => GovernanceHttp.ReadAsync(response, expected);

    /// <summary>A scheme for <paramref name="year"/> whose one indicator (weight 100, towns and departments) is the share of tasks done on time.</summary>
    private async Task<HttpClient> SchemeAsync(int year, decimal weight = 100)
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/assessments", new { year, bonusCap = 3, deductionCap = 5 }, Ct), HttpStatusCode.Created);
        await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/assessments/{year}/indicators",
            new { code = "tasks", nameZh = "督办事项按期办结率", measure = "TasksOnTime", appliesTo = "Both", weight, rule = "Linear" }, Ct), HttpStatusCode.OK);
        return staff;
    }

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Publish_WeightsNot100_RefusedWithTheTotal_NothingChanged()
    {
        var staff = await SchemeAsync(2041, weight: 90);

        var refused = await staff.PostAsJsonAsync("/api/governance/assessments/2041/publish", new { appealsCloseOn = Today }, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("90");
        (await staff.GetFromJsonAsync<JsonElement>("/api/governance/assessments/2041", Ct)).GetProperty("state").GetString().ShouldBe("Draft");
        (await (await fixture.LiaisonOf(GovernanceApiTests.Town)).GetAsync("/api/governance/assessments/2041/scores", Ct)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "a town does not see a draft scheme");
    }

    [Fact]
    public async Task Scores_RowPerTownAndDepartment_RankedWithinKind_TownSeesOwnRow()
    {
        var staff = await SchemeAsync(2042);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "考评测试-未办结", ownerUnitCode = GovernanceApiTests.Town, deadline = "2042-03-01" }, Ct), HttpStatusCode.Created);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/assessments/2042/adjustments", new { ownerUnitCode = GovernanceApiTests.OtherTown, points = -8, reason = "重大案件迟报" }, Ct), HttpStatusCode.OK);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/assessments/2042/publish", new { appealsCloseOn = Today }, Ct), HttpStatusCode.OK);

        var table = await ReadAsync(await staff.GetAsync("/api/governance/assessments/2042/scores", Ct), HttpStatusCode.OK);

        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBeGreaterThan(20);
        var town = rows.Single(r => r.GetProperty("unitCode").GetString() == GovernanceApiTests.Town);
        town.GetProperty("total").GetDecimal().ShouldBe(0m, "its one task due in 2042 is not done");
        town.GetProperty("indicators")[0].GetProperty("score").GetDecimal().ShouldBe(0m);
        var other = rows.Single(r => r.GetProperty("unitCode").GetString() == GovernanceApiTests.OtherTown);
        other.GetProperty("total").GetDecimal().ShouldBe(95m, "nothing due scores the weight; the deduction of 8 is capped at 5");
        other.GetProperty("rank").GetInt32().ShouldBeGreaterThan(1);
        rows.First(r => r.GetProperty("unitKind").GetString() == "Department").GetProperty("rank").GetInt32().ShouldBe(1, "departments rank among themselves");
        foreach (var field in new[] { "unitCode", "total", "rank", "indicators" })
        {
            rows.ShouldAllBe(r => r.GetProperty(field).ValueKind != JsonValueKind.Null);
        }
        // Each score opens onto the records it counts: the town's tasks due in 2042, the one not done.
        var page = await staff.GetStringAsync("/governance/assessment?year=2042", Ct);
        page.ShouldContain($"href=\"/governance/tasks?owner={GovernanceApiTests.Town}&amp;dueYear=2042\"");
        var counted = await staff.GetFromJsonAsync<JsonElement>($"/api/governance/tasks?owner={GovernanceApiTests.Town}&dueYear=2042", Ct);
        counted.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe("考评测试-未办结");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/governance/tasks?owner={GovernanceApiTests.Town}&dueYear=2099", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
        (await staff.GetAsync("/api/governance/tasks?dueYear=1999", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var own = await (await fixture.LiaisonOf(GovernanceApiTests.Town)).GetFromJsonAsync<JsonElement>("/api/governance/assessments/2042/scores", Ct);
        own.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("unitCode").GetString().ShouldBe(GovernanceApiTests.Town);

        // The result table as files: the PDF ranks the towns under its Chinese title, the .xlsx opens.
        var pdf = await staff.GetAsync("/api/governance/assessments/2042/scores.pdf", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var path = Path.Combine(Path.GetTempPath(), $"scores-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
        try
        {
            var text = await PdfTools.RunAsync("pdftotext", $"-layout {path} -");
            text.ShouldContain("仓山区2042年度知识产权工作绩效考评结果");
            text.ShouldContain("城门镇");
            text.ShouldContain("初评结果");
        }
        finally
        {
            File.Delete(path);
        }

        var xlsx = await staff.GetAsync("/api/governance/assessments/2042/scores.xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task SignedOff_ScoreUnchangedAfterARecordChange_DifferenceShown()
    {
        var staff = await SchemeAsync(2043);
        var task = await ReadAsync(await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "终评测试", ownerUnitCode = GovernanceApiTests.Town, deadline = "2043-06-30" }, Ct), HttpStatusCode.Created);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/assessments/2043/publish", new { appealsCloseOn = Today }, Ct), HttpStatusCode.OK);
        var town = await fixture.LiaisonOf(GovernanceApiTests.Town);
        var appeal = await ReadAsync(await town.PostAsJsonAsync("/api/governance/assessments/2043/appeals", new { indicatorCode = "tasks", reason = "该事项已于年内完成，材料另报。" }, Ct), HttpStatusCode.Created);
        (await staff.PostAsync("/api/governance/assessments/2043/sign-off", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "an appeal is undecided");
        await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/assessments/2043/appeals/{appeal.GetProperty("id").GetGuid()}/decision",
            new { upheld = false, decision = "佐证材料不足。" }, Ct), HttpStatusCode.OK);
        await ReadAsync(await staff.PostAsync("/api/governance/assessments/2043/sign-off", null, Ct), HttpStatusCode.OK);

        // The task is completed after sign-off: on time, so today's computation gives the town the whole weight.
        var id = task.GetProperty("id").GetGuid();
        await ReadAsync(await town.PostAsJsonAsync($"/api/governance/tasks/{id}/actions", new { action = "request-completion", note = "已完成" }, Ct), HttpStatusCode.OK);
        await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/tasks/{id}/actions", new { action = "accept" }, Ct), HttpStatusCode.OK);
        var row = (await staff.GetFromJsonAsync<JsonElement>("/api/governance/assessments/2043/scores", Ct)).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("unitCode").GetString() == GovernanceApiTests.Town);

        row.GetProperty("total").GetDecimal().ShouldBe(0m, "the signed-off score stands");
        row.GetProperty("liveTotal").GetDecimal().ShouldBe(100m);
        row.GetProperty("difference").GetDecimal().ShouldBe(100m);
        (await staff.PostAsJsonAsync("/api/governance/assessments/2043/adjustments", new { ownerUnitCode = GovernanceApiTests.Town, points = 1, reason = "迟到的加分" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "a signed-off assessment no longer changes");
    }

    [Fact]
    public async Task Appeal_AfterItsWindow_Refused_NothingFiled()
    {
        var staff = await SchemeAsync(2044);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/assessments/2044/publish", new { appealsCloseOn = Today }, Ct), HttpStatusCode.OK);
        var town = await fixture.LiaisonOf(GovernanceApiTests.Town);

        // Two days on, the town's liaison signs in again (a session does not outlive such a jump) and appeals too late.
        fixture.Clock.Offset = TimeSpan.FromDays(2);
        HttpResponseMessage late;
        try
        {
            using var later = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, GovernanceApiTests.Town);
            late = await later.Http.PostAsJsonAsync("/api/governance/assessments/2044/appeals", new { reason = "逾期申诉" }, Ct);
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync(Ct)).ShouldContain(Today);
        (await town.GetFromJsonAsync<JsonElement>("/api/governance/assessments/2044/appeals", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
    }
}
