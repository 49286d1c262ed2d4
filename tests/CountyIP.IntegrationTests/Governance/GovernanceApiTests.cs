using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// The leadership group's office over HTTP (issue 14): meetings, supervised tasks with their steps by role and scope,
/// report rounds and reviews, and the bad input the issue names. One app for the class; each test uses its own titles
/// and years, so the tests do not see each other's records.
/// </summary>
[Collection(GovernanceApp.Name)]
public sealed class GovernanceApiTests(GovernanceApiTests.Fixture fixture)
{
    /// <summary>Signed-in clients and a clock the appeal-window test can move.</summary>
    public sealed class Fixture : SignedInFactory
    {
        public MovableClock Clock { get; } = new();

        private readonly Dictionary<string, Task<TestClient>> liaisons = [];

        /// <summary>A liaison of the town or department <paramref name="code"/> (one account per code).</summary>
        public async Task<HttpClient> LiaisonOf(string code)
        {
            Task<TestClient> client;
            lock (liaisons)
            {
                if (!liaisons.TryGetValue(code, out client!))
                {
                    client = TestClient.SignedInAsync(this, code.All(char.IsDigit) ? Roles.TownLiaison : Roles.DepartmentLiaison, code);
                    liaisons[code] = client;
                }
            }

            return (await client).Http;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The tests move the clock and run the daily follow-up themselves; the scheduler would run it too, on its
            // own minute, when a moved clock enters a new day.
            builder.ConfigureTestServices(services => services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Clock).RemoveAll<RecurringJobSchedule>());
        }
    }

    /// <summary>The real time, moved by <see cref="Offset"/>.</summary>
    public sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }

    internal const string Town = "350104100";        // 仓山镇
    internal const string OtherTown = "350104101";   // 城门镇
    internal const string Department = "market-regulation";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => GovernanceHttp.ReadAsync(response, expected);

    private async Task<Guid> MeetingAsync(string title, string date)
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var meeting = await ReadAsync(await staff.PostAsJsonAsync("/api/governance/meetings", new { title, date, agenda = "一、通报进展；二、部署工作。" }, Ct), HttpStatusCode.Created);
        return meeting.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> TaskAsync(object body) =>
        await ReadAsync(await (await fixture.ClientAs(Roles.BureauStaff)).PostAsJsonAsync("/api/governance/tasks", body, Ct), HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/governance/tasks/{id}/actions", new { action, note }, Ct);

    [Fact]
    public async Task MeetingDecision_ToAcceptedTask_EachStepByItsRole()
    {
        var meeting = await MeetingAsync("督办流程测试会议", "2027-03-01");
        var task = await TaskAsync(new { title = "流程测试事项", ownerUnitCode = Town, deadline = "2027-03-31", meetingId = meeting });
        var id = task.GetProperty("id").GetGuid();
        task.GetProperty("ownerUnitCode").GetString().ShouldBe(Town);
        task.GetProperty("status").GetString().ShouldBe("Open");
        var town = await fixture.LiaisonOf(Town);
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        (await ActAsync(town, id, "accept")).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the state does not allow acceptance yet");
        await ReadAsync(await ActAsync(town, id, "progress", "已召开专题会议部署。"), HttpStatusCode.OK);
        await ReadAsync(await ActAsync(town, id, "request-completion", "已完成。"), HttpStatusCode.OK);
        (await ActAsync(town, id, "accept")).StatusCode.ShouldBe(HttpStatusCode.Conflict, "acceptance is the office's, not the owner's");
        (await ActAsync(staff, id, "return")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a return needs its reason");
        await ReadAsync(await ActAsync(staff, id, "return", "请补充佐证材料。"), HttpStatusCode.OK);
        await ReadAsync(await ActAsync(town, id, "complete", "已补充。"), HttpStatusCode.OK);
        var accepted = await ReadAsync(await ActAsync(staff, id, "accept"), HttpStatusCode.OK);

        accepted.GetProperty("status").GetString().ShouldBe("Completed");
        accepted.GetProperty("steps").GetArrayLength().ShouldBe(5);
        accepted.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        var detail = await (await fixture.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>($"/api/governance/meetings/{meeting}", Ct);
        detail.GetProperty("title").GetString().ShouldBe("督办流程测试会议");
    }

    [Fact]
    public async Task Tasks_ScopedToTheCaller_AnotherTownNeitherSeesNorActs()
    {
        var own = (await TaskAsync(new { title = "范围测试-本镇", ownerUnitCode = Town, deadline = "2027-05-31" })).GetProperty("id").GetGuid();
        var other = (await TaskAsync(new { title = "范围测试-他镇", ownerUnitCode = OtherTown, deadline = "2027-05-31" })).GetProperty("id").GetGuid();
        var town = await fixture.LiaisonOf(Town);

        var list = await town.GetFromJsonAsync<JsonElement>("/api/governance/tasks?pageSize=200", Ct);

        var owners = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ownerUnitCode").GetString()).Distinct().ToList();
        owners.ShouldBe([Town]);
        list.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == own);
        (await town.GetAsync($"/api/governance/tasks/{other}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ActAsync(town, other, "progress", "越权")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetAsync($"/governance/tasks/{other}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var leader = await (await fixture.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>("/api/governance/tasks?pageSize=200", Ct);
        leader.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == other, "a leader reads every unit's tasks");
        (await ActAsync(await fixture.ClientAs(Roles.Leadership), own, "progress", "领导")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Overdue_Filter_ListsOpenTasksPastTheirDeadline_InScope()
    {
        var past = (await TaskAsync(new { title = "逾期测试-已过期", ownerUnitCode = Department, deadline = "2020-01-10" })).GetProperty("id").GetGuid();
        var future = (await TaskAsync(new { title = "逾期测试-未到期", ownerUnitCode = Department, deadline = "2099-01-10" })).GetProperty("id").GetGuid();
        var department = await fixture.LiaisonOf(Department);

        var overdue = await department.GetFromJsonAsync<JsonElement>("/api/governance/tasks?overdue=true&pageSize=200", Ct);

        var item = overdue.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetGuid() == past).ShouldHaveSingleItem();
        foreach (var field in new[] { "id", "title", "ownerUnitCode", "deadline", "status" })
        {
            item.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        item.GetProperty("deadline").GetString().ShouldBe("2020-01-10");
        item.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == future);
        overdue.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("ownerUnitCode").GetString() == Department);
    }

    [Fact]
    public async Task LeadersBoard_ShowsOverdueTasksAndUnitsBehind()
    {
        await TaskAsync(new { title = "看板测试-逾期事项", ownerUnitCode = OtherTown, deadline = "2020-06-30" });

        var page = await (await fixture.ClientAs(Roles.Leadership)).GetAsync("/governance/board", Ct);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await Html.ParseAsync(page)).Body!.TextContent;
        text.ShouldContain("看板测试-逾期事项");
        text.ShouldContain("城门镇");
        (await Html.ParseAsync(await (await fixture.ClientAs(Roles.BureauStaff)).GetAsync("/governance/board", Ct)))
            .QuerySelector("[data-testid=board-cases-overdue]").ShouldNotBeNull();
    }

    [Fact]
    public async Task WorkingDays_CountTheHolidayCalendar_HolidaysRestMakeUpDaysWork()
    {
        // 2025 National Day: 1-8 October rest, Sunday 28 September and Saturday 11 October are working days.
        var meeting = await MeetingAsync("国庆前例会", "2025-09-26");

        var three = await TaskAsync(new { title = "三个工作日", ownerUnitCode = Town, workingDays = 3, meetingId = meeting });
        var five = await TaskAsync(new { title = "五个工作日", ownerUnitCode = Town, workingDays = 5, meetingId = meeting });
        var six = await TaskAsync(new { title = "六个工作日", ownerUnitCode = Town, workingDays = 6, meetingId = meeting });

        three.GetProperty("deadline").GetString().ShouldBe("2025-09-30", "28 Sep (make-up), 29, 30");
        five.GetProperty("deadline").GetString().ShouldBe("2025-10-10", "then 9 and 10 October, after the holiday");
        six.GetProperty("deadline").GetString().ShouldBe("2025-10-11", "the make-up Saturday counts");
    }

    [Fact]
    public async Task BadInput_ClearMessages_NothingCreated()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var meeting = await MeetingAsync("错误输入测试会议", "2027-06-15");

        var unknown = await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "未知单位", ownerUnitCode = "no-such-unit", deadline = "2027-07-01" }, Ct);
        var beforeMeeting = await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "早于会议", ownerUnitCode = Town, deadline = "2027-06-01", meetingId = meeting }, Ct);
        var noDeadline = await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "无时限", ownerUnitCode = Town }, Ct);
        var noTitle = await staff.PostAsJsonAsync("/api/governance/meetings", new { date = "2027-06-15" }, Ct);

        (await ReadAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("ownerUnitCode", out _).ShouldBeTrue();
        (await ReadAsync(beforeMeeting, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("deadline")[0].GetString()!.ShouldContain("2027-06-15");
        (await ReadAsync(noDeadline, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("deadline", out _).ShouldBeTrue();
        (await ReadAsync(noTitle, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("title", out _).ShouldBeTrue();
        var tasks = await staff.GetFromJsonAsync<JsonElement>($"/api/governance/tasks?meetingId={meeting}", Ct);
        tasks.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Reports_RoundSubmitReview_LateListed_TwoSubmissionsAtOnceLeaveOne()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var round = await ReadAsync(await staff.PostAsJsonAsync("/api/governance/reports/rounds", new { kind = "Dynamic", period = "2020-01", dueOn = "2020-02-10" }, Ct), HttpStatusCode.OK);
        round.GetProperty("created").GetInt32().ShouldBeGreaterThan(20, "every town and department owes one");
        (await ReadAsync(await staff.PostAsJsonAsync("/api/governance/reports/rounds", new { kind = "Dynamic", period = "2020-01" }, Ct), HttpStatusCode.OK))
            .GetProperty("created").GetInt32().ShouldBe(0, "asking twice owes nothing more");
        var town = await fixture.LiaisonOf(Town);
        var mine = (await town.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2020-01", Ct)).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var id = mine.GetProperty("id").GetGuid();
        mine.GetProperty("missing").GetBoolean().ShouldBeTrue("due in 2020 and not submitted");

        (await town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "submit" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "nothing written yet");
        await ReadAsync(await town.PutAsJsonAsync($"/api/governance/reports/{id}", new { work = "本月开展宣传活动一场。" }, Ct), HttpStatusCode.OK);
        var both = await Task.WhenAll(
            town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "submit" }, Ct),
            town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "submit" }, Ct));

        both.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        both.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        (await town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "accept" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "review is the office's");
        (await staff.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "return" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a return needs its reason");
        var returned = await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "return", note = "请补充数据。" }, Ct), HttpStatusCode.OK);
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        await ReadAsync(await town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "submit" }, Ct), HttpStatusCode.OK);
        var accepted = await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "accept" }, Ct), HttpStatusCode.OK);

        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
        await OfficialDocumentsAsync(town, id);
        accepted.GetProperty("late").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("figures").GetArrayLength().ShouldBeGreaterThan(0, "the figures in the town's scope travel with the report");
        var late = await staff.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2020-01&late=true&pageSize=200", Ct);
        late.GetProperty("total").GetInt32().ShouldBe(round.GetProperty("created").GetInt32(), "one late, the others missing");
        var other = (await staff.GetFromJsonAsync<JsonElement>($"/api/governance/reports?period=2020-01&owner={OtherTown}", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await town.GetAsync($"/api/governance/reports/{other}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PutAsJsonAsync($"/api/governance/reports/{other}", new { work = "越权" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The accepted report as an official document: the PDF's text carries the header, title, recipient and body; the .docx too.</summary>
    private static async Task OfficialDocumentsAsync(HttpClient client, Guid id)
    {
        var pdf = await client.GetAsync($"/api/governance/reports/{id}/document", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var path = Path.Combine(Path.GetTempPath(), $"report-{id}.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
        try
        {
            var text = await PdfTools.RunAsync("pdftotext", $"-layout {path} -");
            text.ShouldContain("仓山镇2020年1月知识产权工作动态");
            text.ShouldContain("区知识产权强县工程试点工作领导小组办公室：");
            text.ShouldContain("本月开展宣传活动一场。");
            var submitted = DateTime.UtcNow.AddHours(8);
            text.ShouldContain($"{submitted.Year}年{submitted.Month}月{submitted.Day}日", Case.Sensitive, "dated the day of its submission, in Chinese");
        }
        finally
        {
            File.Delete(path);
        }

        var docx = await client.GetAsync($"/api/governance/reports/{id}/document?format=docx&redHeader=false", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs[0].ShouldBe("仓山镇2020年1月知识产权工作动态", "without the red header the title comes first");
        paragraphs.ShouldContain("本月开展宣传活动一场。");
    }

    [Fact]
    public async Task DistrictSummary_AssemblesAcceptedReportsAndFigures_NamesTheMissing()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var town = await fixture.LiaisonOf(Town);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/reports/rounds", new { kind = "Annual", period = "2018" }, Ct), HttpStatusCode.OK);
        var id = (await town.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2018", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
        await ReadAsync(await town.PutAsJsonAsync($"/api/governance/reports/{id}", new { work = "全年走访企业三十家。" }, Ct), HttpStatusCode.OK);
        await ReadAsync(await town.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "submit" }, Ct), HttpStatusCode.OK);
        await ReadAsync(await staff.PostAsJsonAsync($"/api/governance/reports/{id}/actions", new { action = "accept" }, Ct), HttpStatusCode.OK);

        var summary = await ReadAsync(await (await fixture.ClientAs(Roles.Leadership)).GetAsync("/api/governance/reports/summary?kind=Annual&period=2018", Ct), HttpStatusCode.OK);

        summary.GetProperty("title").GetString().ShouldBe("仓山区2018年度知识产权强县工程试点工作总结");
        summary.GetProperty("accepted").GetInt32().ShouldBe(1);
        summary.GetProperty("units").EnumerateArray().ShouldHaveSingleItem().GetProperty("work").GetString().ShouldBe("全年走访企业三十家。");
        summary.GetProperty("missing").GetArrayLength().ShouldBe(summary.GetProperty("owed").GetInt32() - 1);
        summary.GetProperty("figures").EnumerateArray().ShouldContain(f => f.GetProperty("targetId").GetString() == "patent-applications"
            && f.GetProperty("href").GetString() == "/dashboard/patent-applications?year=2018");
        (await town.GetAsync("/api/governance/reports/summary?kind=Annual&period=2018", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the district's summary is the office's and the leaders'");
        var docx = await staff.GetAsync("/api/governance/reports/summary/document?kind=Annual&period=2018&format=docx", Ct);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        text.ShouldContain("仓山区知识产权强县工程试点工作领导小组办公室");
        text.ShouldContain("仓山镇：全年走访企业三十家。");
    }

    [Fact]
    public async Task Document_BeforeAcceptance_Refused()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        await ReadAsync(await staff.PostAsJsonAsync("/api/governance/reports/rounds", new { kind = "Annual", period = "2019" }, Ct), HttpStatusCode.OK);
        var id = (await staff.GetFromJsonAsync<JsonElement>($"/api/governance/reports?period=2019&owner={Town}", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();

        (await staff.GetAsync($"/api/governance/reports/{id}/document", Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Round_BadPeriod_Answers400()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var response = await staff.PostAsJsonAsync("/api/governance/reports/rounds", new { kind = "HalfYear", period = "2027-07" }, Ct);

        (await ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("period", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.BureauAdmin)]
    public async Task OutsideTheModule_ReadsAndPagesAreRefused(string role)
    {
        var client = await fixture.ClientAs(role);

        (await client.GetAsync("/api/governance/tasks", Ct)).ShouldBeRefused(anonymous: false, "tasks");
        (await client.GetAsync("/governance/tasks", Ct)).ShouldBeRefused(anonymous: false, "task page");
        (await client.GetAsync("/governance/assessment", Ct)).ShouldBeRefused(anonymous: false, "assessment page");
    }
}

/// <summary>
/// One app for every test class of the collection: starting an app costs about three seconds of the suite, and these
/// classes each make their own records (names and numbers unique per test), so they can share one; the collection's
/// classes run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GovernanceApp : ICollectionFixture<GovernanceApiTests.Fixture>
{
    public const string Name = "GovernanceApp";
}
