using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// The registry's enterprise and other-rights calculators (issue 4 §1, §7) on a small directory whose figures are
/// counted by hand in each test, with the boundaries: a patent lapsed one day before the end of the period, a term
/// over without a recorded expiry, a designation expired the day before, a contact ended on the last day, filed on
/// 31 Dec vs 1 Jan, an outside owner, a second applicant in the district while the first is outside.
/// </summary>
public sealed class RegistryStockIndicatorsTests(RegistryStockIndicatorsTests.App app) : IClassFixture<RegistryStockIndicatorsTests.App>
{
    /// <summary>The records below, read by every test.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(new IndicatorsFactory { Plan = Plan() })
    {
        protected override Task SeedAsync(IndicatorsFactory factory) => RegistryStockIndicatorsTests.SeedAsync(factory);
    }

    private const string Town = "350104101";
    private const string OtherTown = "350104102";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PlanDefinition Plan() => TestPlans.Pilot2013() with
    {
        Targets =
        [
            Target("enterprises-in-contact", "二(二)3", 150m, TargetPeriodKind.CumulativeOverPilot),
            Target("enterprises-with-3-grants", "二(二)3", 50m, TargetPeriodKind.CumulativeOverPilot),
            Target("national-demo-units", "二(二)3", 7m, TargetPeriodKind.CumulativeOverPilot),
            Target("provincial-demo-enterprises", "二(二)3", 18m, TargetPeriodKind.CumulativeOverPilot),
            Target("municipal-demo-enterprises", "二(二)3", 20m, TargetPeriodKind.CumulativeOverPilot),
            Target("patent-applications", "二(二)6", 1800m, TargetPeriodKind.AnnualAverage, "件"),
            Target("trademark-applications", "二(二)6", 15m, TargetPeriodKind.AnnualAverage, "件"),
            Target("well-known-trademarks", "二(二)6", 7m, TargetPeriodKind.CumulativeOverPilot, "件"),
            Target("famous-trademarks", "二(二)6", 18m, TargetPeriodKind.CumulativeOverPilot, "件"),
            Target("copyright-registrations", "二(二)6", 40m, TargetPeriodKind.Annual, "件"),
            Target("standards-projects", "二(二)6", 3m, TargetPeriodKind.CumulativeOverPilot, "项"),
        ],
    };

    private static PlanTarget Target(string id, string section, decimal value, TargetPeriodKind kind, string unit = "家") =>
        new(id, section, new LocalizedText(id, id), $"{id}（条款）", unit, TargetComparison.AtLeast, value, kind);

    private static Enterprise NewEnterprise(string name, string code, string unit, PlanIndustry tags, DateOnly? contactFrom = null, DateOnly? contactTo = null,
        OrganisationKind kind = OrganisationKind.Enterprise, params Designation[] designations)
    {
        var enterprise = new Enterprise
        {
            Name = name, CreditCode = code, UnitCode = unit, IndustryTags = tags, Kind = kind, ContactStartedOn = contactFrom, ContactEndedOn = contactTo,
        };
        enterprise.ReplaceDesignations(designations);
        enterprise.Touch(DateTime.UtcNow);
        return enterprise;
    }

    private static Designation Designated(DesignationLevel level, int year, DateOnly? validUntil, DesignationKind kind = DesignationKind.Demonstration) =>
        new(level, kind, $"{level}{kind}{year}", "知识产权局", year, validUntil);

    /// <summary>A CN patent; <paramref name="holder"/> null = an individual in the district; <paramref name="external"/> = outside first applicant, holder second.</summary>
    private static Patent NewPatent(string number, PatentType type, DateOnly filed, DateOnly? granted, Enterprise? holder, bool external = false, DateOnly? lapsed = null)
    {
        var patent = new Patent { ApplicationNumber = number, Title = "测试专利" + number, Type = type, FilingDate = filed, GrantDate = granted };
        PatentApplicant[] applicants = external
            ? [new("外地某公司", ApplicantKind.Organisation, null, null), new(holder!.Name, ApplicantKind.Organisation, holder.Id, holder.CreditCode)]
            : holder is null ? [new("张三", ApplicantKind.Individual, null, null)] : [new(holder.Name, ApplicantKind.Organisation, holder.Id, holder.CreditCode)];
        patent.SetApplicants(applicants, !external, external ? null : holder?.UnitCode ?? OtherTown, null);
        patent.ChangeStatus(PatentLegalStatus.Pending, filed, null);
        if (granted is { } g)
        {
            patent.ChangeStatus(PatentLegalStatus.Granted, g, null);
        }

        if (lapsed is { } l)
        {
            patent.ChangeStatus(PatentLegalStatus.Lapsed, l, "未缴年费");
        }

        patent.Touch(DateTime.UtcNow);
        return patent;
    }

    private static Trademark NewTrademark(string number, Enterprise? owner, DateOnly applied, params TrademarkRecognition[] recognitions)
    {
        var mark = new Trademark
        {
            RegistrationNumber = number, Mark = "商标" + number, NiceClasses = "9", OwnerName = owner?.Name ?? "外地某商贸公司", EnterpriseId = owner?.Id, ApplicationDate = applied,
            Status = TrademarkStatus.Registered,
        };
        mark.ReplaceRecognitions(recognitions);
        mark.Touch(DateTime.UtcNow);
        return mark;
    }

    private static async Task SeedAsync(IndicatorsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();

        // 甲: contact since 2012; national demo since 2012 (no end); provincial twice (2011 and 2013, both valid).
        var a = NewEnterprise("甲电气有限公司", "91350104A00000001A", Town, PlanIndustry.Electrical, new(2012, 5, 1), null, OrganisationKind.Enterprise,
            Designated(DesignationLevel.National, 2012, null), Designated(DesignationLevel.Provincial, 2011, new(2015, 12, 31)),
            Designated(DesignationLevel.Provincial, 2013, null, DesignationKind.Pilot));
        // 乙: contact began on the last day of 2013; national demo only from 2014.
        var b = NewEnterprise("乙材料有限公司", "91350104B00000001B", OtherTown, PlanIndustry.NewMaterials | PlanIndustry.ElectronicInformation, new(2013, 12, 31), null,
            OrganisationKind.Enterprise, Designated(DesignationLevel.National, 2014, null));
        // 丙: contact ended on the last day of 2013; provincial designation expired the day before the end of 2013.
        var c = NewEnterprise("丙科技有限公司", "91350104C00000001C", Town, PlanIndustry.None, new(2011, 1, 1), new(2013, 12, 31), OrganisationKind.Enterprise,
            Designated(DesignationLevel.Provincial, 2010, new(2013, 12, 30)));
        // 丁 (an institute): contact from 1 Jan 2014; provincial valid until the last day of 2013; municipal from 2014.
        var d = NewEnterprise("丁研究院", "12350104D00000001D", Town, PlanIndustry.Biomedicine, new(2014, 1, 1), null, OrganisationKind.ResearchInstitute,
            Designated(DesignationLevel.Provincial, 2013, new(2013, 12, 31)), Designated(DesignationLevel.Municipal, 2014, null));
        // 戊: contact ended the day after the end of 2013; municipal 2013–2015.
        var e = NewEnterprise("戊汽配有限公司", "91350104E00000001E", OtherTown, PlanIndustry.AutoParts, new(2010, 1, 1), new(2014, 1, 1), OrganisationKind.Enterprise,
            Designated(DesignationLevel.Municipal, 2013, new(2015, 12, 31)));
        db.AddRange(a, b, c, d, e);

        db.AddRange(
            // 甲: an invention (2010) and a utility model (2012) in force, a utility model lapsed 2013-12-30, a design granted 2013-12-31.
            NewPatent("201010000001", PatentType.Invention, new(2008, 3, 1), new(2010, 6, 1), a),
            NewPatent("201220000001", PatentType.UtilityModel, new(2012, 1, 5), new(2012, 8, 1), a),
            NewPatent("201120000001", PatentType.UtilityModel, new(2011, 2, 1), new(2011, 9, 1), a, lapsed: new(2013, 12, 30)),
            NewPatent("201330000001", PatentType.Design, new(2013, 2, 1), new(2013, 12, 31), a),
            // 乙: two grants in 2012, one granted 2 Jan 2014 (filed 2013), and one where 乙 is second after an outside first applicant.
            NewPatent("201220000002", PatentType.UtilityModel, new(2012, 1, 6), new(2012, 9, 1), b),
            NewPatent("201220000003", PatentType.UtilityModel, new(2012, 1, 7), new(2012, 9, 2), b),
            NewPatent("201320000002", PatentType.UtilityModel, new(2013, 3, 1), new(2014, 1, 2), b),
            NewPatent("201320000003", PatentType.UtilityModel, new(2013, 4, 1), new(2013, 10, 1), b, external: true),
            // 丙: three grants in 2012, one of them lapsed on 1 Jan 2014.
            NewPatent("201220000004", PatentType.UtilityModel, new(2012, 1, 8), new(2012, 9, 3), c),
            NewPatent("201220000005", PatentType.UtilityModel, new(2012, 1, 9), new(2012, 9, 4), c),
            NewPatent("201220000006", PatentType.UtilityModel, new(2012, 1, 10), new(2012, 9, 5), c, lapsed: new(2014, 1, 1)),
            // 戊: a utility model filed 2003-06-01 (term over 2013-06-01, no expiry recorded) and two inventions.
            NewPatent("03100001", PatentType.UtilityModel, new(2003, 6, 1), new(2004, 5, 1), e),
            NewPatent("201210000001", PatentType.Invention, new(2012, 2, 1), new(2012, 12, 1), e),
            NewPatent("201210000002", PatentType.Invention, new(2012, 2, 2), new(2012, 12, 2), e),
            // An individual applicant in the district, filed 2013 (no enterprise, no plan industry).
            NewPatent("201320000004", PatentType.UtilityModel, new(2013, 7, 1), null, null));

        db.AddRange(
            NewTrademark("10000001", a, new(2013, 1, 1), new TrademarkRecognition(RecognitionKind.Famous, 2013, new(2016, 12, 31))),
            NewTrademark("10000002", a, new(2012, 12, 31), new TrademarkRecognition(RecognitionKind.WellKnown, 2010, null)),
            NewTrademark("10000003", null, new(2013, 5, 1), new TrademarkRecognition(RecognitionKind.WellKnown, 2012, null)),
            NewTrademark("10000004", b, new(2013, 12, 31), new TrademarkRecognition(RecognitionKind.Famous, 2011, new(2013, 12, 30))));

        CopyrightRegistration Copyright(string number, CopyrightKind kind, DateOnly on, Enterprise? owner)
        {
            var registration = new CopyrightRegistration { RegistrationNumber = number, Kind = kind, Title = "作品" + number, OwnerName = owner?.Name ?? "李四", EnterpriseId = owner?.Id, RegisteredOn = on };
            registration.Touch(DateTime.UtcNow);
            return registration;
        }

        db.AddRange(
            Copyright("2013SR000001", CopyrightKind.Software, new(2013, 1, 1), a),
            Copyright("闽作登字-2013-A-00000001", CopyrightKind.Works, new(2013, 12, 31), null),
            Copyright("2012SR000001", CopyrightKind.Software, new(2012, 12, 31), b));

        StandardsProject Standard(string title, StandardLevel level, int year, Enterprise owner)
        {
            var project = new StandardsProject { Title = title, Level = level, Role = StandardRole.Lead, Kind = StandardProjectKind.New, StartYear = year, EnterpriseId = owner.Id };
            project.Touch(DateTime.UtcNow);
            return project;
        }

        db.AddRange(
            Standard("国家标准甲", StandardLevel.National, 2013, a),
            Standard("行业标准乙", StandardLevel.Industry, 2014, b),
            Standard("地方标准丙", StandardLevel.Local, 2013, c),
            Standard("团体标准丁", StandardLevel.Group, 2013, d),
            Standard("国家标准戊（试点前）", StandardLevel.National, 2012, e));
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
    public async Task ComputeStockIndicators_Year2013_HandCountedValues()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2013");

        // In contact at 2013-12-31: 甲, 乙 (began that day), 戊 (ended the day after) = 3; 丙 ended that day, 丁 began 2014.
        Actual(items["enterprises-in-contact"]).ShouldBe(3m);
        // In force at 2013-12-31: 甲 3 (2010, 2012, the design granted that day; not the one lapsed 12-30) → counts;
        // 乙 2 (2014 grant not yet, second-applicant patent not held) → no; 丙 3 (lapsed 2014-01-01) → counts;
        // 戊 2 (the 2003 utility model's term ended 2013-06-01) → no. Total 2.
        Actual(items["enterprises-with-3-grants"]).ShouldBe(2m);
        // National: 甲 (2012) = 1; 乙 only from 2014. Provincial: 甲 (twice, counted once), 丁 (valid until that day) = 2;
        // 丙 expired the day before. Municipal: 戊 = 1; 丁 only from 2014.
        Actual(items["national-demo-units"]).ShouldBe(1m);
        Actual(items["provincial-demo-enterprises"]).ShouldBe(2m);
        Actual(items["municipal-demo-enterprises"]).ShouldBe(1m);
        // Trademark applications 2013: 10000001 (1 Jan), 10000004 (31 Dec) = 2; 10000002 filed 31 Dec 2012; 10000003 outside owner.
        Actual(items["trademark-applications"]).ShouldBe(2m);
        // Well-known at end 2013: 10000002 = 1 (10000003's owner is outside). Famous: 10000001 = 1 (10000004's expired 12-30).
        Actual(items["well-known-trademarks"]).ShouldBe(1m);
        Actual(items["famous-trademarks"]).ShouldBe(1m);
        // Copyrights dated 2013: 1 Jan software and 31 Dec works = 2; 31 Dec 2012 is not.
        Actual(items["copyright-registrations"]).ShouldBe(2m);
        // Standards: national 2013 = 1 (industry 2014 later; local and group never; national 2012 before the pilot).
        Actual(items["standards-projects"]).ShouldBe(1m);
        // Patent applications 2013: 甲's design, 乙's 2013 utility model, the individual's = 3; the outside-first one never.
        Actual(items["patent-applications"]).ShouldBe(3m);
    }

    [Fact]
    public async Task ComputeStockIndicators_Year2014_TakenAtTheEndOf2014()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.BureauStaff), "year=2014");

        // In contact at 2014-12-31: 甲, 乙, 丁 = 3 (丙 and 戊 ended).
        Actual(items["enterprises-in-contact"]).ShouldBe(3m);
        // 甲 3 → counts; 乙 3 (the 2014-01-02 grant) → counts; 丙 2 (lapsed 2014-01-01) → no; 戊 2 → no. Total 2.
        Actual(items["enterprises-with-3-grants"]).ShouldBe(2m);
        // National: 甲, 乙 = 2. Provincial: 甲 (the 2011 one valid to 2015, the 2013 one open) = 1. Municipal: 丁, 戊 = 2.
        Actual(items["national-demo-units"]).ShouldBe(2m);
        Actual(items["provincial-demo-enterprises"]).ShouldBe(1m);
        Actual(items["municipal-demo-enterprises"]).ShouldBe(2m);
        // Standards started 2013–2014: national 2013 and industry 2014 = 2.
        Actual(items["standards-projects"]).ShouldBe(2m);
    }

    [Fact]
    public async Task ComputeStockIndicators_TownLiaison_OnlyTheirUnit()
    {
        var factory = app.Factory;
        var items = await ItemsAsync(await factory.ClientAsAsync(Roles.TownLiaison, scopeId: OtherTown), "year=2013");

        // The other town holds 乙 and 戊: in contact both = 2; trademark applications 10000004 = 1; no standards.
        Actual(items["enterprises-in-contact"]).ShouldBe(2m);
        Actual(items["trademark-applications"]).ShouldBe(1m);
        Actual(items["municipal-demo-enterprises"]).ShouldBe(1m);
        Actual(items["standards-projects"]).ShouldBe(0m);
        Actual(items["copyright-registrations"]).ShouldBe(0m);
        // 乙 and 戊 hold 2 patents in force each; 甲 and 丙 (3 each) are in the other unit.
        Actual(items["enterprises-with-3-grants"]).ShouldBe(0m);
    }

    [Fact]
    public async Task GetBreakdown_ByIndustry_EnterpriseTagsCountInEachIndustry()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var contact = await client.GetFromJsonAsync<JsonElement>("/api/indicators/enterprises-in-contact/breakdown?plan=cangshan-2013&year=2013&kind=industry", Ct);
        var applications = await client.GetFromJsonAsync<JsonElement>("/api/indicators/patent-applications/breakdown?plan=cangshan-2013&year=2013&kind=industry", Ct);
        var holders = await client.GetFromJsonAsync<JsonElement>("/api/indicators/enterprises-with-3-grants/breakdown?plan=cangshan-2013&year=2013&kind=unit", Ct);

        static string[] Rows(JsonElement rows) =>
            [.. rows.EnumerateArray().Select(r => $"{r.GetProperty("key").GetString()}={r.GetProperty("value").GetDecimal()}")];

        // 甲 electrical; 乙 new materials and electronic information (both); 戊 auto parts — in the plan's order.
        Rows(contact).ShouldBe(["Electrical=1", "AutoParts=1", "NewMaterials=1", "ElectronicInformation=1"]);
        // By the first applicant's enterprise: 甲's design, 乙's utility model, the individual's (no industry).
        Rows(applications).ShouldBe(["Electrical=1", "NewMaterials=1", "ElectronicInformation=1", "None=1"]);
        // 甲 and 丙 are both in the town.
        Rows(holders).ShouldBe([$"{Town}=2"]);
    }

    [Fact]
    public async Task Dashboard_Staff_IndustryBreakdownBesideTheUnitBreakdown()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var page = Html.Parse(await client.GetStringAsync("/dashboard?year=2013", Ct));

        var contact = page.QuerySelector("[data-indicator='enterprises-in-contact']")!;
        contact.QuerySelector("[data-testid='breakdown-industry'] th")!.Text().ShouldBe("重点产业");
        contact.QuerySelectorAll("[data-testid='breakdown-industry'] tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(c => c.Text())))
            .ShouldBe(["电气 1", "汽配 1", "新材料 1", "电子信息 1"]);
        // 甲 in the town (城门镇); 乙 and 戊 in the other town (盖山镇) — by name, not by code.
        contact.QuerySelectorAll("[data-testid='breakdown-unit'] tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(c => c.Text())))
            .ShouldBe(["盖山镇 2", "城门镇 1"]);
    }

    [Fact]
    public async Task GetBreakdown_UnknownKind_400()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var response = await client.GetAsync("/api/indicators/enterprises-in-contact/breakdown?plan=cangshan-2013&year=2013&kind=colour", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Evidence_EnterprisesWith3Grants_ListsHoldersWithTheirPatentsInForce()
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var evidence = await client.GetFromJsonAsync<JsonElement>("/api/indicators/enterprises-with-3-grants/evidence?plan=cangshan-2013&year=2013", Ct);

        evidence.GetProperty("total").GetInt32().ShouldBe(2);
        evidence.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("values")[0].GetString()}:{i.GetProperty("values")[5].GetString()}")
            .ShouldBe(["丙科技有限公司:3", "甲电气有限公司:3"]);
    }
}
