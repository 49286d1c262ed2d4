using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Security;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Audit.AuditDb;

namespace CountyIP.IntegrationTests.Audit;

/// <summary>Issue 2 §5: the Auditor's API and pages, export, and the recording of access denials.</summary>
public sealed class AuditApiTests(AuditAppFactory factory) : IClassFixture<AuditAppFactory>
{
    public static TheoryData<string> OtherRoles => [Roles.BureauAdmin, Roles.BureauStaff, Roles.Leadership];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task GetAuditApiAndPages_NotAuditor_ForbiddenAndDenialRecorded(string role)
    {
        using var client = await TestClient.SignedInAsync(factory, role);

        using var list = await client.GetAsync("/api/audit");
        using var verify = await client.GetAsync("/api/audit/verify");
        using var export = await client.GetAsync("/api/audit/export");
        using var page = await client.GetAsync("/audit");

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        verify.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        export.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
        var denials = await RecordsByActionAsync(factory, AuditActions.AccessDenied, client.User!.UserName);
        denials.Select(d => d.EntityKey).ShouldBe(["GET /api/audit", "GET /api/audit/verify", "GET /api/audit/export", "GET /audit"]);
        denials.ShouldAllBe(d => d.Outcome == AuditOutcome.Denied && d.Role == role);
        denials[^1].EntityType.ShouldBe("Page");
    }

    [Fact]
    public async Task GetAuditApi_Anonymous_ChallengedAndNotRecordedAsDenial()
    {
        using var client = new TestClient(factory);

        using var response = await client.GetAsync("/api/audit/verify");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await RecordsByActionAsync(factory, AuditActions.AccessDenied, "anonymous")).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAuditApi_AuditorFiltersByEntityKey_ReturnsTheRecordWithActorAndRequestId()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.Auditor);
        var id = await CreateRoleAsync(factory);

        var page = await client.Http.GetFromJsonAsync<JsonElement>($"/api/audit?entityType={Uri.EscapeDataString(RoleType)}&q={id}&outcome=Success", Ct);
        var verify = await client.Http.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);

        page.GetProperty("total").GetInt32().ShouldBe(1);
        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("action").GetString().ShouldBe(AuditActions.Create);
        item.GetProperty("entityKey").GetString().ShouldBe(id.ToString());
        var sequence = item.GetProperty("sequence").GetInt64();
        var detail = await client.Http.GetFromJsonAsync<JsonElement>($"/api/audit/{sequence}", Ct);
        detail.GetProperty("after").GetString()!.ShouldContain(id.ToString());
        verify.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verify.GetProperty("checked").GetInt64().ShouldBeGreaterThanOrEqualTo(sequence);
        verify.GetProperty("firstBrokenSequence").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task ExportAudit_Auditor_StreamsWorkbookAndRecordsTheExport()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.Auditor);
        var id = await CreateRoleAsync(factory);

        using var response = await client.GetAsync($"/api/audit/export?q={id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldHaveSingleItem().Values.ShouldContain(id.ToString());
        var export = (await RecordsByActionAsync(factory, AuditActions.Export, client.User!.UserName)).ShouldHaveSingleItem();
        export.EntityType.ShouldBe(nameof(AuditRecord));
        export.Detail.ShouldNotBeNull().ShouldStartWith("1 rows");
    }

    [Fact]
    public async Task OpenAuditPages_Auditor_ListsRecordShowsDetailAndChainCheck()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.Auditor);
        var id = await CreateRoleAsync(factory, $"page-role-{Guid.NewGuid():N}");

        var list = await client.GetPageAsync($"/audit?q={id}");
        var row = list.ByTestId("audit-table").QuerySelectorAll("tbody tr").ShouldHaveSingleItem();
        var detail = await client.GetPageAsync($"/audit/{row.GetAttribute("data-sequence")}");
        var verify = await client.GetPageAsync("/audit/verify");

        row.QuerySelector("td")!.Text().ShouldBe("1");
        row.Text().ShouldContain(id.ToString());
        list.ByTestId("pager-total").Text().ShouldContain("1");
        list.ByTestId("audit-export").GetAttribute("href").ShouldBe($"/api/audit/export?q={id}");
        detail.ByTestId("audit-after").Text().ShouldContain("page-role-");
        detail.ByTestId("audit-before").Text().ShouldNotContain("page-role-");
        verify.ByTestId("audit-chain-valid");
    }
}
