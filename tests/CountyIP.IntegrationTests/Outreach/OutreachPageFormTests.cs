using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using static CountyIP.IntegrationTests.Infrastructure.ApiAnswers;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Outreach;

/// <summary>
/// The module's page forms as a browser posts them: a paper roster checked row by row (nothing recorded), then the
/// good rows recorded on confirmation; the bureau's confirmation of an event on its page; the media and materials
/// upload forms, where a file that is not what it claims is refused under the file field and nothing is stored.
/// </summary>
public sealed class OutreachPageFormTests(OutreachPageFormTests.Fixture fixture) : IClassFixture<OutreachPageFormTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PaperRoster_CheckedOnThePage_ThenConfirmed_RecordsTheGoodRowsOnly()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "页面签到表", audience = "Public", capacity = 5 }, Ct));
        var sessionId = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2001-05-01", start = "09:00", end = "10:00" }, Ct));
        await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "周九", phone = "13100000001" }, Ct));
        var url = $"/outreach/courses/{courseId}";

        var page = await Html.ParseAsync(await staff.GetAsync(url, Ct));
        var values = Forms.Values(Forms.Find(page, $"roster-check-{sessionId:N}"));
        using var check = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            check.Add(new StringContent(value), name);
        }

        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object> { ["姓名"] = "周九", ["电话"] = "13100000001" },
            new Dictionary<string, object> { ["姓名"] = "吴十", ["电话"] = "13100000002" },
        });
        check.Add(new ByteArrayContent(xlsx.ToArray()), "file", "roster.xlsx");
        var checkedPage = await Html.ParseAsync(await staff.PostAsync(url, check, Ct));

        checkedPage.QuerySelectorAll("[data-testid='roster-preview-row']").Length.ShouldBe(2);
        checkedPage.QuerySelectorAll("[data-testid='roster-preview-row'][data-ok]").Length.ShouldBe(1);
        (await CourseAsync(staff, courseId)).GetProperty("personTimes").GetInt32().ShouldBe(0, "nothing recorded by the check");

        var apply = Forms.Values(Forms.Find(checkedPage, "roster-apply"));
        var registrations = Forms.Find(checkedPage, "roster-apply").QuerySelectorAll("input[name='Registration']").Select(i => i.GetAttribute("value")!).ToList();
        registrations.Count.ShouldBe(1);
        var body = apply.Where(v => v.Key != "Registration").Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Concat(registrations.Select(r => new KeyValuePair<string, string>("Registration", r)));
        var applied = await staff.PostAsync(url, new FormUrlEncodedContent(body), Ct);

        applied.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.SeeOther);
        (await CourseAsync(staff, courseId)).GetProperty("personTimes").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task EventPage_BureauConfirms_TheEventCounts()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var eventId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "页面确认", theme = "IpWeek", date = "2001-04-22" }, Ct));
        var url = $"/outreach/events/{eventId}";
        var page = await Html.ParseAsync(await staff.GetAsync(url, Ct));

        var posted = await staff.PostAsync(url, new FormUrlEncodedContent(Forms.Values(Forms.Find(page, "event-confirm"))), Ct);

        posted.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.SeeOther);
        (await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/events/{eventId}", Ct)).GetProperty("confirmed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task MediaPage_ScanThatIsNotAnImage_RefusedUnderTheField_ThenAPdfScanIsKept()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var title = "页面媒体报道" + Guid.NewGuid().ToString("N")[..6];
        var page = await Html.ParseAsync(await staff.GetAsync("/outreach/media", Ct));
        var values = Forms.Values(Forms.Find(page, "media-new"));
        values["Input.Outlet"] = "仓山电视台";
        values["Input.Date"] = "2001-06-01";
        values["Input.Title"] = title;

        var refused = await Html.ParseAsync(await staff.PostAsync("/outreach/media", Multipart(values, "scan.jpg", "this is not a jpeg"u8.ToArray()), Ct));

        refused.QuerySelector("[data-testid='media-form'] .validation-message").ShouldNotBeNull(refused.Body!.TextContent).TextContent.ShouldContain("scan.jpg");
        (await MediaTitlesAsync(staff)).ShouldNotContain(title);

        var saved = await staff.PostAsync("/outreach/media", Multipart(values, "clipping.pdf", CountyIP.Platform.Files.DemoEvidence.Pdf("Clipping (test)")), Ct);

        saved.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.SeeOther);
        var media = await staff.GetFromJsonAsync<JsonElement>("/api/outreach/media?year=2001", Ct);
        media.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("title").GetString() == title).GetProperty("scanName").GetString().ShouldBe("clipping.pdf");
    }

    [Fact]
    public async Task MaterialsPage_VideoThatIsNotAVideo_RefusedUnderTheField_NothingStored()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var title = "页面视频" + Guid.NewGuid().ToString("N")[..6];
        var page = await Html.ParseAsync(await staff.GetAsync("/outreach/materials", Ct));
        var values = Forms.Values(Forms.Find(page, "material-new"));
        values["Input.Title"] = title;
        values["Input.Kind"] = "Video";
        values["Input.Theme"] = "Other";

        var refused = await Html.ParseAsync(await staff.PostAsync("/outreach/materials", Multipart(values, "clip.mp4", "not a video at all"u8.ToArray()), Ct));

        refused.QuerySelector("[data-testid='material-form'] .validation-message").ShouldNotBeNull(refused.Body!.TextContent).TextContent.ShouldContain("clip.mp4");
        (await staff.GetStringAsync("/api/outreach/materials?pageSize=200", Ct)).ShouldNotContain(title);

        values["Input.Kind"] = "Slides";
        var saved = await staff.PostAsync("/outreach/materials", Multipart(values, "slides.pdf", CountyIP.Platform.Files.DemoEvidence.Pdf("Slides (test)")), Ct);

        saved.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.SeeOther);
        (await staff.GetStringAsync("/api/outreach/materials?pageSize=200", Ct)).ShouldContain(title);
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> values, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(content), "file", fileName);
        return form;
    }

    private static async Task<List<string>> MediaTitlesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/outreach/media?year=2001", Ct)).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("title").GetString()!)];

    private static async Task<JsonElement> CourseAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{id}", Ct);
}
