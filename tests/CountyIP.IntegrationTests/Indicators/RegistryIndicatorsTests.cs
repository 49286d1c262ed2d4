using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// The registry's patent calculators (issue 4 §1, §7) on a small ledger whose figures are counted by hand below,
/// with the boundaries: filed 31 Dec vs 1 Jan, an external first applicant, a second applicant inside the district
/// while the first is outside.
/// </summary>
public sealed class RegistryIndicatorsTests(RegistryIndicatorsTests.App app) : IClassFixture<RegistryIndicatorsTests.App>
{
    /// <summary>The patent targets over the records below, read by every test but the agencies' one.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(new IndicatorsFactory { Plan = TestPlans.PatentTargets() })
    {
        protected override Task SeedAsync(IndicatorsFactory factory) => RegistryIndicatorsTests.SeedAsync(factory);
    }

    private const string Town = "350104101";
    private const string OtherTown = "350104102";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Patent NewPatent(
        string number, PatentType type, DateOnly filed, bool inDistrict, string? unit, bool service = true,
        DateOnly? granted = null, string? agency = "福州某专利代理事务所", string office = Patent.ChineseOffice, bool pct = false)
    {
        var patent = new Patent { ApplicationNumber = number, Title = "测试专利" + number, Type = type, FilingDate = filed, GrantDate = granted, AgencyName = agency, Office = office, ViaPct = pct };
        PatentApplicant[] applicants = inDistrict
            ? [new("仓山某科技有限公司", ApplicantKind.Organisation, null, null)]
            : [new("外地某公司", ApplicantKind.Organisation, null, null), new("仓山某科技有限公司", ApplicantKind.Organisation, null, null)];
        patent.SetApplicants(applicants, inDistrict, unit, service);
        patent.ChangeStatus(granted is null ? PatentLegalStatus.Pending : PatentLegalStatus.Granted, granted ?? filed, null);
        patent.Touch(DateTime.UtcNow);
        return patent;
    }

    private static async Task SeedAsync(IndicatorsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        db.AddRange(
            // 2012: one invention filed on 31 Dec (counts for 2012, not 2013).
            NewPatent("201210000001", PatentType.Invention, new(2012, 12, 31), true, Town),
            // 2013: an invention filed on 1 Jan, granted 2013-11-05 (service, agency).
            NewPatent("201310000001", PatentType.Invention, new(2013, 1, 1), true, Town, granted: new(2013, 11, 5)),
            // 2013: a utility model, individual (not service), no agency, other town, granted 2013-12-31.
            NewPatent("201320000001", PatentType.UtilityModel, new(2013, 3, 1), true, OtherTown, service: false, granted: new(2013, 12, 31), agency: null),
            // 2013: a design filed on 31 Dec, granted 1 Jan 2014 (a 2014 grant).
            NewPatent("201330000001", PatentType.Design, new(2013, 12, 31), true, Town, granted: new(2014, 1, 1)),
            // 2013: external first applicant, second applicant in the district → never counted.
            NewPatent("201310000002", PatentType.Invention, new(2013, 6, 1), false, null, granted: new(2013, 9, 1)),
            // 2013: a PCT application of a district applicant (foreign), and one at a foreign office in 2012.
            NewPatent("PCT/CN2013/000001", PatentType.Invention, new(2013, 5, 1), true, Town, office: "WO", pct: true),
            NewPatent("US13/000001", PatentType.Invention, new(2012, 5, 1), true, Town, office: "US"));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<Dictionary<string, JsonElement>> ItemsAsync(HttpClient client, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?plan=cangshan-2013&{query}", Ct);
        return body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
    }

    private static decimal? Actual(JsonElement item) =>
        item.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : item.GetProperty("actual").GetDecimal();

    [Fact]
    public async Task ComputeRegistryIndicators_Year2013_HandCountedValues()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2013");

        // CN, district first applicant, filed 2013-01-01..2013-12-31: 201310000001, 201320000001, 201330000001 = 3.
        Actual(items["patent-applications"]).ShouldBe(3m);
        // Granted in 2013: 201310000001 (11-05), 201320000001 (12-31) = 2; the external grant does not count.
        Actual(items["patent-grants"]).ShouldBe(2m);
        Actual(items["invention-grants"]).ShouldBe(1m);
        // Service inventions 2 of 3 (the utility model's applicant is not); agency-filed 2 of 3.
        Actual(items["service-invention-share"]).ShouldBe(0.6667m);
        Actual(items["agency-filed-share"]).ShouldBe(0.6667m);
        // Invention applications: 2013 = 1 (201310000001), 2012 = 1 (31 Dec) → change 0 → growth not met.
        Actual(items["invention-applications-growth"]).ShouldBe(0m);
        items["invention-applications-growth"].GetProperty("met").GetBoolean().ShouldBeFalse();
        // Foreign/PCT: 2013 = 1 (PCT), 2012 = 1 (US) → change 0 → a flat year is no steady rise (稳步提升): not met.
        Actual(items["foreign-applications-growth"]).ShouldBe(0m);
        items["foreign-applications-growth"].GetProperty("met").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task ComputeRegistryIndicators_TownLiaison_OnlyTheirUnitsPatents()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.TownLiaison, scopeId: OtherTown), "year=2013");

        // Only the utility model is in the other town.
        Actual(items["patent-applications"]).ShouldBe(1m);
        Actual(items["service-invention-share"]).ShouldBe(0m);
    }

    [Fact]
    public async Task Evidence_PatentApplications2014_TheDesignFiledOn31DecIsNotThere()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var grants2014 = await client.GetFromJsonAsync<JsonElement>("/api/indicators/patent-grants/evidence?plan=cangshan-2013&year=2014", Ct);
        var applications2013 = await client.GetFromJsonAsync<JsonElement>("/api/indicators/patent-applications/evidence?plan=cangshan-2013&year=2013", Ct);

        grants2014.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("values")[0].GetString()).ShouldBe(["201330000001"]);
        applications2013.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("values")[0].GetString())
            .ShouldBe(["201310000001", "201320000001", "201330000001"]);
    }

    [Fact]
    public async Task ComputeServiceAgencies_ClosedOnTheLastDayOrLater_HandCounted()
    {
        await using var factory = new IndicatorsFactory { Plan = TestPlans.Pilot2013() with { Targets = [TestPlans.AgencyTarget] } };
        await factory.InitializeAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            ServiceAgency Agency(string name, DateOnly? established, DateOnly? closed)
            {
                var agency = new ServiceAgency { Name = name, Kind = AgencyKind.PatentAgency, UnitCode = Town, EstablishedOn = established, ClosedOn = closed };
                agency.Touch(DateTime.UtcNow);
                return agency;
            }

            db.AddRange(
                Agency("甲代理", new(2010, 1, 1), null),
                Agency("乙代理（2013-12-31 注销）", new(2011, 1, 1), new(2013, 12, 31)),
                Agency("丙代理（2014-01-01 注销）", new(2011, 1, 1), new(2014, 1, 1)),
                Agency("丁代理（2014 年成立）", new(2014, 1, 1), null),
                Agency("戊代理（无成立日期）", null, null));
            await db.SaveChangesAsync(Ct);
        }

        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2013");

        // Open at 2013-12-31: 甲, 丙 (closed the day after), 戊 = 3; 乙 closed that day, 丁 not yet founded.
        Actual(items["service-agencies"]).ShouldBe(3m);
    }
}
