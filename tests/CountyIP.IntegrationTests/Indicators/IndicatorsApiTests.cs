using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// The indicator API (issue 4 §4) over calculators with hand-counted data. Clock: 2026-06-01, so the 2013–2014
/// pilot has ended and every status is final (met or behind).
/// </summary>
public sealed class IndicatorsApiTests(IndicatorsApiTests.App app) : IClassFixture<IndicatorsApiTests.App>
{
    /// <summary>The calculators below are read-only, so every test but the last shares one app.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(NewFactory());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IndicatorsFactory NewFactory()
    {
        var factory = new IndicatorsFactory();
        // Applications: 31 Dec 2012 belongs to 2012, 1 Jan and 31 Dec 2013 to 2013. 2012 = 100, 2013 = 1900, 2014 = 1700.
        factory.Calculators.Add(new TableCalculator("patent-applications", new Dictionary<DateOnly, decimal>
        {
            [new(2012, 12, 31)] = 100, [new(2013, 1, 1)] = 900, [new(2013, 12, 31)] = 1000, [new(2014, 6, 1)] = 1700,
        }));
        // Grants: 2013 = 1200, 2014 = 900 — the average 1050 reaches 1000 but 2014 alone does not.
        factory.Calculators.Add(new TableCalculator("patent-grants", new Dictionary<DateOnly, decimal>
        {
            [new(2013, 5, 1)] = 1200, [new(2014, 5, 1)] = 900,
        }));
        // Invention applications: 2012 = 10, 2013 = 12 (+2), 2014 = 11 (−1).
        factory.Calculators.Add(new TableCalculator("invention-applications-growth", new Dictionary<DateOnly, decimal>
        {
            [new(2012, 3, 1)] = 10, [new(2013, 3, 1)] = 12, [new(2014, 3, 1)] = 11,
        }));
        // Enterprises in contact (a stock): 100 before the pilot, +30 in 2013, +25 in 2014 → 130 at end 2013, 155 at end of pilot.
        factory.Calculators.Add(new TableCalculator("enterprises-in-contact", new Dictionary<DateOnly, decimal>
        {
            [new(2012, 5, 1)] = 100, [new(2013, 3, 1)] = 30, [new(2014, 9, 1)] = 25,
        }, stock: true));
        return factory;
    }

    private static async Task<Dictionary<string, JsonElement>> ItemsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/indicators?plan=cangshan-2013&{query}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
    }

    private static decimal? Actual(JsonElement item) =>
        item.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : item.GetProperty("actual").GetDecimal();

    [Fact]
    public async Task GetIndicators_Year2013_CountsEachTargetByItsWindow()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2013");

        Actual(items["patent-applications"]).ShouldBe(1900m);
        items["patent-applications"].GetProperty("met").GetBoolean().ShouldBeTrue();
        items["patent-applications"].GetProperty("status").GetString().ShouldBe("met");
        items["patent-applications"].GetProperty("change").GetDecimal().ShouldBe(1800m);
        Actual(items["patent-grants"]).ShouldBe(1200m);
        Actual(items["invention-applications-growth"]).ShouldBe(2m);
        items["invention-applications-growth"].GetProperty("met").GetBoolean().ShouldBeTrue();
        // A stock over the pilot: 130 at the end of 2013, half the pilot elapsed → expected 75 → on track.
        Actual(items["enterprises-in-contact"]).ShouldBe(130m);
        items["enterprises-in-contact"].GetProperty("status").GetString().ShouldBe("on-track");
        items["enterprises-in-contact"].GetProperty("progress").GetDecimal().ShouldBe(Math.Round(130m / 150m, 4));
        items["patent-applications"].GetProperty("definition").GetString().ShouldBe("测试口径：patent-applications");
    }

    [Fact]
    public async Task GetIndicators_PilotPeriod_AveragesAnnualAndTakesWeakestGrowth()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.Leadership), "period=pilot");

        // Annual average (1900 + 1700) / 2 = 1800 ≥ 1800.
        Actual(items["patent-applications"]).ShouldBe(1800m);
        items["patent-applications"].GetProperty("status").GetString().ShouldBe("met");
        // Annual target: each year on its own; 2014 (900) missed 1000 although the average is 1050.
        Actual(items["patent-grants"]).ShouldBe(1050m);
        items["patent-grants"].GetProperty("met").GetBoolean().ShouldBeFalse();
        items["patent-grants"].GetProperty("status").GetString().ShouldBe("behind");
        // Growth must hold every year: 2014 fell by 1.
        Actual(items["invention-applications-growth"]).ShouldBe(-1m);
        items["invention-applications-growth"].GetProperty("status").GetString().ShouldBe("behind");
        Actual(items["enterprises-in-contact"]).ShouldBe(155m);
        items["enterprises-in-contact"].GetProperty("met").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task GetIndicators_NobodyComputesTarget_NotTrackedWithNullActual()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2013");

        foreach (var id in new[] { "special-fund-ratio", "hand-counted-projects", "patent-database" })
        {
            items[id].GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
            items[id].GetProperty("met").ValueKind.ShouldBe(JsonValueKind.Null);
            items[id].GetProperty("status").GetString().ShouldBe("not-tracked");
        }
    }

    [Fact]
    public async Task GetEvidence_Year2013_ListsTheRecordsInsideTheYearOnly()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/indicators/patent-applications/evidence?plan=cangshan-2013&year=2013", Ct);

        body.GetProperty("total").GetInt32().ShouldBe(2);
        body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ShouldBe(["2013-01-01", "2013-12-31"]);
        body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ShouldBe(["日期", "数量"]);
    }

    [Fact]
    public async Task ExportEvidence_Year2013_XlsxWithTheRecords()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var response = await client.GetAsync("/api/indicators/patent-applications/evidence.xlsx?plan=cangshan-2013&year=2013", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r["日期"]?.ToString()).ShouldBe(["2013-01-01", "2013-12-31"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("year=2013&period=pilot")]
    [InlineData("period=forever")]
    [InlineData("year=1800")]
    public async Task GetIndicators_BadPeriod_BadRequestNamingPeriod(string query)
    {
        var factory = app.Factory;

        var response = await (await factory.ClientAsAsync(Roles.BureauStaff)).GetAsync($"/api/indicators?plan=cangshan-2013&{query}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("period");
    }

    [Fact]
    public async Task GetIndicators_UnknownPlan_NotFound()
    {
        var factory = app.Factory;

        var response = await (await factory.ClientAsAsync(Roles.BureauStaff)).GetAsync("/api/indicators?plan=nowhere-1999&year=2013", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.BureauAdmin)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.DepartmentLiaison)]
    public async Task GetIndicators_RoleWithoutPermission_Forbidden(string role)
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(role, scopeId: "x");

        IndicatorsFactory.IsRefused(await client.GetAsync("/api/indicators?plan=cangshan-2013&year=2013", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/api/indicators/patent-applications/evidence?plan=cangshan-2013&year=2013", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/api/indicators/patent-applications/evidence.xlsx?plan=cangshan-2013&year=2013", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/dashboard", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task GetIndicators_Anonymous_Unauthorized()
    {
        var factory = app.Factory;

        using var anonymous = new TestClient(factory);
        var response = await anonymous.Http.GetAsync("/api/indicators?plan=cangshan-2013&year=2013", Ct);

        IndicatorsFactory.IsRefused(response).ShouldBeTrue();
    }

    [Fact]
    public async Task GetIndicators_SeededCangshanPlanNoRecords_CountsZeroAndUncomputedNotTracked()
    {
        await using var factory = new CountyIpAppFactory();
        await factory.InitializeAsync();
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);

        var body = await client.Http.GetFromJsonAsync<JsonElement>("/api/indicators?plan=cangshan-2013&period=pilot", Ct);

        var items = body.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(24);
        var byId = items.ToDictionary(i => i.GetProperty("id").GetString()!);
        // Counted by the registry from an empty ledger: a real zero.
        byId["patent-applications"].GetProperty("actual").GetDecimal().ShouldBe(0m);
        // A share of no applications, and targets no module records: not tracked, never zero.
        // Counted by the Outreach module from no events and no attendance: real zeros too.
        byId["publicity-events"].GetProperty("actual").GetDecimal().ShouldBe(0m);
        byId["training-person-times"].GetProperty("actual").GetDecimal().ShouldBe(0m);
        foreach (var id in new[] { "service-invention-share", "special-fund-ratio", "patent-database" })
        {
            byId[id].GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
            byId[id].GetProperty("status").GetString().ShouldBe("not-tracked");
        }

        items.Single(i => i.GetProperty("id").GetString() == "service-invention-share").GetProperty("target").GetDecimal().ShouldBe(0.8m);
    }
}
