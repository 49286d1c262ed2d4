using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.ReferenceData;

/// <summary>Seeded reference data over the API and pages (issue 2 §8). One app per class; each test uses its own codes and dates.</summary>
public sealed class ReferenceDataApiTests(ReferenceDataApiTests.Fixture fixture) : IClassFixture<ReferenceDataApiTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task ListUnits_AfterFirstStart_HasDistrictTownshipsAndZonesWithCodes()
    {
        var units = (await GetJsonAsync((await fixture.ClientAs(Roles.BureauStaff)), "/api/reference/units")).EnumerateArray().ToList();

        var codes = units.Select(u => u.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("350104");
        codes.Count(c => c!.Length == 9 && c.StartsWith("350104", StringComparison.Ordinal) && c[6] is '0' or '1').ShouldBe(13);
        codes.ShouldContain("350104400");
        units.Single(u => u.GetProperty("code").GetString() == "350104001").GetProperty("nameZh").GetString().ShouldBe("仓前街道");
        units.Count(u => u.GetProperty("kind").GetString() == "InvestmentZone").ShouldBeGreaterThanOrEqualTo(2);
        units.Single(u => u.GetProperty("code").GetString() == "350104400").GetProperty("kind").GetString().ShouldBe("StatisticalUnit");
    }

    [Fact]
    public async Task ListDepartments_AfterFirstStart_HasThePlanDepartments()
    {
        var codes = (await GetJsonAsync((await fixture.ClientAs(Roles.Leadership)), "/api/reference/departments")).EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()).ToList();

        codes.ShouldContain("ip-bureau");
        codes.ShouldContain("market-regulation");
        codes.ShouldContain("party-school");
        codes.Count.ShouldBeGreaterThanOrEqualTo(13);
    }

    [Fact]
    public async Task ListDictionary_IndustryTags_HasTheSevenPlanIndustries()
    {
        var items = (await GetJsonAsync((await fixture.ClientAs(Roles.BureauStaff)), "/api/reference/dictionaries/industry-tag")).EnumerateArray().ToList();

        items.Select(i => i.GetProperty("nameZh").GetString()).ShouldBe(["电气", "机电", "汽配", "新材料", "新能源", "电子信息", "生物医药"]);
        (await GetJsonAsync((await fixture.ClientAs(Roles.BureauStaff)), "/api/reference/dictionaries/gbt4754-2017-section")).GetArrayLength().ShouldBe(20);
    }

    [Fact]
    public async Task ListHolidays_2026_HasNationalDayAndMakeUpDays()
    {
        var days = (await GetJsonAsync((await fixture.ClientAs(Roles.BureauStaff)), "/api/reference/holidays?year=2026")).EnumerateArray().ToList();

        days.Single(d => d.GetProperty("date").GetString() == "2026-10-10").GetProperty("kind").GetString().ShouldBe("MakeUpWorkingDay");
        days.Single(d => d.GetProperty("date").GetString() == "2026-10-01").GetProperty("kind").GetString().ShouldBe("Holiday");
        days.Count(d => d.GetProperty("kind").GetString() == "MakeUpWorkingDay").ShouldBe(6);
    }

    [Fact]
    public async Task AddWorkingDays_FromEveOfNationalDay_SkipsTheHoliday()
    {
        var result = await GetJsonAsync((await fixture.ClientAs(Roles.TownLiaison)), "/api/reference/working-days/add?start=2026-09-30&days=5");

        result.GetProperty("result").GetString().ShouldBe("2026-10-13");
    }

    [Fact]
    public async Task AddWorkingDays_TooManyDays_Returns400NamingDays()
    {
        var response = await (await fixture.ClientAs(Roles.BureauStaff)).GetAsync("/api/reference/working-days/add?start=2026-09-30&days=99999", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("days", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task SaveHoliday_NewHolidayOnWeekday_CalculatorSkipsItAtOnce()
    {
        var admin = (await fixture.ClientAs(Roles.BureauAdmin));
        (await GetJsonAsync(admin, "/api/reference/working-days/add?start=2027-03-02&days=1")).GetProperty("result").GetString().ShouldBe("2027-03-03");

        var put = await admin.PutAsJsonAsync("/api/reference/holidays/2027-03-03", new { kind = "Holiday", nameZh = "测试假日", nameEn = "Test holiday" }, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GetJsonAsync(admin, "/api/reference/working-days/add?start=2027-03-02&days=1")).GetProperty("result").GetString().ShouldBe("2027-03-04");
        (await admin.DeleteAsync("/api/reference/holidays/2027-03-03", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetJsonAsync(admin, "/api/reference/working-days/add?start=2027-03-02&days=1")).GetProperty("result").GetString().ShouldBe("2027-03-03");
    }

    [Fact]
    public async Task SaveHoliday_MakeUpDayOnWeekday_Returns409()
    {
        var response = await (await fixture.ClientAs(Roles.BureauAdmin)).PutAsJsonAsync(
            "/api/reference/holidays/2027-03-10", new { kind = "MakeUpWorkingDay", nameZh = "测试", nameEn = "Test" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("makeup-day-not-weekend");
    }

    [Fact]
    public async Task SaveUnit_MissingName_Returns400()
    {
        var response = await (await fixture.ClientAs(Roles.BureauAdmin)).PutAsJsonAsync("/api/reference/units/test-400", new { nameEn = "x", kind = "Town" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SaveUnit_UnknownParent_Returns409()
    {
        var response = await (await fixture.ClientAs(Roles.BureauAdmin)).PutAsJsonAsync(
            "/api/reference/units/test-409", new { nameZh = "测试", nameEn = "Test", kind = "Town", parentCode = "no-such-unit" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Seed_AfterBureauEdits_KeepsEditsAndAddsNothingTwice()
    {
        var admin = (await fixture.ClientAs(Roles.BureauAdmin));
        var put = await admin.PutAsJsonAsync("/api/reference/departments/education",
            new { nameZh = "区教育局（已改名）", nameEn = "Education Bureau (renamed)", isActive = false, sortOrder = 5 }, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = (await GetJsonAsync(admin, "/api/reference/units")).GetArrayLength();

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedAsync(false, Ct);
        }

        var education = await GetJsonAsync(admin, "/api/reference/departments/education");
        education.GetProperty("nameZh").GetString().ShouldBe("区教育局（已改名）");
        education.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        (await GetJsonAsync(admin, "/api/reference/units")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task SaveDictionaryItem_NewKind_StartsANewList()
    {
        var admin = (await fixture.ClientAs(Roles.BureauAdmin));
        var put = await admin.PutAsJsonAsync("/api/reference/dictionaries/test-kind/x1", new { nameZh = "甲", nameEn = "A", sortOrder = 1, isActive = true }, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GetJsonAsync(admin, "/api/reference/dictionaries/test-kind")).EnumerateArray().Single().GetProperty("code").GetString().ShouldBe("x1");
    }

    [Fact]
    public async Task ScopeDirectories_DepartmentAndUnit_OfferSeededTargets()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        await using var scope = fixture.Services.CreateAsyncScope();
        var directories = scope.ServiceProvider.GetServices<IScopeDirectory>().ToDictionary(d => d.Kind);

        var departments = await directories[ScopeKind.Department].SearchAsync("市场", 10, Ct);
        departments.Select(d => d.Id).ShouldContain("market-regulation");
        var unit = (await directories[ScopeKind.Unit].FindAsync("350104101", Ct)).ShouldNotBeNull();
        unit.Name.ShouldBe("城门镇");
        (await directories[ScopeKind.Unit].FindAsync("no-such-unit", Ct)).ShouldBeNull();
        var units = await directories[ScopeKind.Unit].SearchAsync(null, 100, Ct);
        units.Select(u => u.Id).ShouldNotContain("350104");
        units.Count.ShouldBeGreaterThanOrEqualTo(13);
        (await directories[ScopeKind.Unit].SearchAsync(null, 3, Ct)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task UnitsPage_Staff_ListsTownshipsWithKinds()
    {
        var html = await (await fixture.ClientAs(Roles.BureauStaff)).GetStringAsync("/reference/units?kind=Town", Ct);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);

        var rows = document.QuerySelectorAll("[data-testid=unit-table] tbody tr");
        rows.Select(r => r.GetAttribute("data-code")).ShouldBe(["350104100", "350104101", "350104102", "350104103", "350104104"]);
        rows[0].TextContent.ShouldContain("仓山镇");
        document.QuerySelector("[data-testid=unit-new]").ShouldBeNull();
    }

    [Fact]
    public async Task WorkingDaysPage_StartAndDays_ShowsResultDate()
    {
        var html = await (await fixture.ClientAs(Roles.BureauStaff)).GetStringAsync("/reference/working-days?start=2026-09-30&days=5", Ct);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);

        document.QuerySelector("[data-testid=working-days-date]")!.TextContent.ShouldBe("2026-10-13");
        document.QuerySelector("[data-testid=working-days-special]")!.TextContent.ShouldContain("国庆节");
    }

    [Fact]
    public async Task HolidaysPage_Admin_ShowsMakeUpDayAndCreateButton()
    {
        var html = await (await fixture.ClientAs(Roles.BureauAdmin)).GetStringAsync("/reference/holidays?year=2026", Ct);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);

        document.QuerySelector("[data-testid=holiday-table] tr[data-date='2026-02-28']")!.TextContent.ShouldContain("调休上班");
        document.QuerySelector("[data-testid=holiday-new]").ShouldNotBeNull();
    }

    [Fact]
    public async Task UnitEditPage_AdminCreatesZone_UnitIsListedWithValidity()
    {
        var client = (await fixture.ClientAs(Roles.BureauAdmin));
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/reference/units/new", Ct), Ct);
        var form = page.QuerySelector("[data-testid=unit-form]").ShouldNotBeNull();
        var fields = form.QuerySelectorAll("input[name], select[name]")
            .Where(e => e.GetAttribute("type") != "checkbox")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? string.Empty);
        fields["NewCode"] = "350104-zone-test";
        fields["Input.Kind"] = "InvestmentZone";
        fields["Input.ParentCode"] = "350104";
        fields["Input.NameZh"] = "测试投资区管委会";
        fields["Input.NameEn"] = "Test Investment Zone";
        fields["Input.ValidFrom"] = "2020-01-01";
        fields["Input.ValidTo"] = "2020-12-31";
        fields["Input.SortOrder"] = "500";

        var response = await client.PostAsync("/reference/units/new", new FormUrlEncodedContent(fields), Ct);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK);
        var unit = await GetJsonAsync(client, "/api/reference/units/350104-zone-test");
        unit.GetProperty("kind").GetString().ShouldBe("InvestmentZone");
        unit.GetProperty("validTo").GetString().ShouldBe("2020-12-31");
        var valid = await GetJsonAsync(client, "/api/reference/units?validOn=2026-01-01&kind=InvestmentZone");
        valid.EnumerateArray().Select(u => u.GetProperty("code").GetString()).ShouldNotContain("350104-zone-test");
    }

    [Theory]
    [InlineData(Roles.TownLiaison, "350104102", true)]
    [InlineData(Roles.DepartmentLiaison, "market-regulation", true)]
    [InlineData(Roles.TownLiaison, "no-such-unit", false)]
    [InlineData(Roles.DepartmentLiaison, "350104102", false)]
    public async Task CreateAccount_LiaisonScope_CheckedAgainstReferenceData(string role, string scopeId, bool accepted)
    {
        var admin = await fixture.ClientAs(Roles.BureauAdmin);

        var response = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = $"liaison-{Guid.NewGuid():N}"[..20], displayName = "联络员", role, scopeId }, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        if (accepted)
        {
            response.IsSuccessStatusCode.ShouldBeTrue(body);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
            body.ShouldContain("scope_not_found");
        }
    }
}
