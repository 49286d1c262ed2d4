using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CountyIP.IntegrationTests.Funding;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Publishing;

/// <summary>
/// The public portal (issue 13 §4) over HTTP: staff write, publish, pin and withdraw notices with attachments and
/// calendar entries; the public — not signed in — sees published items only, with their files, in the lists, the home
/// page, the feed and the site map, and nothing of a draft or a withdrawn item; steps a state does not allow are refused
/// and change nothing; without <c>Publishing.Manage</c> nothing is written.
/// </summary>
public sealed class PortalTests(PortalTests.Fixture fixture) : IClassFixture<PortalTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Draft_IsHiddenFromThePublic_UntilPublished_AndGoneAgainWhenWithdrawn()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        var article = await CreateAsync(staff, "Notice", "关于申报专项资金的通知 lifecycle");
        var id = article.GetProperty("id").GetGuid();

        (await anonymous.GetAsync($"/api/portal/articles/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TextAsync(anonymous, "/portal/notices")).ShouldNotContain("lifecycle");
        (await anonymous.GetStringAsync($"/portal/articles/{id}", Ct)).ShouldContain("data-testid=\"not-found\"");

        var published = await ActAsync(staff, id, "publish", article.GetProperty("version").GetGuid());
        published.GetProperty("state").GetString().ShouldBe("Published");
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/articles?channel=Notice&q=lifecycle", Ct);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        var page = await anonymous.GetStringAsync($"/portal/articles/{id}", Ct);
        page.ShouldContain("data-testid=\"public-article-detail\"");
        page.ShouldNotContain("staff.", customMessage: "the public page names no account");

        await ActAsync(staff, id, "withdraw", published.GetProperty("version").GetGuid());
        (await anonymous.GetAsync($"/api/portal/articles/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/articles?q=lifecycle", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Attachment_IsServedToThePublicOnlyWhileTheArticleIsPublished_WithoutItsAuthor()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        var article = await CreateAsync(staff, "Policy", "专项资金管理办法 attachment");
        var id = article.GetProperty("id").GetGuid();

        var upload = await staff.PostAsync($"/api/publishing/articles/{id}/attachments", File(EvidenceFiles.Docx("张三"), "申报表.docx"), Ct);
        upload.StatusCode.ShouldBe(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync(Ct));
        var fileId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var publicUrl = $"/api/portal/articles/{id}/attachments/{fileId}";
        (await anonymous.GetAsync(publicUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft's file is not public");

        var current = await staff.GetFromJsonAsync<JsonElement>($"/api/publishing/articles/{id}", Ct);
        await ActAsync(staff, id, "publish", current.GetProperty("version").GetGuid());
        var download = await anonymous.GetAsync(publicUrl, Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await download.Content.ReadAsByteArrayAsync(Ct);
        System.Text.Encoding.UTF8.GetString(bytes).ShouldNotContain("张三");
        (await anonymous.GetStringAsync($"/portal/articles/{id}", Ct)).ShouldContain(publicUrl);
    }

    [Fact]
    public async Task Upload_OfAFileThatIsNoDocument_Answers400AndStoresNothing()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var id = (await CreateAsync(staff, "News", "附件拒收")).GetProperty("id").GetGuid();

        var refused = await staff.PostAsync($"/api/publishing/articles/{id}/attachments", File("MZ not a document"u8.ToArray(), "policy.pdf"), Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        (await staff.GetFromJsonAsync<JsonElement>($"/api/publishing/articles/{id}", Ct)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Steps_TheStateDoesNotAllow_Answer409_AndAStaleVersion409_AndAnUnknownOne400()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var article = await CreateAsync(staff, "Notice", "状态规则");
        var id = article.GetProperty("id").GetGuid();
        var version = article.GetProperty("version").GetGuid();

        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "withdraw", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "pin", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "archive", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var published = await ActAsync(staff, id, "publish", version);
        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "unpin", version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the version read before publishing is stale");
        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "delete", version = published.GetProperty("version").GetGuid() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a published item is withdrawn, not deleted");

        (await staff.GetFromJsonAsync<JsonElement>($"/api/publishing/articles/{id}", Ct)).GetProperty("state").GetString().ShouldBe("Published");
    }

    [Fact]
    public async Task Draft_IsDeleted_AndMalformedInputIsRefusedWithTheFieldNames()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var article = await CreateAsync(staff, "Notice", "删除草稿");
        var id = article.GetProperty("id").GetGuid();

        (await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action = "delete", version = article.GetProperty("version").GetGuid() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetAsync($"/api/publishing/articles/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var bad = await staff.PostAsJsonAsync("/api/publishing/articles/", new { title = new string('长', 201), body = "" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.TryGetProperty("channel", out _).ShouldBeTrue();
        errors.TryGetProperty("title", out _).ShouldBeTrue();
        errors.TryGetProperty("body", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Pinned_ComesFirstInItsChannelAndOnTheHomePage()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        var older = await PublishedAsync(staff, "News", "置顶测试 旧闻");
        await PublishedAsync(staff, "News", "置顶测试 新闻");
        await ActAsync(staff, older.GetProperty("id").GetGuid(), "pin", older.GetProperty("version").GetGuid());

        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/articles?channel=News&q=%E7%BD%AE%E9%A1%B6%E6%B5%8B%E8%AF%95", Ct);

        list.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("置顶测试 旧闻");
        list.GetProperty("items")[0].GetProperty("pinned").GetBoolean().ShouldBeTrue();
        var home = await Html.ParseAsync(await anonymous.GetAsync("/portal", Ct));
        home.ByTestId("pinned").Text().ShouldContain("置顶测试 旧闻");
    }

    [Fact]
    public async Task Feed_AndSiteMap_ListPublishedItemsOnly_AsValidXml()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        var published = await PublishedAsync(staff, "Notice", "订阅 <测试> & 公告");
        await CreateAsync(staff, "Notice", "订阅 草稿");

        var rss = await anonymous.GetAsync("/portal/rss.xml", Ct);
        rss.Content.Headers.ContentType!.MediaType.ShouldBe("application/rss+xml");
        var feed = XDocument.Parse(await rss.Content.ReadAsStringAsync(Ct));
        var titles = feed.Descendants("item").Select(i => (string?)i.Element("title")).ToList();
        titles.ShouldContain("订阅 <测试> & 公告");
        titles.ShouldNotContain("订阅 草稿");

        var sitemap = XDocument.Parse(await anonymous.GetStringAsync("/sitemap.xml", Ct));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        locations.ShouldContain(l => l.EndsWith($"/portal/articles/{published.GetProperty("id").GetGuid()}", StringComparison.Ordinal));
        locations.ShouldContain(l => l.EndsWith("/portal/patents", StringComparison.Ordinal));
        locations.ShouldContain(l => l.EndsWith("/portal/complaints/new", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_ShowsPublishedEventsOfThePeriod_AndRefusesAnEndBeforeTheStart()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);

        var bad = await staff.PostAsJsonAsync("/api/publishing/events/", new { title = "倒置", startsOn = "2031-05-02", endsOn = "2031-05-01" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("endsOn", out _).ShouldBeTrue();

        var created = await (await staff.PostAsJsonAsync("/api/publishing/events/", new { title = "专利检索培训班", startsOn = "2031-05-20", endsOn = "2031-05-21", place = "行政服务中心" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var draft = await (await staff.PostAsJsonAsync("/api/publishing/events/", new { title = "未发布的活动", startsOn = "2031-05-22" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await staff.PostAsJsonAsync($"/api/publishing/events/{created.GetProperty("id").GetGuid()}/actions", new { action = "publish" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var calendar = await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/events?from=2031-05-21&to=2031-05-31", Ct);
        var titles = calendar.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        titles.ShouldBe(["专利检索培训班"], "a two-day event still running on the first day asked for is on; a draft is not");
        (await TextAsync(anonymous, "/portal/events?month=2031-05")).ShouldContain("专利检索培训班");
        draft.GetProperty("state").GetString().ShouldBe("Draft");
    }

    [Fact]
    public async Task CalendarFeed_IsICalendarOfPublishedEvents_ATimedOneInUtc()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var timed = await (await staff.PostAsJsonAsync("/api/publishing/events/", new { title = "订阅测试讲座, 第一期", startsOn = soon, startTime = "14:30", place = "金山工业区" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        await staff.PostAsJsonAsync("/api/publishing/events/", new { title = "订阅测试草稿", startsOn = soon }, Ct);
        (await staff.PostAsJsonAsync($"/api/publishing/events/{timed.GetProperty("id").GetGuid()}/actions", new { action = "publish" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await anonymous.GetAsync("/portal/events.ics", Ct);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = await response.Content.ReadAsStringAsync(Ct);
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain("SUMMARY:订阅测试讲座\\, 第一期", customMessage: "a comma in a text value is escaped (RFC 5545 3.3.11)");
        unfolded.ShouldContain($"UID:{timed.GetProperty("id").GetGuid()}@countyip");
        unfolded.ShouldContain("DTSTART:" + soon.Replace("-", string.Empty, StringComparison.Ordinal) + "T063000Z", customMessage: "14:30 in Beijing is 06:30 UTC");
        unfolded.ShouldNotContain("订阅测试草稿");
    }

    [Fact]
    public async Task PublicPages_OpenWithoutSigningIn_AndListTheModulesEntryPoints()
    {
        var anonymous = await fixture.ClientAs(null);
        foreach (var path in new[] { "/portal", "/portal/notices", "/portal/policies", "/portal/news", "/portal/events", "/portal/sitemap", "/portal/patents", "/portal/agencies", "/portal/complaints/new", "/portal/funding/notice" })
        {
            var response = await anonymous.GetAsync(path, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            var page = await Html.ParseAsync(response);
            var nav = page.ByTestId("portal-nav");
            foreach (var entry in new[] { "/portal/notices", "/portal/patents", "/portal/agencies", "/portal/complaints/new", "/portal/complaints/track", "/portal/funding/notice" })
            {
                nav.QuerySelector($"a[href='{entry}']").ShouldNotBeNull($"{path} links {entry}");
            }
        }

        (await anonymous.GetStringAsync("/account/login", Ct)).ShouldContain("data-testid=\"public-portal-link\"");
    }

    [Fact]
    public async Task PublicPatentSearch_RefusesAOneCharacterQueryWithAMessage()
    {
        var anonymous = await fixture.ClientAs(null);

        var page = await Html.ParseAsync(await anonymous.GetAsync("/portal/patents?q=%E7%94%B5", Ct));

        page.ByTestId("search-error").Text().ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("[data-testid='search-results']").ShouldBeNull();
    }

    [Fact]
    public async Task PublicAgencies_ListOnlyThoseOpenToday()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var anonymous = await fixture.ClientAs(null);
        (await staff.PostAsJsonAsync("/api/agencies/", new { name = "门户测试专利代理事务所", kind = "PatentAgency", services = "专利检索分析" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.PostAsJsonAsync("/api/agencies/", new { name = "门户测试已注销事务所", kind = "PatentAgency", closedOn = "2020-01-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/agencies?q=%E9%97%A8%E6%88%B7%E6%B5%8B%E8%AF%95", Ct);

        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldBe(["门户测试专利代理事务所"]);
        list.GetProperty("items")[0].TryGetProperty("creditCode", out _).ShouldBeFalse();
        (await TextAsync(anonymous, "/portal/agencies?q=%E9%97%A8%E6%88%B7%E6%B5%8B%E8%AF%95")).ShouldContain("专利检索分析");
    }

    [Fact]
    public async Task StaffPages_PublishFromTheDetailPage()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var article = await CreateAsync(staff, "Notice", "页面发布");
        var id = article.GetProperty("id").GetGuid();
        var page = await Html.ParseAsync(await staff.GetAsync($"/publishing/articles/{id}", Ct));
        var form = Forms.Find(page, "article-action");
        var values = Forms.Values(form);
        values["Action"] = "publish";

        var response = await staff.PostAsync($"/publishing/articles/{id}", new FormUrlEncodedContent(values), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetFromJsonAsync<JsonElement>($"/api/publishing/articles/{id}", Ct)).GetProperty("state").GetString().ShouldBe("Published");
        (await TextAsync(staff, "/publishing/articles?state=Published")).ShouldContain("页面发布");
        (await staff.GetAsync("/publishing/events", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync("/publishing/events/new", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/publishing/articles/{id}/edit", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.TownLiaison)]
    public async Task WithoutThePolicy_NothingIsWritten(string role)
    {
        var client = await fixture.ClientAs(role);

        (await client.GetAsync("/api/publishing/articles/", Ct)).ShouldBeRefused(anonymous: false, "list");
        (await client.PostAsJsonAsync("/api/publishing/articles/", new { channel = "Notice", title = "越权", body = "正文" }, Ct)).ShouldBeRefused(anonymous: false, "create");
        (await client.PostAsJsonAsync("/api/publishing/events/", new { title = "越权", startsOn = "2031-01-01" }, Ct)).ShouldBeRefused(anonymous: false, "event");
        (await client.GetAsync("/publishing/articles", Ct)).ShouldBeRefused(anonymous: false, "list page");
        (await (await fixture.ClientAs(null)).PostAsJsonAsync("/api/publishing/articles/", new { channel = "Notice", title = "匿名", body = "正文" }, Ct)).ShouldBeRefused(anonymous: true, "anonymous create");
    }

    private static async Task<JsonElement> CreateAsync(HttpClient staff, string channel, string title)
    {
        var response = await staff.PostAsJsonAsync("/api/publishing/articles/", new { channel, title, summary = "摘要", body = "第一段\n第二段", issuer = "仓山区知识产权局" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement> PublishedAsync(HttpClient staff, string channel, string title)
    {
        var created = await CreateAsync(staff, channel, title);
        return await ActAsync(staff, created.GetProperty("id").GetGuid(), "publish", created.GetProperty("version").GetGuid());
    }

    private static async Task<JsonElement> ActAsync(HttpClient staff, Guid id, string action, Guid version)
    {
        var response = await staff.PostAsJsonAsync($"/api/publishing/articles/{id}/actions", new { action, version }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>A page's text as a reader sees it (Blazor writes Chinese as character references).</summary>
    private static async Task<string> TextAsync(HttpClient client, string url) =>
        (await Html.ParseAsync(await client.GetAsync(url, Ct))).Body!.TextContent;

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
