using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CountyIP.IntegrationTests.Crawler;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Outreach;

/// <summary>
/// The module's anonymous pages over HTTP (issue 15 §2): the door sign-in a phone reaches from the QR code, the list of
/// courses open to everyone, the sign-up with its waiting list, and the certificate check; in Chinese and in English.
/// Staff set up each test's course through the API; every test has its own course, so the tests do not see each other's people.
/// </summary>
public sealed class OutreachPublicPagesTests(OutreachPublicPagesTests.Fixture fixture) : IClassFixture<OutreachPublicPagesTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private const string Phone = "13800000001";

    private static int courseNumber;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task DoorPage_SignsARegisteredPhoneInOnce_AndTurnsAwayAnUnknownPhoneAndLink()
    {
        var (courseId, title) = await CourseAsync();
        var door = await SessionAsync(courseId, Today);
        await RegisterAsync(courseId, "张三", Phone);
        using var anonymous = new TestClient(fixture);

        var page = await anonymous.GetPageAsync(door);
        page.ByTestId("door-course").Text().ShouldContain(title);
        page.ByTestId("door-course").Text().ShouldContain(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.ByTestId("door-course").Text().ShouldContain("09:00");
        page.ByTestId("door-course").Text().ShouldContain("区政务中心三楼会议室");
        var phone = page.ByTestId("door-phone");
        phone.GetAttribute("type").ShouldBe("tel");
        phone.GetAttribute("inputmode").ShouldBe("numeric");
        phone.GetAttribute("autocomplete").ShouldBe("tel");
        page.ByTestId("door-submit");

        var signedIn = (await SignInAsync(anonymous, door, Phone)).ByTestId("door-result");
        signedIn.GetAttribute("data-outcome").ShouldBe("SignedIn");
        signedIn.Text().ShouldContain("签到成功");
        signedIn.Text().ShouldContain("张三");

        var again = (await SignInAsync(anonymous, door, "138 0000 0001")).ByTestId("door-result");
        again.GetAttribute("data-outcome").ShouldBe("AlreadySignedIn", "the same phone, typed with spaces, is the same person");

        var stranger = await SignInAsync(anonymous, door, "13900000009");
        stranger.ByTestId("door-result").GetAttribute("data-outcome").ShouldBe("NotRegistered");
        stranger.ByTestId("door-phone").ShouldNotBeNull("someone who mistyped may try again");

        var sessions = await ReadAsync(await (await fixture.ClientAs(Roles.BureauStaff)).GetAsync(new Uri($"/api/outreach/courses/{courseId}/sessions", UriKind.Relative), Ct), HttpStatusCode.OK);
        sessions.GetProperty("items")[0].GetProperty("attended").GetInt32().ShouldBe(1, "one person signed in twice counts once");

        var unknown = await anonymous.GetPageAsync("/outreach/sign-in/not-a-real-token-123");
        unknown.ByTestId("door-unknown").Text().ShouldContain("签到链接无效");
        unknown.QuerySelector("[data-testid='door-phone']").ShouldBeNull("an unknown link offers no form");
    }

    [Fact]
    public async Task DoorPage_OfASessionOnAnotherDay_SaysTheLinkIsForThatDay_AndOffersNoForm()
    {
        var (courseId, title) = await CourseAsync();
        var tomorrow = Today.AddDays(1);
        var door = await SessionAsync(courseId, tomorrow);
        using var anonymous = new TestClient(fixture);

        var page = await anonymous.GetPageAsync(door);

        page.ByTestId("door-course").Text().ShouldContain(title);
        var notToday = page.ByTestId("door-not-today").Text();
        notToday.ShouldContain("仅在培训当天");
        notToday.ShouldContain(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.QuerySelector("[data-testid='door-phone']").ShouldBeNull();
        page.QuerySelector("[data-testid='door-submit']").ShouldBeNull();
    }

    [Fact]
    public async Task PublicCourses_ListTheCourse_AndTheSignUpSeatsThenWaitLists()
    {
        var (courseId, title) = await CourseAsync();
        await SessionAsync(courseId, Today.AddDays(3));
        await RegisterAsync(courseId, "张三", Phone);
        var (privateId, privateTitle) = await CourseAsync(publicSignUp: false);
        using var anonymous = new TestClient(fixture);

        var list = await anonymous.GetPageAsync("/outreach/public/courses");
        var card = list.QuerySelectorAll("[data-testid='public-course']").SingleOrDefault(c => c.GetAttribute("data-course-id") == courseId.ToString())
            .ShouldNotBeNull("the public course is listed");
        card.Text().ShouldContain(title);
        card.QuerySelector("a[data-testid='course-sign-up']").ShouldNotBeNull().GetAttribute("href").ShouldBe($"/outreach/sign-up/{courseId}");
        card.Text().ShouldContain("剩余名额 1 / 2");
        list.Body!.TextContent.ShouldNotContain(privateTitle, Case.Sensitive, "a course without public sign-up is not on the portal");
        list.ByTestId("pager");

        var url = $"/outreach/sign-up/{courseId}";
        var form = await anonymous.GetPageAsync(url);
        form.ByTestId("signup-course").Text().ShouldContain(title);
        form.ByTestId("signup-phone").GetAttribute("type").ShouldBe("tel");

        var seated = (await SignUpAsync(anonymous, url, "李四", "仓山区某科技有限公司", "13800000002")).ByTestId("signup-result");
        seated.GetAttribute("data-state").ShouldBe("Registered");
        seated.Text().ShouldContain("报名成功");
        seated.Text().ShouldContain("李四");

        var waiting = (await SignUpAsync(anonymous, url, "王五", "", "13800000003")).ByTestId("signup-result");
        waiting.GetAttribute("data-state").ShouldBe("WaitListed", "the third sign-up on a course of two seats waits");
        waiting.Text().ShouldContain("候补");
        waiting.Text().ShouldContain("1");

        var full = await anonymous.GetPageAsync("/outreach/public/courses");
        full.QuerySelectorAll("[data-testid='public-course']").Single(c => c.GetAttribute("data-course-id") == courseId.ToString())
            .QuerySelector("[data-testid='course-full']").ShouldNotBeNull("a full course says a sign-up goes on the waiting list");

        var twice = await SignUpAsync(anonymous, url, "李四", "", "13800000002");
        twice.QuerySelector("[data-testid='signup-result']").ShouldBeNull();
        twice.ByTestId("form-error").Text().ShouldNotContain("Error_", customMessage: "the handler's own message, in Chinese");

        var badPhone = await SignUpAsync(anonymous, url, "赵六", "", "12345");
        badPhone.QuerySelector("[data-testid='signup-result']").ShouldBeNull();
        badPhone.QuerySelector("#phone").ShouldNotBeNull().ParentElement.ShouldNotBeNull().QuerySelector(".validation-message").ShouldNotBeNull("a wrong phone is named under its field")
            .Text().ShouldNotBeNullOrWhiteSpace();

        var roster = await ReadAsync(await (await fixture.ClientAs(Roles.BureauStaff)).GetAsync(new Uri($"/api/outreach/courses/{courseId}/registrations", UriKind.Relative), Ct), HttpStatusCode.OK);
        roster.GetProperty("total").GetInt32().ShouldBe(3);

        (await anonymous.GetPageAsync($"/outreach/sign-up/{privateId}")).ByTestId("not-found").Text().ShouldContain("没有找到");
        var gone = await anonymous.GetPageAsync($"/outreach/sign-up/{Guid.NewGuid()}");
        gone.ByTestId("not-found");
        gone.QuerySelector("[data-testid='signup-submit']").ShouldBeNull();
    }

    [Fact]
    public async Task VerifyPage_ShowsAGenuineCertificateWithTheNameMasked_AndSaysSoForAMadeUpCode()
    {
        var (courseId, title) = await CourseAsync();
        var door = await SessionAsync(courseId, Today);
        await RegisterAsync(courseId, "王小明", "13800000004");
        using var anonymous = new TestClient(fixture);
        (await SignInAsync(anonymous, door, "13800000004")).ByTestId("door-result").GetAttribute("data-outcome").ShouldBe("SignedIn");
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        await ReadAsync(await staff.PostAsync(new Uri($"/api/outreach/courses/{courseId}/certificates", UriKind.Relative), null, Ct), HttpStatusCode.OK);
        var roster = await ReadAsync(await staff.GetAsync(new Uri($"/api/outreach/courses/{courseId}/registrations", UriKind.Relative), Ct), HttpStatusCode.OK);
        var code = roster.GetProperty("items")[0].GetProperty("certificateCode").GetString().ShouldNotBeNull();

        var empty = await anonymous.GetPageAsync("/outreach/certificates/verify");
        empty.ByTestId("verify-code").GetAttribute("name").ShouldBe("code");
        empty.QuerySelector("[data-testid='verify-result']").ShouldBeNull();

        var genuine = (await anonymous.GetPageAsync($"/outreach/certificates/verify?code={code.ToLowerInvariant()}")).ByTestId("verify-result");
        genuine.GetAttribute("data-found").ShouldBe("true");
        genuine.Text().ShouldContain(title);
        genuine.Text().ShouldContain("王**");
        genuine.Text().ShouldNotContain("王小明");
        genuine.Text().ShouldContain(code);

        var madeUp = (await anonymous.GetPageAsync("/outreach/certificates/verify?code=ABCDEFGHJKMN")).ByTestId("verify-result");
        madeUp.GetAttribute("data-found").ShouldBe("false");
        madeUp.Text().ShouldContain("没有证书使用此查验码");
    }

    [Fact]
    public async Task Pages_SpeakChinese_AndEnglishWhenChosen()
    {
        var (courseId, title) = await CourseAsync();
        var door = await SessionAsync(courseId, Today);
        await RegisterAsync(courseId, "张三", Phone);
        string[] urls = [door, "/outreach/public/courses", $"/outreach/sign-up/{courseId}", "/outreach/certificates/verify?code=ABCDEFGHJKMN"];

        using var chinese = new TestClient(fixture);
        foreach (var url in urls)
        {
            var page = await chinese.GetPageAsync(url);
            PageLanguage.LatinWords(MainArea(page)).ShouldBeEmpty($"{url} in Chinese");
        }

        (await chinese.GetPageAsync(door)).QuerySelector("h1")?.Text().ShouldBe("现场签到");

        using var english = new TestClient(fixture);
        using (var switched = await english.GetAsync("/culture?name=en-US&returnUrl=%2F"))
        {
            switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        foreach (var url in urls)
        {
            var page = await english.GetPageAsync(url);
            PageLanguage.ChineseInFurniture(MainArea(page)).ShouldBeEmpty($"{url} in English");
        }

        var doorPage = await english.GetPageAsync(door);
        doorPage.QuerySelector("h1")?.Text().ShouldBe("Sign in at the door");
        doorPage.ByTestId("door-course").Text().ShouldContain(title, customMessage: "the course keeps its own (Chinese) title");
        var result = (await SignInAsync(english, door, Phone)).ByTestId("door-result");
        result.GetAttribute("data-outcome").ShouldBe("SignedIn");
        result.Text().ShouldContain("Signed in");
        (await english.GetPageAsync("/outreach/public/courses")).QuerySelector("h1")?.Text().ShouldBe("Training courses open for sign-up");
        (await english.GetPageAsync("/outreach/certificates/verify?code=ABCDEFGHJKMN")).ByTestId("verify-result").Text().ShouldContain("No certificate carries this code");
    }

    /// <summary>The page's own content, without the portal's shared navigation and footer.</summary>
    private static IHtmlDocument MainArea(IHtmlDocument page) =>
        Html.Parse($"<html><body>{page.QuerySelector("main").ShouldNotBeNull().OuterHtml}</body></html>");

    private async Task<(Guid Id, string Title)> CourseAsync(bool publicSignUp = true)
    {
        var title = $"专利申请实务培训第{Interlocked.Increment(ref courseNumber)}期";
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var course = await ReadAsync(
            await staff.PostAsJsonAsync("/api/outreach/courses", new { title, audience = "EnterpriseStaff", capacity = 2, publicSignUp, creditHours = 3 }, Ct),
            HttpStatusCode.Created);
        return (course.GetProperty("id").GetGuid(), title);
    }

    /// <summary>Schedules a session and returns its door link.</summary>
    private async Task<string> SessionAsync(Guid courseId, DateOnly date)
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var session = await ReadAsync(
            await staff.PostAsJsonAsync(
                $"/api/outreach/courses/{courseId}/sessions",
                new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start = "09:00", end = "11:30", place = "区政务中心三楼会议室" },
                Ct),
            HttpStatusCode.Created);
        return session.GetProperty("signInPath").GetString().ShouldNotBeNull();
    }

    private async Task RegisterAsync(Guid courseId, string name, string phone)
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var registration = await ReadAsync(
            await staff.PostAsJsonAsync($"/api/outreach/courses/{courseId}/registrations", new { name, organisation = "仓山区某科技有限公司", phone }, Ct),
            HttpStatusCode.Created);
        registration.GetProperty("state").GetString().ShouldBe("Registered");
    }

    private static Task<IHtmlDocument> SignInAsync(TestClient client, string door, string phone) =>
        SubmitAsync(client, door, "door-sign-in", ("door-phone", phone));

    private static Task<IHtmlDocument> SignUpAsync(TestClient client, string url, string name, string organisation, string phone) =>
        SubmitAsync(client, url, "public-sign-up", ("signup-name", name), ("signup-organisation", organisation), ("signup-phone", phone));

    /// <summary>Fills the fields found by their test ids (whatever the form names them) and posts the form as a browser does.</summary>
    private static async Task<IHtmlDocument> SubmitAsync(TestClient client, string url, string formName, params (string TestId, string Value)[] fields)
    {
        var page = await client.GetPageAsync(url);
        var values = fields.ToDictionary(f => page.ByTestId(f.TestId).GetAttribute("name").ShouldNotBeNull($"{f.TestId} has a name"), f => f.Value, StringComparer.Ordinal);
        using var response = await client.SubmitFormAsync(page, url, formName, values);
        var result = await Html.ParseAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"POST {url}: {response.Headers.Location}");
        return result;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            response.StatusCode.ShouldBe(expected, body);
            return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
        }
    }
}
