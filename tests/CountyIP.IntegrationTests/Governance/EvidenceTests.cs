using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// Evidence files of governance records (issue 14): a town attaches a file to its own task and reads it back; another
/// town can neither attach nor read it; the minutes of a meeting are the office's; a file that is not a document is
/// refused and nothing is stored.
/// </summary>
[Collection(GovernanceApp.Name)]
public sealed class EvidenceTests(GovernanceApiTests.Fixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> AttachAsync(HttpClient client, string subject, Guid id, byte[] bytes, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        return await client.PostAsync($"/api/governance/evidence?subject={subject}&subjectId={id}", content, Ct);
    }

    [Fact]
    public async Task TaskEvidence_OwnTownAttachesAndReads_AnotherTownNeither_NotADocumentRefused()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var task = await GovernanceHttp.ReadAsync(await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "佐证测试", ownerUnitCode = GovernanceApiTests.Town, deadline = "2027-10-30" }, Ct), HttpStatusCode.Created);
        var id = task.GetProperty("id").GetGuid();
        var town = await fixture.LiaisonOf(GovernanceApiTests.Town);
        var other = await fixture.LiaisonOf(GovernanceApiTests.OtherTown);

        var added = await GovernanceHttp.ReadAsync(await AttachAsync(town, "Task", id, Funding.EvidenceFiles.Pdf("活动照片说明"), "活动记录.pdf"), HttpStatusCode.Created);
        (await AttachAsync(other, "Task", id, Funding.EvidenceFiles.Pdf("越权"), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AttachAsync(town, "Task", id, "just text"u8.ToArray(), "note.pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var list = await town.GetFromJsonAsync<JsonElement>($"/api/governance/evidence?subject=Task&subjectId={id}", Ct);
        list.GetProperty("total").GetInt32().ShouldBe(1, "the refused file left nothing");
        var download = await town.GetAsync($"/api/governance/evidence/{added.GetProperty("id").GetGuid()}", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await other.GetAsync($"/api/governance/evidence/{added.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetFromJsonAsync<JsonElement>($"/api/governance/evidence?subject=Task&subjectId={id}", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task MeetingMinutes_TheOfficeAttaches_ATownMayNot_EveryoneReads()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var meeting = (await GovernanceHttp.ReadAsync(await staff.PostAsJsonAsync("/api/governance/meetings", new { title = "纪要文件测试", date = "2027-04-01" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await GovernanceHttp.ReadAsync(await AttachAsync(staff, "Meeting", meeting, Funding.EvidenceFiles.Pdf("会议纪要"), "纪要.pdf"), HttpStatusCode.Created);
        var town = await fixture.LiaisonOf(GovernanceApiTests.Town);

        (await AttachAsync(town, "Meeting", meeting, Funding.EvidenceFiles.Pdf("镇"), "x.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetFromJsonAsync<JsonElement>($"/api/governance/evidence?subject=Meeting&subjectId={meeting}", Ct)).GetProperty("total").GetInt32().ShouldBe(1);
    }
}
