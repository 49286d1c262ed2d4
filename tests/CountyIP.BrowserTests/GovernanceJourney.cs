using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 14 §9: the leadership group's office records a meeting and gives one of its decisions to a town as a
/// supervised task; the town's liaison reports it done from a phone; the office returns it once with a reason, then
/// accepts it; the meeting's page shows the decision completed.
/// </summary>
public sealed class GovernanceJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    private const string Town = "350104100"; // 仓山镇

    [Fact]
    public async Task MeetingDecision_GivenToATown_ReportedDone_ReturnedOnce_ThenAccepted()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var decision = "开展知识产权宣传进企业活动" + tag;
        var staffPassword = await CreateAccountAsync(app.Host, "office" + tag, "BureauStaff", null);
        var townPassword = await CreateAccountAsync(app.Host, "town" + tag, "TownLiaison", Town);
        var staff = await SignInFirstTimeAsync(Page, app.Host, "office" + tag, staffPassword);

        // The meeting and its minutes.
        await staff.GotoAsync(app.Host.Url("/governance/meetings/new"));
        await staff.Locator("#title").FillAsync("领导小组例会" + tag);
        await staff.Locator("#date").FillAsync("2027-03-02");
        await staff.Locator("#minutes").FillAsync("会议议定：\n1. 各镇街开展知识产权宣传进企业活动。");
        await staff.GetByTestId("meeting-save").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("meeting-title")).ToHaveTextAsync("领导小组例会" + tag);
        var meetingUrl = staff.Url.Split('?')[0];

        // The decision becomes a task for 仓山镇, ten working days from the meeting.
        await staff.GetByTestId("meeting-add-task").ClickAsync();
        await staff.Locator("#title").FillAsync(decision);
        await staff.Locator("#owner").SelectOptionAsync(Town);
        await staff.Locator("#workingDays").FillAsync("10");
        await staff.GetByTestId("task-save").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("task-title")).ToHaveTextAsync(decision);
        var taskUrl = staff.Url.Split('?')[0];

        // The town's liaison, on a phone, finds it among their tasks and reports it done.
        var phone = await SignInFirstTimeAsync(await NewPhonePageAsync(), app.Host, "town" + tag, townPassword);
        await phone.GotoAsync(app.Host.Url("/governance/tasks"));
        await phone.GetByTestId("task-table").GetByText(decision).ClickAsync();
        await ActAsync(phone, "RequestCompletion", "已走访企业12家，发放资料500份。");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "the task page fits a phone screen");

        // The office returns it once, the town completes the evidence, the office accepts.
        await staff.GotoAsync(taskUrl);
        await ActAsync(staff, "Return", "请补充活动照片。");
        await phone.GotoAsync(taskUrl);
        await ActAsync(phone, "RequestCompletion", "已补充照片。");
        await staff.GotoAsync(taskUrl);
        await ActAsync(staff, "Accept", null);
        await Assertions.Expect(staff.Locator(".cip-status[data-status='Completed']")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.GetByTestId("history").Locator("li")).ToHaveCountAsync(4);

        await staff.GotoAsync(meetingUrl);
        var row = staff.GetByTestId("task-table").Locator("tr", new() { HasText = decision });
        await Assertions.Expect(row.Locator(".cip-status[data-status='Completed']")).ToHaveCountAsync(1);
    }

    /// <summary>Takes a step in the task's form and waits for the page to show its result (the history grows by one).</summary>
    private static async Task ActAsync(IPage page, string action, string? note)
    {
        var before = await page.GetByTestId("history").Locator("li").CountAsync();
        await page.Locator("#action").SelectOptionAsync(action);
        if (note is not null)
        {
            await page.Locator("#note").FillAsync(note);
        }

        await page.GetByTestId("task-act").ClickAsync();
        await Assertions.Expect(page.GetByTestId("history").Locator("li")).ToHaveCountAsync(before + 1);
    }
}
