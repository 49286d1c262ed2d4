using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// The annual-fee calendar and its reminders (issue 13 §3): an enterprise sees the next fee of its own patents in force,
/// due within the window or in the grace period with the surcharge, a lapsed one gone; another unit's town sees none of
/// them; the reminder run notifies the enterprise once per stage and a second run sends nothing again.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class FeeCalendarTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Holding(Guid Enterprise, TestClient Client, Guid DueSoon, Guid InGrace, Guid Lapsed, Guid Later, DateOnly Today);

    private static object Granted(string applicant, char type, DateOnly filed, DateOnly paidUntil) => new
    {
        applicationNumber = PatentNumber(filed.Year, type),
        title = type == '1' ? "一种锂电池负极材料" : "一种电机散热外壳",
        applicants = new[] { new { name = applicant } },
        filingDate = Iso(filed),
        grantDate = Iso(filed.AddYears(1)),
        legalStatus = "Granted",
        annualFeePaidUntil = Iso(paidUntil),
    };

    /// <summary>An enterprise of unit 350104001 with four patents whose next fees fall due in 20 days, 40 days ago, 8 months ago and in 200 days.</summary>
    private async Task<Holding> HoldingAsync()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var name = $"年费{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        // Each paid through the day before an anniversary of its filing: the next fee is that anniversary's.
        var soonFiled = today.AddDays(20).AddYears(-6);
        var graceFiled = today.AddDays(-40).AddYears(-4);
        var lapsedFiled = today.AddMonths(-8).AddYears(-3);
        var laterFiled = today.AddDays(200).AddYears(-3);
        var dueSoon = await CreateAsync(staff.Http, "/api/patents", Granted(name, '1', soonFiled, soonFiled.AddYears(6).AddDays(-1)));
        var inGrace = await CreateAsync(staff.Http, "/api/patents", Granted(name, '2', graceFiled, graceFiled.AddYears(4).AddDays(-1)));
        var lapsed = await CreateAsync(staff.Http, "/api/patents", Granted(name, '2', lapsedFiled, lapsedFiled.AddYears(3).AddDays(-1)));
        var later = await CreateAsync(staff.Http, "/api/patents", Granted(name, '1', laterFiled, laterFiled.AddYears(3).AddDays(-1)));
        var client = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        return new Holding(enterprise, client, dueSoon, inGrace, lapsed, later, today);
    }

    private static async Task<JsonElement[]> CalendarAsync(HttpClient client, string query = "") =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/patents/fee-calendar?pageSize=200{query}", Ct)).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Calendar_OwnPatentsDueOrInGrace_WithTheirFees_ALapsedOneGone_AndOtherScopesSeeNone()
    {
        var holding = await HoldingAsync();
        using var _ = holding.Client;

        var items = await CalendarAsync(holding.Client.Http);

        items.Select(i => i.GetProperty("patentId").GetGuid()).ShouldBe([holding.InGrace, holding.DueSoon], "due order; the lapsed and the later fee are not listed");
        var grace = items[0];
        grace.GetProperty("dueOn").GetString().ShouldBe(Iso(holding.Today.AddDays(-40)));
        grace.GetProperty("patentYear").GetInt32().ShouldBe(5);
        grace.GetProperty("fee").GetDecimal().ShouldBe(900m, "a utility model's fifth year");
        grace.GetProperty("surchargeRate").GetDecimal().ShouldBe(0.05m, "more than a month late");
        grace.GetProperty("amountToday").GetDecimal().ShouldBe(945m);
        grace.GetProperty("stage").GetString().ShouldBe("InGrace");
        grace.GetProperty("graceEndsOn").GetString().ShouldBe(Iso(holding.Today.AddDays(-40).AddMonths(6)));
        var soon = items[1];
        soon.GetProperty("patentYear").GetInt32().ShouldBe(7);
        soon.GetProperty("fee").GetDecimal().ShouldBe(2_000m, "an invention's seventh year");
        soon.GetProperty("daysLeft").GetInt32().ShouldBe(20);
        soon.GetProperty("stage").GetString().ShouldBe("Within30Days");

        (await CalendarAsync(holding.Client.Http, "&days=365")).Select(i => i.GetProperty("patentId").GetGuid()).ShouldContain(holding.Later);
        (await CalendarAsync(holding.Client.Http, "&stage=InGrace")).Select(i => i.GetProperty("patentId").GetGuid()).ShouldBe([holding.InGrace]);

        using var otherTown = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104002");
        (await CalendarAsync(otherTown.Http)).Select(i => i.GetProperty("patentId").GetGuid()).ShouldNotContain(holding.DueSoon);
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        (await CalendarAsync(staff.Http, "&unit=350104001")).Select(i => i.GetProperty("patentId").GetGuid()).ShouldContain(holding.DueSoon);

        var export = await holding.Client.Http.GetAsync("/api/patents/fee-calendar/export", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var body = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        (await body.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: Ct)).Count().ShouldBe(2);

        // The enterprise's workbench counts its one overdue fee, linked to the calendar's grace-period list.
        var home = Html.Parse(await holding.Client.Http.GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        var tile = home.QuerySelectorAll("[data-testid=workbench-item]").Single(e => e.GetAttribute("data-key") == "Workbench_FeesInGrace");
        tile.GetAttribute("data-count").ShouldBe("1");

        var page = WebUtility.HtmlDecode(await holding.Client.Http.GetStringAsync("/registry/fee-calendar", Ct));
        page.ShouldContain("data-testid=\"fees-table\"");
        page.ShouldContain("滞纳期内");
    }

    [Fact]
    public async Task Reminders_OnePerStageAndEnterprise_AndARepeatedRunSendsNothing()
    {
        var holding = await HoldingAsync();
        using var _ = holding.Client;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<FeeReminders>().RunAsync(Ct);
            first.Reminders.ShouldBeGreaterThanOrEqualTo(2);
        }

        var notes = (await holding.Client.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).GetProperty("items").EnumerateArray().ToList();
        notes.Count(n => n.GetProperty("kind").GetString() == "registry.fee-due").ShouldBe(1);
        notes.Count(n => n.GetProperty("kind").GetString() == "registry.fee-grace").ShouldBe(1);
        notes.Single(n => n.GetProperty("kind").GetString() == "registry.fee-grace").GetProperty("title").GetString()!
            .ShouldContain(Iso(holding.Today.AddDays(-40)));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<FeeReminders>().RunAsync(Ct)).Reminders.ShouldBe(0, "each fee is reminded once per stage");
        }

        (await holding.Client.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).GetProperty("items").GetArrayLength().ShouldBe(notes.Count);
    }

    [Fact]
    public async Task StatusNotices_ALapseBecomingFinalAndAnInvalidation_ToldTheEnterpriseOnce()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var name = $"终止{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        // The fee due 6 months and 10 days ago was never paid: its grace period ended 10 days ago, the lapse is final.
        var due = today.AddDays(-10).AddMonths(-6);
        var filed = due.AddYears(-5);
        var lapsedNumber = PatentNumber(filed.Year, '1');
        await CreateAsync(staff.Http, "/api/patents", new
        {
            applicationNumber = lapsedNumber, title = "一种储能电池管理方法", applicants = new[] { new { name } },
            filingDate = Iso(filed), grantDate = Iso(filed.AddYears(2)), legalStatus = "Granted", annualFeePaidUntil = Iso(due.AddDays(-1)),
        });
        var invalidatedNumber = PatentNumber(2019, '1');
        await CreateAsync(staff.Http, "/api/patents", new
        {
            applicationNumber = invalidatedNumber, title = "一种电机控制器", applicants = new[] { new { name } },
            filingDate = "2019-04-02", grantDate = "2021-06-01", legalStatus = "Invalidated", statusDate = Iso(today.AddDays(-5)),
        });
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<StatusNotices>().RunAsync(Ct)).ShouldBeGreaterThanOrEqualTo(2);
            (await scope.ServiceProvider.GetRequiredService<StatusNotices>().RunAsync(Ct)).ShouldBe(0, "each end is told once");
        }

        var notes = (await own.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "registry.patents-ended").ToList();
        var title = notes.ShouldHaveSingleItem().GetProperty("title").GetString()!;
        title.ShouldContain(lapsedNumber);
        title.ShouldContain(invalidatedNumber);
    }
}
