using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Modules.Governance.UseCases;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// The office's daily follow-up (issue 14 §2): a task due within three working days reminds its unit once; an overdue
/// task escalates once to the office and the leaders; running the job again the same day tells no one twice. An app of
/// its own: the reminder run and the notifications it counts are the whole app's, not one test's.
/// </summary>
public sealed class RemindersTests(GovernanceApiTests.Fixture fixture) : IClassFixture<GovernanceApiTests.Fixture>
{
    private const string Unit = "350104103"; // 建新镇

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement[]> NotificationsAsync(HttpClient client, string kind) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == kind)];

    private async Task<ReminderRun> RunAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GovernanceReminders>().RunAsync(Ct);
    }

    [Fact]
    public async Task Reminders_DueSoonOnce_OverdueEscalatedOnce()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var town = await fixture.LiaisonOf(Unit);
        var leader = await fixture.ClientAs(Roles.Leadership);
        (await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "提醒测试-两个工作日", ownerUnitCode = Unit, workingDays = 2 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "提醒测试-二十个工作日", ownerUnitCode = Unit, workingDays = 20 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.PostAsJsonAsync("/api/governance/tasks", new { title = "提醒测试-已逾期", ownerUnitCode = Unit, deadline = "2021-03-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var first = await RunAsync();
        var again = await RunAsync();

        first.TasksDueSoon.ShouldBeGreaterThanOrEqualTo(1);
        again.TasksDueSoon.ShouldBe(0, "reminded once per deadline");
        again.TasksEscalated.ShouldBe(0, "escalated once");
        var dueSoon = await NotificationsAsync(town, "governance.task-due-soon");
        dueSoon.ShouldContain(n => n.GetProperty("title").GetString()!.Contains("提醒测试-两个工作日"));
        dueSoon.ShouldNotContain(n => n.GetProperty("title").GetString()!.Contains("提醒测试-二十个工作日"), "twenty working days away is not due soon");
        dueSoon.Count(n => n.GetProperty("title").GetString()!.Contains("提醒测试-两个工作日")).ShouldBe(1);
        (await NotificationsAsync(leader, "governance.task-overdue")).Count(n => n.GetProperty("title").GetString()!.Contains("提醒测试-已逾期")).ShouldBe(1);
        (await NotificationsAsync(town, "governance.task-overdue")).ShouldContain(n => n.GetProperty("title").GetString()!.Contains("提醒测试-已逾期"));
    }

    /// <summary>
    /// The plan's rhythm without the office lifting a finger: on 3 February every unit owes January's dynamic report
    /// (due 10 February, not the half-year or the annual, whose due dates have passed); on 12 February each report still
    /// not submitted is announced missing once to its unit and the office, and a submitted one is not.
    /// </summary>
    [Fact]
    public async Task Rounds_IssuedWhenThePeriodEnds_MissingReportsAnnouncedOnce()
    {
        try
        {
            // Three years on, yesterday's sessions have long ended: these accounts sign in on the day, and again later.
            fixture.Clock.Offset = new DateTime(2030, 2, 3, 2, 0, 0, DateTimeKind.Utc) - DateTime.UtcNow;
            using var staffClient = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
            using var townClient = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, Unit);
            using var otherClient = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, "350104101");
            var (staff, town) = (staffClient.Http, townClient.Http);
            (await RunAsync()).RoundsIssued.ShouldBe(1);
            (await RunAsync()).RoundsIssued.ShouldBe(0, "a round is issued once");

            var owed = await staff.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2030-01&pageSize=200", Ct);
            owed.GetProperty("total").GetInt32().ShouldBeGreaterThan(20, "every town and department owes January's report");
            owed.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("kind").GetString() == "Dynamic" && r.GetProperty("dueOn").GetString() == "2030-02-10");
            (await staff.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2029-H1", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "its due date has passed");
            (await staff.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2029", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "its due date has passed");
            (await NotificationsAsync(town, "governance.report-owed")).ShouldContain(n => n.GetProperty("title").GetString()!.Contains("2030-01"));

            var mine = (await town.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2030-01", Ct)).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            var other = (await staff.GetFromJsonAsync<JsonElement>("/api/governance/reports?period=2030-01&owner=350104101", Ct)).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            await GovernanceHttp.ReadAsync(await town.PutAsJsonAsync($"/api/governance/reports/{mine.GetProperty("id").GetGuid()}", new { work = "一月开展专利申请辅导两次。" }, Ct), HttpStatusCode.OK);
            await GovernanceHttp.ReadAsync(await town.PostAsJsonAsync($"/api/governance/reports/{mine.GetProperty("id").GetGuid()}/actions", new { action = "submit" }, Ct), HttpStatusCode.OK);

            fixture.Clock.Offset = new DateTime(2030, 2, 12, 2, 0, 0, DateTimeKind.Utc) - DateTime.UtcNow;
            foreach (var client in new[] { staffClient, otherClient })
            {
                await client.SignInAsync(client.User!);
            }

            var late = await RunAsync();
            (await RunAsync()).ReportsMissing.ShouldBe(0, "announced once");

            late.ReportsMissing.ShouldBe(owed.GetProperty("total").GetInt32() - 1, "all but the one submitted on time");
            late.RoundsIssued.ShouldBe(0, "January's round exists; February's ends later");
            var office = await NotificationsAsync(staff, "governance.report-missing");
            office.ShouldContain(n => n.GetProperty("link").GetString() == $"/governance/reports/{other.GetProperty("id").GetGuid()}");
            office.ShouldNotContain(n => n.GetProperty("link").GetString() == $"/governance/reports/{mine.GetProperty("id").GetGuid()}");
            (await NotificationsAsync(otherClient.Http, "governance.report-missing")).Count(n => n.GetProperty("title").GetString()!.Contains("2030-01")).ShouldBe(1);
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }
}
