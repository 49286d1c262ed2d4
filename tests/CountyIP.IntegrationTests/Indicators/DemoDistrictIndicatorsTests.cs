using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CountyIP.IntegrationTests.Crawler;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// Every indicator of the real plan on the generated demo district (issue 9): evidence, breakdowns, drill-down pages,
/// exports and the self-assessment report all answer — on SQLite and on PostgreSQL (the suite runs on both) — and
/// speak names, never codes (unit 350104103, enum NewEnergy, Enterprise). The run's one demo district, shared with the
/// crawls.
/// </summary>
public sealed partial class DemoDistrictIndicatorsTests(DemoDistrict demo)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenEveryIndicator_DemoDistrict_EvidenceBreakdownsPagesAndExportsAnswer()
    {
        using var staff = await ClientAsync("zh-CN");
        var ids = await IndicatorIdsAsync(staff.Http);
        ids.Count.ShouldBeGreaterThan(20);

        foreach (var period in new[] { "period=pilot", "year=2013", "year=2014" })
        {
            foreach (var id in ids)
            {
                var evidence = await staff.GetAsync($"/api/indicators/{id}/evidence?{period}&pageSize=20");
                evidence.StatusCode.ShouldBe(HttpStatusCode.OK, $"evidence of {id} ({period}): {await evidence.Content.ReadAsStringAsync(Ct)}");
                foreach (var kind in new[] { "unit", "industry", "audience" })
                {
                    var breakdown = await staff.GetAsync($"/api/indicators/{id}/breakdown?{period}&kind={kind}");
                    breakdown.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.NotFound], $"{kind} breakdown of {id} ({period})");
                }

                var page = await staff.GetPageAsync($"/dashboard/{id}?{period}");
                (page.QuerySelector("[data-testid='evidence-table']") ?? page.QuerySelector("[data-testid='no-records']")).ShouldNotBeNull($"{id} ({period})");
            }
        }

        foreach (var id in ids)
        {
            var export = await staff.GetAsync($"/api/indicators/{id}/evidence.xlsx?period=pilot");
            export.StatusCode.ShouldBe(HttpStatusCode.OK, $"export of {id}");
        }
    }

    [Fact]
    public async Task OpenDemonstrationDrillDowns_DemoDistrict_ListsEnterprisesWithNames()
    {
        using var staff = await ClientAsync("zh-CN");

        foreach (var id in new[] { "national-demo-units", "provincial-demo-enterprises", "municipal-demo-enterprises" })
        {
            var page = await staff.GetPageAsync($"/dashboard/{id}?period=pilot");
            var rows = page.QuerySelectorAll("[data-testid='evidence-table'] tbody tr");
            rows.Length.ShouldBeGreaterThan(0, id);
            var headers = page.QuerySelectorAll("[data-testid='evidence-table'] thead th").Select(h => h.Text().Trim()).ToList();
            var designations = headers.IndexOf("称号");
            designations.ShouldBeGreaterThan(0, string.Join(",", headers));
            rows.ShouldAllBe(r => r.QuerySelectorAll("td")[designations].Text().Trim().Length > 0);
        }
    }

    /// <summary>
    /// One town's share (the link from a town's assessment score, issue 14 §5): the records of patent-grants with
    /// unit= are as many as the town's slice of the unit breakdown and named by the town; a town liaison asking for
    /// another town still gets their own; a target that does not split by unit ignores the filter.
    /// </summary>
    [Fact]
    public async Task GetEvidence_OneTown_AsManyAsItsSliceOfTheBreakdown()
    {
        using var staff = await ClientAsync("zh-CN");
        var slices = (await staff.Http.GetFromJsonAsync<JsonElement>("/api/indicators/patent-grants/breakdown?period=pilot&kind=unit", Ct)).EnumerateArray().ToList();
        var town = slices.First(s => s.GetProperty("value").GetDecimal() > 0);
        var other = slices.First(s => s.GetProperty("key").GetString() != town.GetProperty("key").GetString());
        var code = town.GetProperty("key").GetString()!;

        var evidence = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/indicators/patent-grants/evidence?period=pilot&unit={code}&pageSize=1", Ct);
        evidence.GetProperty("total").GetInt32().ShouldBe((int)town.GetProperty("value").GetDecimal());
        evidence.GetProperty("unitCode").GetString().ShouldBe(code);
        evidence.GetProperty("unitName").GetString().ShouldBe(town.GetProperty("label").GetString());
        var page = await staff.GetPageAsync($"/dashboard/patent-grants?unit={code}");
        page.QuerySelector("[data-testid='evidence-unit']")!.TextContent.ShouldContain(town.GetProperty("label").GetString()!);
        page.QuerySelector("[data-testid='export']")!.GetAttribute("href")!.ShouldContain($"unit={code}");

        using var liaison = await SignedInAsync(Roles.TownLiaison, other.GetProperty("key").GetString());
        var own = await liaison.Http.GetFromJsonAsync<JsonElement>($"/api/indicators/patent-grants/evidence?period=pilot&unit={code}&pageSize=1", Ct);
        own.GetProperty("unitCode").GetString().ShouldBe(other.GetProperty("key").GetString(), "a town liaison sees their own town, whatever they ask");

        var district = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/indicators/patent-grants/evidence?period=pilot&pageSize=1", Ct);
        district.GetProperty("total").GetInt32().ShouldBeGreaterThan(evidence.GetProperty("total").GetInt32());
        foreach (var id in await IndicatorIdsAsync(staff.Http))
        {
            if ((await staff.GetAsync($"/api/indicators/{id}/breakdown?period=pilot&kind=unit")).StatusCode == HttpStatusCode.NotFound)
            {
                var whole = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/indicators/{id}/evidence?period=pilot&unit={code}&pageSize=1", Ct);
                whole.GetProperty("unitCode").ValueKind.ShouldBe(JsonValueKind.Null, $"{id} has no town's share");
            }
        }
    }

    [Fact]
    public async Task GetEvidenceAndBreakdowns_ChineseAndEnglish_NamesNotCodes()
    {
        foreach (var language in new[] { "zh-CN", "en-US" })
        {
            using var client = await ClientAsync(language);
            foreach (var id in new[] { "enterprises-in-contact", "patent-grants", "service-agencies", "standards-projects", "copyright-registrations", "trademark-applications" })
            {
                var evidence = await client.Http.GetFromJsonAsync<JsonElement>($"/api/indicators/{id}/evidence?period=pilot&pageSize=100", Ct);
                var values = evidence.GetProperty("items").EnumerateArray()
                    .SelectMany(i => i.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty))
                    .ToList();
                values.ShouldNotBeEmpty(id);
                values.ShouldNotContain(v => UnitCode().IsMatch(v), $"{id} ({language}) shows a unit code");
                if (language == "zh-CN")
                {
                    values.ShouldNotContain(v => RawEnum().IsMatch(v), $"{id} shows an enum name");
                }
                else
                {
                    // Names of enterprises, titles and marks are data and may be Chinese; the columns the app names may not.
                    var columns = evidence.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
                    foreach (var named in new[] { "Kind", "Type", "Unit", "Plan industries", "Level", "Role", "Status", "Service invention" })
                    {
                        var index = columns.IndexOf(named);
                        if (index < 0)
                        {
                            continue;
                        }

                        var cells = evidence.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("values")[index].ToString());
                        cells.ShouldNotContain(c => Han().IsMatch(c), $"{id}: column {named} in English");
                    }
                }

                foreach (var kind in new[] { "unit", "industry", "audience" })
                {
                    var response = await client.GetAsync($"/api/indicators/{id}/breakdown?period=pilot&kind={kind}");
                    if (response.StatusCode == HttpStatusCode.NotFound)
                    {
                        continue;
                    }

                    var labels = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().Select(r => r.GetProperty("label").GetString()!).ToList();
                    labels.ShouldNotContain(l => UnitCode().IsMatch(l), $"{kind} breakdown of {id} ({language})");
                    if (language == "en-US")
                    {
                        labels.ShouldNotContain(l => Han().IsMatch(l), $"{kind} breakdown of {id} in English");
                    }
                    else
                    {
                        labels.ShouldAllBe(l => Han().IsMatch(l), $"{kind} breakdown of {id} in Chinese");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task ProduceReport_DemoDistrict_SucceedsWithPdf()
    {
        using var staff = await ClientAsync("zh-CN");

        var start = await staff.Http.PostAsJsonAsync("/api/indicators/reports", new { planId = (string?)null }, Ct);
        start.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        JsonElement job;
        do
        {
            await Task.Delay(500, Ct);
            job = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}", Ct);
        }
        while (!job.GetProperty("isFinished").GetBoolean() && DateTime.UtcNow < deadline);

        job.GetProperty("status").GetString().ShouldBe(nameof(JobStatus.Succeeded), job.ToString());
        var pdf = await staff.Http.GetByteArrayAsync($"/api/jobs/{id}/file", Ct);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var page = await staff.GetPageAsync($"/dashboard/report?job={id}");
        page.QuerySelector("[data-testid='download-pdf']").ShouldNotBeNull();
        page.QuerySelector("[data-testid='report-failed']").ShouldBeNull();
    }

    [Theory]
    [InlineData(Roles.BureauStaff, "zh-CN")]
    [InlineData(Roles.BureauStaff, "en-US")]
    [InlineData(Roles.Leadership, "zh-CN")]
    [InlineData(Roles.Leadership, "en-US")]
    public async Task OpenDashboard_DemoDistrict_PlanYearsOnlyAndNoCodes(string role, string language)
    {
        using var client = await ClientAsync(language, role);

        var page = await client.GetPageAsync("/dashboard");

        // The 2013–2014 pilot: the pilot tab and its two years — no tab for every year up to today's.
        var tabs = page.QuerySelectorAll("[data-testid='period-nav'] a").Select(a => a.GetAttribute("href")).ToList();
        tabs.ShouldBe(["/dashboard?period=pilot", "/dashboard?year=2013", "/dashboard?year=2014"]);
        var text = page.QuerySelector("main")!.TextContent;
        UnitCode().IsMatch(text).ShouldBeFalse("a unit code on the dashboard");
        if (language == "zh-CN")
        {
            RawEnum().IsMatch(text).ShouldBeFalse("an enum name on the dashboard");
        }
    }

    /// <summary>
    /// A new account of <paramref name="role"/> on the Chinese walk's district, named like the demo accounts (a name glued
    /// to dots is a user name to the crawl's language check, not an English word on a Chinese page).
    /// </summary>
    private async Task<TestClient> SignedInAsync(string role, string? scopeId = null)
    {
        var app = await demo.AppAsync("zh-CN");
        var user = await app.CreateAsync(role, scopeId, userName: $"test.{Guid.NewGuid():N}"[..21]);
        var client = new TestClient(app);
        await client.SignInAsync(user);
        return client;
    }

    private async Task<TestClient> ClientAsync(string language, string role = Roles.BureauStaff)
    {
        var client = await SignedInAsync(role);
        client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static async Task<List<string>> IndicatorIdsAsync(HttpClient client)
    {
        var board = await client.GetFromJsonAsync<JsonElement>("/api/indicators?period=pilot", Ct);
        return [.. board.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    /// <summary>A bare administrative-division code of the district (350104xxx), shown where a name belongs.</summary>
    [GeneratedRegex(@"^\s*350104\d{3}\s*$|\b350104\d{3}\b")]
    private static partial Regex UnitCode();

    /// <summary>Enum member names of the registry's types as .ToString() writes them (Chinese pages only: some are English names too).</summary>
    [GeneratedRegex(@"\b(Enterprise|University|ResearchInstitute|Hospital|NewEnergy|NewMaterials|Electromechanical|Electrical|AutoParts|ElectronicInformation|Biomedicine|Invention|UtilityModel|Design|PatentAgency|TrademarkAgency|Branch|Registered|Software|Works|National|Industry|Lead|Participate|Revision)\b")]
    private static partial Regex RawEnum();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
