using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Issue 12 §3, §9: the public notice runs five working days by the district's holiday calendar. Put on notice on
/// Wednesday 30 September 2026, before the National Day holiday (1-7 October) and its make-up working day (Saturday
/// 10 October), it ends on Tuesday 13 October — not on 7 October, as counting weekdays alone would give.
/// </summary>
public sealed class PublicNoticeCalendarTests(PublicNoticeCalendarTests.Fixture fixture) : IClassFixture<PublicNoticeCalendarTests.Fixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed class Fixture : SignedInFactory
    {
        public static readonly DateTimeOffset Now = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);

        public Guid Item { get; private set; }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FixedClock(Now));
            });
        }

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var at = Now.UtcDateTime;
            var policy = new RewardPolicy("节假日公示测试办法", "仓政综〔2026〕9号", new DateOnly(2020, 1, 1), null,
                [new PolicyItem("T1", "培训补助", AchievementKind.Training, AmountMode.PerUnit, 200m, null, null, 1m, 1m, BudgetUse.PublicityTraining)], "test", at);
            policy.Publish("test", at);
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.Add(policy);
            await db.SaveChangesAsync();
            Item = policy.Items[0].Id;
        }

        private sealed class FixedClock(DateTimeOffset now) : TimeProvider
        {
            public override DateTimeOffset GetUtcNow() => now;
        }
    }

    [Fact]
    public async Task NoticeBeforeNationalDay_EndsAfterTheHolidayAndItsMakeUpDay()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var name = $"公示{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        using var firm = await TestClient.SignedInAsync(fixture, Roles.Enterprise, enterprise.ToString());

        var created = await firm.Http.PostAsJsonAsync("/api/funding/applications", new
        {
            policyItemId = fixture.Item, quantity = 10m, bankAccountName = name, bankName = "中国银行福州仓山支行", bankAccount = "4071 0000 0000 0002",
        }, Ct);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
        (await firm.Http.PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action = "submit" }, Ct)).EnsureSuccessStatusCode();
        (await (await fixture.ClientAs(Roles.TownLiaison)).PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action = "town-approve" }, Ct)).EnsureSuccessStatusCode();
        var noticed = await staff.PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action = "bureau-approve" }, Ct);
        noticed.EnsureSuccessStatusCode();

        var view = JsonDocument.Parse(await noticed.Content.ReadAsStringAsync(Ct)).RootElement;
        view.GetProperty("noticeStartsOn").GetString().ShouldBe("2026-09-30");
        view.GetProperty("noticeEndsOn").GetString().ShouldBe("2026-10-13");
    }
}
