using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;
using MiniExcelLibs;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// Target decomposition (issue 14 §4): towns' targets imported from an .xlsx; a file with a unit that does not exist (or
/// any bad row) is refused with each row's message and changes nothing; each town reads its own targets.
/// </summary>
[Collection(GovernanceApp.Name)]
public sealed class TargetImportTests(GovernanceApiTests.Fixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, IEnumerable<object> rows)
    {
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, excelType: ExcelType.XLSX, cancellationToken: Ct);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(buffer.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "targets.xlsx");
        return await client.PostAsync("/api/governance/targets/import", content, Ct);
    }

    private static Dictionary<string, object> Row(object year, string indicator, string unit, object value) =>
        new() { ["年度"] = year, ["指标"] = indicator, ["单位"] = unit, ["目标值"] = value };

    [Fact]
    public async Task Import_BadRowRefusesTheFile_ThenAGoodFileSetsTargets_EachTownSeesItsOwn()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var refused = await ImportAsync(staff, [Row(2029, "patent-applications", "仓山镇", 120), Row(2029, "patent-applications", "不存在镇", 50), Row(2029, "专利申请量(年均)", "城门镇", "许多")]);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()).ToList();
        messages.ShouldContain(m => m!.Contains("第 3 行") && m.Contains("不存在镇"));
        messages.ShouldContain(m => m!.Contains("第 4 行") && m.Contains("许多"));
        (await staff.GetFromJsonAsync<JsonElement>("/api/governance/targets?year=2029", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "nothing was set");

        var imported = await ImportAsync(staff, [Row(2029, "patent-applications", "仓山镇", 120), Row(2029, "专利申请量(年均)", "350104101", 80)]);

        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(Ct));
        (await imported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("set").GetInt32().ShouldBe(2);
        var own = await (await fixture.LiaisonOf(GovernanceApiTests.Town)).GetFromJsonAsync<JsonElement>("/api/governance/targets?year=2029", Ct);
        var row = own.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("unitCode").GetString().ShouldBe(GovernanceApiTests.Town);
        row.GetProperty("target").GetDecimal().ShouldBe(120m);
        var twice = await ImportAsync(staff, [Row(2029, "patent-applications", "仓山镇", 1), Row(2029, "patent-applications", "350104100", 2)]);
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a town and indicator twice in one file");
    }

    [Fact]
    public async Task SetTarget_UnknownUnit_Refused()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var response = await staff.PutAsJsonAsync("/api/governance/targets", new { year = 2029, targetId = "patent-applications", ownerUnitCode = "no-such-town", value = 10 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("ownerUnitCode", out _).ShouldBeTrue();
    }
}
