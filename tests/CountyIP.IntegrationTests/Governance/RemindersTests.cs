using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Modules.Governance.UseCases;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>
/// The office's daily follow-up (issue 14 §2): a task due within three working days reminds its unit once; an overdue
/// task escalates once to the office and the leaders; running the job again the same day tells no one twice.
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
}
