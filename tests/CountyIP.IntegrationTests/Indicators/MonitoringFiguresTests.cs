using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Protection.Contracts;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// Monitoring figures without a plan target (protection, issue 5 §6) on the dashboard and the API, read through the
/// Protection module's contract only.
/// </summary>
public sealed class MonitoringFiguresTests(MonitoringFiguresTests.App app) : IClassFixture<MonitoringFiguresTests.App>
{
    /// <summary>The fixed figures, read by every test but the one over the real Protection module.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(new IndicatorsFactory { ProtectionFigures = new FixedProtectionFigures() });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>2012: 40 received, 35 accepted, 30 concluded (0.9 in time, 50.5 days), 3 actions; 2013: 52, 47, 44 (0.8636, 41.2 days), 5.</summary>
    private sealed class FixedProtectionFigures : IProtectionFigures
    {
        public Task<ProtectionYearFigures> ForYearAsync(int year, CancellationToken cancellationToken) => Task.FromResult(year switch
        {
            2012 => new ProtectionYearFigures(2012, 40, 35, 30, 0.9m, 50.5m, 3),
            2013 => new ProtectionYearFigures(2013, 52, 47, 44, 0.8636m, 41.2m, 5),
            _ => new ProtectionYearFigures(year, 0, 0, 0, null, null, 0),
        });

        public Task<int> OverdueCasesAsync(DateOnly today, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    private static async Task<IndicatorsFactory> NewFactoryAsync(bool fixedFigures = true)
    {
        var factory = new IndicatorsFactory { ProtectionFigures = fixedFigures ? new FixedProtectionFigures() : null };
        await factory.InitializeAsync();
        return factory;
    }

    [Fact]
    public async Task GetMonitoring_Year2013_ValuesWithTheYearBefore()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.Leadership);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/indicators/monitoring?year=2013", Ct);

        body.GetProperty("year").GetInt32().ShouldBe(2013);
        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        items.Keys.ShouldBe([
            "protection-cases-received", "protection-cases-accepted", "protection-cases-concluded",
            "protection-concluded-within-deadline-share", "protection-average-handling-days", "protection-enforcement-actions", "funding-special-fund-growth", "funding-expenditure-growth",
            "funding-paid", "funding-enterprises-supported", "funding-invention-share",
            "outreach-campaign-events", "outreach-five-intos-events", "outreach-five-intos-kinds", "outreach-media-events",
            "outreach-person-times-officials", "outreach-person-times-enterprises", "outreach-person-times-students-public", "outreach-certificates",
        ]);
        items["protection-cases-received"].GetProperty("value").GetDecimal().ShouldBe(52m);
        items["protection-cases-received"].GetProperty("change").GetDecimal().ShouldBe(12m);
        items["protection-cases-concluded"].GetProperty("previous").GetDecimal().ShouldBe(30m);
        items["protection-concluded-within-deadline-share"].GetProperty("value").GetDecimal().ShouldBe(0.8636m);
        items["protection-average-handling-days"].GetProperty("change").GetDecimal().ShouldBe(-9.3m);
        items["protection-enforcement-actions"].GetProperty("value").GetDecimal().ShouldBe(5m);
        items["protection-enforcement-actions"].GetProperty("name").GetString().ShouldBe("联合执法行动");
    }

    [Fact]
    public async Task GetMonitoring_RealProtectionModuleWithoutCases_ZeroCountsAndNoShare()
    {
        await using var factory = await NewFactoryAsync(fixedFigures: false);
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/indicators/monitoring?year=2013", Ct);

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        items["protection-cases-received"].GetProperty("value").GetDecimal().ShouldBe(0m);
        items["protection-concluded-within-deadline-share"].GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetMonitoring_WithoutYear_400()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        (await client.GetAsync("/api/indicators/monitoring", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetMonitoring_TownLiaison_Forbidden()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.TownLiaison, scopeId: "350104101");

        IndicatorsFactory.IsRefused(await client.GetAsync("/api/indicators/monitoring?year=2013", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Dashboard_Leadership_MonitoringSectionWithBothYears()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.Leadership);

        var page = Html.Parse(await client.GetStringAsync("/dashboard?year=2013", Ct));

        var section = page.ByTestId("monitoring");
        section.QuerySelector("h2")!.Text().ShouldBe("监测指标（方案未设目标）");
        var share = section.QuerySelector("[data-figure='protection-concluded-within-deadline-share']")!;
        share.QuerySelectorAll("td").Select(td => td.Text()).ShouldBe(["90%", "86.36%"]);
        var received = section.QuerySelector("[data-figure='protection-cases-received']")!;
        received.QuerySelector("th")!.Text().ShouldBe("收到的投诉举报案件");
        received.QuerySelectorAll("td").Select(td => td.Text()).ShouldBe(["40 件", "52 件"]);
    }

    [Fact]
    public async Task Dashboard_English_MonitoringSectionInEnglish()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var page = Html.Parse(await client.GetStringAsync("/dashboard?year=2013", Ct));

        var section = page.ByTestId("monitoring");
        section.QuerySelector("h2")!.Text().ShouldBe("Monitoring figures (no plan target)");
        section.QuerySelector("[data-figure='protection-enforcement-actions'] th")!.Text().ShouldBe("Joint enforcement actions");
    }

    [Fact]
    public async Task Dashboard_TownLiaison_NoMonitoringSection()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.TownLiaison, scopeId: "350104101");

        var page = Html.Parse(await client.GetStringAsync("/dashboard?year=2013", Ct));

        page.QuerySelector("[data-testid='monitoring']").ShouldBeNull();
        page.ByTestId("indicators").ShouldNotBeNull();
    }
}
