using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 15 "done when": a town liaison records an event from a phone and the bureau confirms it; a course fills up
/// online (the third sign-up is wait-listed); a participant scans the door's QR code with a phone and signs in (a
/// second scan counts nothing); the dashboard's evidence of both targets lists exactly what happened.
/// </summary>
public sealed class OutreachJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    private const string Town = "350104101"; // 城门镇

    [Fact]
    public async Task EventFromAPhone_CourseFillsOnline_DoorSignIn_DashboardCountsWhatHappened()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var eventTitle = "知识产权进社区宣传" + tag;
        var courseTitle = "企业专利实务培训" + tag;
        var staffPassword = await CreateAccountAsync(app.Host, "outreach" + tag, "BureauStaff", null);
        var townPassword = await CreateAccountAsync(app.Host, "towno" + tag, "TownLiaison", Town);

        // The town's liaison records the event from a phone, the same day.
        var phone = await SignInFirstTimeAsync(await NewPhonePageAsync(), app.Host, "towno" + tag, townPassword);
        await phone.GotoAsync(app.Host.Url("/outreach/events/new"));
        await phone.Locator("#title").FillAsync(eventTitle);
        await phone.Locator("#theme").SelectOptionAsync("IntoCommunities");
        await phone.Locator("#date").FillAsync(today.ToString("yyyy-MM-dd"));
        await phone.Locator("#place").FillAsync("城门镇社区服务中心");
        await phone.Locator("#audience").FillAsync("120");
        await phone.GetByTestId("event-save").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("event-title")).ToHaveTextAsync(eventTitle);
        await Assertions.Expect(phone.GetByTestId("event-unconfirmed")).ToHaveCountAsync(1);
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "the event page fits a phone screen");
        var eventUrl = phone.Url.Split('?')[0];

        // The bureau confirms it.
        var staff = await SignInFirstTimeAsync(Page, app.Host, "outreach" + tag, staffPassword);
        await staff.GotoAsync(eventUrl);
        await staff.GetByTestId("event-confirm").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("event-confirmed")).ToHaveCountAsync(1);

        // The bureau announces a course of two seats with a session today, open to the public.
        await staff.GotoAsync(app.Host.Url("/outreach/courses/new"));
        await staff.Locator("#title").FillAsync(courseTitle);
        await staff.Locator("#audience").SelectOptionAsync("EnterpriseStaff");
        await staff.Locator("#capacity").FillAsync("2");
        await staff.Locator("#publicSignUp").CheckAsync();
        await staff.GetByTestId("course-save").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("course-title")).ToHaveTextAsync(courseTitle);
        var courseUrl = staff.Url.Split('?')[0];
        await staff.GetByTestId("session-add-toggle").ClickAsync();
        await staff.Locator("#session-date").FillAsync(today.ToString("yyyy-MM-dd"));
        await staff.Locator("#session-place").FillAsync("区知识产权局培训室");
        await staff.GetByTestId("session-save").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("session-row")).ToHaveCountAsync(1);

        // It fills up online: two seats, then the waiting list.
        var visitor = await NewPhonePageAsync();
        await visitor.GotoAsync(app.Host.Url("/outreach/public/courses"));
        await visitor.GetByTestId("public-course").Filter(new() { HasText = courseTitle }).GetByRole(AriaRole.Link).ClickAsync();
        var signUpUrl = visitor.Url;
        foreach (var (name, number, state) in new[] { ("张明" + tag, "13811110001", "Registered"), ("李华" + tag, "13811110002", "Registered"), ("王芳" + tag, "13811110003", "WaitListed") })
        {
            await visitor.GotoAsync(signUpUrl);
            await visitor.GetByTestId("signup-name").FillAsync(name);
            await visitor.GetByTestId("signup-phone").FillAsync(number);
            await visitor.GetByTestId("signup-submit").ClickAsync();
            await Assertions.Expect(visitor.GetByTestId("signup-result")).ToHaveAttributeAsync("data-state", state);
        }

        // At the door: the QR code on the course page carries the sign-in link a phone camera opens.
        await staff.GotoAsync(courseUrl);
        await staff.GetByTestId("door-qr-toggle").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("door-qr")).ToBeVisibleAsync();
        (await staff.GetByTestId("door-qr").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0, "the QR code image loads");
        var doorLink = await staff.GetByTestId("door-link").GetAttributeAsync("href");
        var participant = await NewPhonePageAsync();
        await participant.GotoAsync(app.Host.Url(doorLink!));
        await Assertions.Expect(participant.GetByTestId("door-course")).ToContainTextAsync(courseTitle);
        await participant.GetByTestId("door-phone").FillAsync("13811110001");
        await participant.GetByTestId("door-submit").ClickAsync();
        await Assertions.Expect(participant.GetByTestId("door-result")).ToHaveAttributeAsync("data-outcome", "SignedIn");
        await participant.GotoAsync(app.Host.Url(doorLink!));
        await participant.GetByTestId("door-phone").FillAsync("13811110001");
        await participant.GetByTestId("door-submit").ClickAsync();
        await Assertions.Expect(participant.GetByTestId("door-result")).ToHaveAttributeAsync("data-outcome", "AlreadySignedIn");
        (await participant.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "the door page fits a phone screen");

        // Staff tick the second participant, who signed the paper sheet instead.
        await staff.GotoAsync(courseUrl);
        await staff.GetByTestId("roster-row").Filter(new() { HasText = "李华" + tag }).GetByTestId("attendance-toggle").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("course-person-times")).ToHaveTextAsync("2");

        // The dashboard counts exactly that: the confirmed event, and two person-times in today's session.
        await staff.GotoAsync(app.Host.Url($"/dashboard/publicity-events?year={today.Year}"));
        await Assertions.Expect(staff.GetByTestId("evidence-table").Locator("tr", new() { HasText = eventTitle })).ToHaveCountAsync(1);
        await staff.GotoAsync(app.Host.Url($"/dashboard/training-person-times?year={today.Year}"));
        var row = staff.GetByTestId("evidence-table").Locator("tr", new() { HasText = courseTitle });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync("2");
    }
}
