using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using static CountyIP.IntegrationTests.Infrastructure.ApiAnswers;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Outreach;

/// <summary>
/// Publicity and training over HTTP (issue 15): the calls the issue names, person-time counting, capacity under
/// concurrent sign-ups, the certificate, bad input and scope. One app for the class; each test uses its own year (all
/// in the past, so sessions can be attended and events confirmed) and its own titles.
/// </summary>
public sealed class OutreachApiTests(OutreachApiTests.Fixture fixture) : IClassFixture<OutreachApiTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueCalls_EventConfirmedAndAttendance_CountInTheTwoTargets()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var eventId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "4·26 宣传", theme = "WorldIpDay", date = "2003-04-26", place = "广场" }, Ct));
        (await IndicatorAsync(staff, "publicity-events", 2003)).ShouldBe(0m, "recorded, not yet confirmed");
        (await staff.PostAsync($"/api/outreach/events/{eventId}/confirm", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IndicatorAsync(staff, "publicity-events", 2003)).ShouldBe(1m);

        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "企业培训 2003", audience = "EnterpriseStaff", capacity = 50 }, Ct));
        var sessionId = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2003-05-10", start = "09:00", end = "11:30", place = "培训室" }, Ct));
        var registrationId = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "王伟", organisation = "某公司", phone = "13800000000" }, Ct));

        var first = await staff.PostAsJsonAsync($"/api/outreach/sessions/{sessionId}/attendance", new { registrationId }, Ct);
        var second = await staff.PostAsJsonAsync($"/api/outreach/sessions/{sessionId}/attendance", new { registrationId }, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("counted").GetBoolean().ShouldBeTrue();
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("counted").GetBoolean().ShouldBeFalse();
        (await IndicatorAsync(staff, "training-person-times", 2003)).ShouldBe(1m);
    }

    [Fact]
    public async Task PersonTimes_OnePerAttendedSession_NoShowsAndWaitListedOut_SessionsCountInTheirYear()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "跨年培训", audience = "Public", capacity = 2 }, Ct));
        var newYearsEve = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2004-12-31", start = "14:00", end = "16:00" }, Ct));
        var newYearsDay = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2005-01-01", start = "09:00", end = "11:00" }, Ct));
        var a = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "甲", phone = "13900000001" }, Ct));
        var b = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "乙", phone = "13900000002" }, Ct));
        var waiting = await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "丙", phone = "13900000003" }, Ct);
        (await waiting.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString().ShouldBe("WaitListed");
        var c = await IdAsync(waiting);

        await AttendAsync(staff, newYearsEve, a);
        await AttendAsync(staff, newYearsEve, b);
        await AttendAsync(staff, newYearsDay, a); // b did not come on 1 January
        (await staff.PostAsJsonAsync($"/api/outreach/sessions/{newYearsDay}/attendance", new { registrationId = c }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a wait-listed person holds no seat");

        (await IndicatorAsync(staff, "training-person-times", 2004)).ShouldBe(2m);
        (await IndicatorAsync(staff, "training-person-times", 2005)).ShouldBe(1m);

        // Split by audience (issue 15 §2 "breakdowns by audience kind"): all of 2004's person-times are the public's.
        var byAudience = await staff.GetFromJsonAsync<JsonElement>("/api/indicators/training-person-times/breakdown?plan=cangshan-2013&year=2004&kind=audience", Ct);
        var slice = byAudience.EnumerateArray().ShouldHaveSingleItem();
        slice.GetProperty("key").GetString().ShouldBe("Public");
        slice.GetProperty("value").GetDecimal().ShouldBe(2m);
    }

    [Fact]
    public async Task Capacity_ThirtyConcurrentSignUps_NeverMoreSeatsThanCapacity()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "热门课程", audience = "EnterpriseStaff", capacity = 10, publicSignUp = true }, Ct));
        var anonymous = await fixture.ClientAs(null);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            anonymous.PostAsJsonAsync($"/api/outreach/public/courses/{courseId}/registrations", new { name = $"学员{i}", phone = $"1370000{i:D4}" }, Ct)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var states = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString()));
        states.Count(s => s == "Registered").ShouldBe(10);
        states.Count(s => s == "WaitListed").ShouldBe(20);
        var course = await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{courseId}", Ct);
        course.GetProperty("seatsTaken").GetInt32().ShouldBe(10);
        course.GetProperty("waitListed").GetInt32().ShouldBe(20);
    }

    [Fact]
    public async Task Cancel_SeatPassesToTheFirstOnTheWaitingList()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "一个名额", audience = "Public", capacity = 1 }, Ct));
        var holder = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "先", phone = "13600000001" }, Ct));
        var next = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "后", phone = "13600000002" }, Ct));

        (await staff.PostAsync($"/api/outreach/registrations/{holder}/cancel", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var roster = await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{courseId}/registrations", Ct);
        roster.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == next.ToString()).GetProperty("state").GetString().ShouldBe("Registered");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{courseId}", Ct)).GetProperty("seatsTaken").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Certificate_AllSessionsAttended_ChinesePdfWithACodeThePublicChecks()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "继续教育班", audience = "IpSpecialists", capacity = 5, creditHours = 12 }, Ct));
        var one = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2006-09-10", start = "09:00", end = "12:00" }, Ct));
        var two = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2006-09-11", start = "09:00", end = "12:00" }, Ct));
        var full = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "欧阳明月", phone = "13500000001" }, Ct));
        var half = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "李雷", phone = "13500000002" }, Ct));
        await AttendAsync(staff, one, full);
        await AttendAsync(staff, two, full);
        await AttendAsync(staff, one, half);

        (await staff.GetAsync($"/api/outreach/registrations/{half}/certificate", Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var pdf = await staff.GetAsync($"/api/outreach/registrations/{full}/certificate", Ct);

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync(Ct));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var path = Path.Combine(Path.GetTempPath(), $"certificate-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
            var text = string.Concat((await PdfTools.RunAsync("pdftotext", $"\"{path}\" -")).Where(ch => !char.IsWhiteSpace(ch)));
            text.ShouldContain("结业证书");
            text.ShouldContain("欧阳明月");
            text.ShouldContain("继续教育班");
            text.ShouldContain("12学时");
            var code = System.Text.RegularExpressions.Regex.Match(text, "查验码）：([0-9A-Z]{12})").Groups[1].Value;
            code.Length.ShouldBe(12);
            var check = await (await fixture.ClientAs(null)).GetFromJsonAsync<JsonElement>($"/api/outreach/public/certificates/{code}", Ct);
            check.GetProperty("maskedName").GetString().ShouldBe("欧***");
            check.GetProperty("courseTitle").GetString().ShouldBe("继续教育班");
        }
        finally
        {
            File.Delete(path);
        }

        (await (await fixture.ClientAs(null)).GetAsync("/api/outreach/public/certificates/ZZZZZZZZZZZZ", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadInput_ClearFieldErrors_NothingStored()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "五月课程", audience = "Public", capacity = 5, startsOn = "2007-05-01", endsOn = "2007-05-31" }, Ct));

        await ShouldFailUnderAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "某", phone = "12345" }, Ct), "phone");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2007-06-02", start = "09:00", end = "10:00" }, Ct), "date");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2007-05-02", start = "10:00", end = "09:00" }, Ct), "end");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "无主题", date = "2007-05-02" }, Ct), "theme");

        var eventId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "图片测试", theme = "Other", date = "2007-05-03" }, Ct));
        using var notAnImage = new MultipartFormDataContent { { new ByteArrayContent("this is text, not a photo"u8.ToArray()), "file", "photo.jpg" } };
        await ShouldFailUnderAsync(await staff.PostAsync($"/api/outreach/events/{eventId}/files", notAnImage, Ct), "file");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/events/{eventId}/files", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        var sessions = await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{courseId}/sessions", Ct);
        sessions.GetProperty("total").GetInt32().ShouldBe(0);
        var roster = await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/courses/{courseId}/registrations", Ct);
        roster.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Scope_TownLiaisonRecordsForItsOwnUnit_OthersOnlyTheBureauSees()
    {
        var town = await fixture.ClientAs(Roles.TownLiaison);
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var created = await town.PostAsJsonAsync("/api/outreach/events", new { title = "镇街进社区", theme = "IntoCommunities", date = "2008-06-01", organiserCode = "ip-bureau" }, Ct);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("organiserCode").GetString().ShouldBe("350104001", "a liaison's event is always their own unit's");
        var id = body.GetProperty("id").GetString();

        (await town.PostAsync($"/api/outreach/events/{id}/confirm", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bureauEvent = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "局机关活动", theme = "IpWeek", date = "2008-04-20" }, Ct));
        (await town.GetAsync($"/api/outreach/events/{bureauEvent}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await town.GetFromJsonAsync<JsonElement>("/api/outreach/events?year=2008", Ct);
        list.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("organiserCode").GetString() == "350104001");
        (await staff.PostAsync($"/api/outreach/events/{id}/confirm", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IndicatorAsync(town, "publicity-events", 2008)).ShouldBe(1m);
    }

    [Fact]
    public async Task PaperRoster_RowsCheckedFirst_GoodRowsRecordedOnlyWhenApplied()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "纸质签到", audience = "Public", capacity = 5 }, Ct));
        var session = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2002-03-01", start = "09:00", end = "10:00" }, Ct));
        await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "赵六", phone = "13200000001" }, Ct));
        var rows = new[]
        {
            new Dictionary<string, object> { ["姓名"] = "赵六", ["电话"] = "13200000001" },
            new Dictionary<string, object> { ["姓名"] = "钱七", ["电话"] = "13200000009" },
            new Dictionary<string, object> { ["姓名"] = "孙八", ["电话"] = "12345" },
        };

        var preview = await PostRosterAsync(staff, session, rows, apply: false);
        preview.GetProperty("good").GetInt32().ShouldBe(1);
        preview.GetProperty("recorded").GetInt32().ShouldBe(0);
        preview.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("error").ValueKind == JsonValueKind.String).ShouldBe(2);
        (await IndicatorAsync(staff, "training-person-times", 2002)).ShouldBe(0m, "nothing recorded before the officer confirms");

        (await PostRosterAsync(staff, session, rows, apply: true)).GetProperty("recorded").GetInt32().ShouldBe(1);
        (await IndicatorAsync(staff, "training-person-times", 2002)).ShouldBe(1m);

        var noPhone = new[] { new Dictionary<string, object> { ["姓名"] = "赵六" } };
        using var bad = RosterContent(noPhone);
        await ShouldFailUnderAsync(await staff.PostAsync($"/api/outreach/sessions/{session}/roster", bad, Ct), "file");
    }

    private static async Task<JsonElement> PostRosterAsync(HttpClient client, Guid session, IEnumerable<Dictionary<string, object>> rows, bool apply)
    {
        using var content = RosterContent(rows);
        var response = await client.PostAsync($"/api/outreach/sessions/{session}/roster?apply={apply}", content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static MultipartFormDataContent RosterContent(IEnumerable<Dictionary<string, object>> rows)
    {
        var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);
        return new MultipartFormDataContent { { new ByteArrayContent(xlsx.ToArray()), "file", "roster.xlsx" } };
    }

    [Fact]
    public async Task MonitoringFigures_FiveIntosReachAndPersonTimesByAudience()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        foreach (var (theme, confirm) in new[] { ("IntoSchools", true), ("IntoFamilies", true), ("IntoSchools", true), ("IntoOffices", false) })
        {
            var id = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "五进 " + theme, theme, date = "2010-05-04" }, Ct));
            if (confirm)
            {
                (await staff.PostAsync($"/api/outreach/events/{id}/confirm", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }

        var courseId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/courses", new { title = "小学生科普课", audience = "Students", capacity = 30 }, Ct));
        var session = await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/sessions", new { date = "2010-06-01", start = "14:00", end = "15:00" }, Ct));
        await AttendAsync(staff, session, await IdAsync(await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name = "小明", phone = "13300000001" }, Ct)));

        var body = await staff.GetFromJsonAsync<JsonElement>("/api/indicators/monitoring?year=2010", Ct);
        var items = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetString()!.StartsWith("outreach-", StringComparison.Ordinal))
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("value").GetDecimal());
        items["outreach-five-intos-events"].ShouldBe(3m, "the unconfirmed event into offices does not count");
        items["outreach-five-intos-kinds"].ShouldBe(2m);
        items["outreach-person-times-students-public"].ShouldBe(1m);
        items["outreach-person-times-officials"].ShouldBe(0m);
    }

    [Fact]
    public async Task MediaAndMaterials_CoverageLinkedToItsEvent_PublicMaterialsOnlyOnThePortal()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var eventId = await IdAsync(await staff.PostAsJsonAsync("/api/outreach/events", new { title = "典型案例发布会", theme = "Media", date = "2009-04-20" }, Ct));
        (await staff.PostAsJsonAsync("/api/outreach/media", new { outlet = "福州日报", date = "2009-04-21", title = "仓山发布典型案例", link = "https://example.com/a", eventId }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/outreach/media", new { outlet = "报", date = "2009-04-21", title = "坏链接", link = "ftp://x" }, Ct), "link");
        var media = await staff.GetFromJsonAsync<JsonElement>($"/api/outreach/media?eventId={eventId}", Ct);
        media.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("eventTitle").GetString().ShouldBe("典型案例发布会");

        var pdf = CountyIP.Platform.Files.DemoEvidence.Pdf("Training slides (test)");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("内部课件" + Guid.NewGuid().ToString("N")[..4]), "title" },
            { new StringContent("Slides"), "kind" },
            { new StringContent("Other"), "theme" },
            { new StringContent("false"), "isPublic" },
            { new ByteArrayContent(pdf), "file", "slides.pdf" },
        };
        var uploaded = await staff.PostAsync("/api/outreach/materials", form, Ct);
        var materialId = await IdAsync(uploaded);
        var anonymous = await fixture.ClientAs(null);
        (await anonymous.GetAsync($"/api/outreach/public/materials/{materialId}/file", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "internal until marked public");
        (await staff.PostAsync($"/api/outreach/materials/{materialId}/publish?isPublic=true", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/api/outreach/public/materials/{materialId}/file", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var notAVideo = new MultipartFormDataContent
        {
            { new StringContent("视频"), "title" },
            { new StringContent("Video"), "kind" },
            { new StringContent("Other"), "theme" },
            { new ByteArrayContent("not a video at all"u8.ToArray()), "file", "clip.mp4" },
        };
        await ShouldFailUnderAsync(await staff.PostAsync("/api/outreach/materials", notAVideo, Ct), "file");
    }

    [Theory]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.Auditor)]
    public async Task WithoutRecord_WritesAreRefused(string role)
    {
        var client = await fixture.ClientAs(role);

        (await client.PostAsJsonAsync("/api/outreach/events", new { title = "拒绝", theme = "Other", date = "2009-01-05" }, Ct)).ShouldBeRefused(anonymous: false, "record an event");
        (await client.PostAsJsonAsync("/api/outreach/courses", new { title = "拒绝", audience = "Public", capacity = 5 }, Ct)).ShouldBeRefused(anonymous: false, "announce a course");
        (await (await fixture.ClientAs(null)).GetAsync("/api/outreach/events", Ct)).ShouldBeRefused(anonymous: true, "anonymous list");
    }

    private static async Task AttendAsync(HttpClient client, Guid session, Guid registration)
    {
        var response = await client.PostAsJsonAsync($"/api/outreach/sessions/{session}/attendance", new { registrationId = registration }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }
}
