using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// One legal-status rule everywhere (ADR 0016): a right whose recorded status says 有效/已注册 but whose term or fees say
/// otherwise shows the derived status, with the recorded one flagged, in the list, detail, profile, export and API.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class LegalStatusTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Portfolio(Guid EnterpriseId, Guid Expired, Guid Lapsed, Guid InForce);

    /// <summary>Three patents recorded 有效: a utility model past its 10-year term, one whose fees stopped in 2017, an invention in force.</summary>
    private static async Task<Portfolio> CreatePortfolioAsync(HttpClient staff)
    {
        var name = $"状态{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var expired = await CreateAsync(staff, "/api/patents", UtilityModel(name, "2021-03-09"));
        var lapsed = await CreateAsync(staff, "/api/patents", UtilityModel(name, "2017-03-09"));
        var inForce = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        return new Portfolio(enterprise, expired, lapsed, inForce);
    }

    private static object UtilityModel(string applicant, string feesPaidUntil) => new
    {
        applicationNumber = PatentNumber(2011, '2'),
        title = "一种电机散热外壳",
        applicants = new[] { new { name = applicant } },
        filingDate = "2011-03-10",
        grantDate = "2011-09-01",
        legalStatus = "Granted",
        annualFeePaidUntil = feesPaidUntil,
    };

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) =>
        await client.GetFromJsonAsync<JsonElement>(url, Ct);

    [Fact]
    public async Task ListPatents_UtilityModelPastItsTermRecordedGranted_DerivedStatusWithRecordedOneFlagged()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var staff = client.Http;
        var p = await CreatePortfolioAsync(staff);

        var list = await GetJsonAsync(staff, $"/api/patents?enterpriseId={p.EnterpriseId}");

        var byId = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        byId[p.Expired].GetProperty("legalStatus").GetString().ShouldBe("Expired");
        byId[p.Expired].GetProperty("recordedStatus").GetString().ShouldBe("Granted");
        byId[p.Expired].GetProperty("statusDiscrepancy").GetBoolean().ShouldBeTrue();
        byId[p.Expired].GetProperty("statusEndedOn").GetString().ShouldBe("2021-03-10");
        byId[p.Lapsed].GetProperty("legalStatus").GetString().ShouldBe("Lapsed");
        byId[p.Lapsed].GetProperty("statusEndedOn").GetString().ShouldBe("2017-03-10");
        byId[p.InForce].GetProperty("legalStatus").GetString().ShouldBe("Granted");
        byId[p.InForce].GetProperty("statusDiscrepancy").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task ListPatents_StatusAndDiscrepancyFilters_UseTheDerivedStatus()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var staff = client.Http;
        var p = await CreatePortfolioAsync(staff);

        async Task<Guid[]> Ids(string filter) =>
            [.. (await GetJsonAsync(staff, $"/api/patents?enterpriseId={p.EnterpriseId}&{filter}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        (await Ids("status=Granted")).ShouldBe([p.InForce]);
        (await Ids("status=Expired")).ShouldBe([p.Expired]);
        (await Ids("status=Lapsed")).ShouldBe([p.Lapsed]);
        (await Ids("discrepancy=true")).ShouldBe([p.Expired, p.Lapsed], ignoreOrder: true);
        (await Ids("discrepancy=false")).ShouldBe([p.InForce]);
    }

    [Fact]
    public async Task GetPatent_UtilityModelPastItsTerm_DerivedStatusTermEndAndRecordedStatus()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var staff = client.Http;
        var p = await CreatePortfolioAsync(staff);

        var detail = await GetJsonAsync(staff, $"/api/patents/{p.Expired}");

        detail.GetProperty("legalStatus").GetString().ShouldBe("Expired");
        detail.GetProperty("recordedStatus").GetString().ShouldBe("Granted");
        detail.GetProperty("statusDiscrepancy").GetBoolean().ShouldBeTrue();
        detail.GetProperty("expiryDate").GetString().ShouldBe("2021-03-09");
    }

    [Fact]
    public async Task PatentPages_UtilityModelPastItsTerm_ShowExpiredWithStatusToCheck()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var p = await CreatePortfolioAsync(staff.Http);

        var list = await staff.GetPageAsync($"/registry/patents?enterpriseId={p.EnterpriseId}");
        var row = list.ByTestId("patent-table").QuerySelector($"tr[data-id='{p.Expired}']")!;
        row.QuerySelector("[data-testid=legal-status]")!.GetAttribute("data-status").ShouldBe("Expired");
        row.QuerySelector("[data-testid=legal-status]")!.Text().ShouldContain("期限届满");
        row.QuerySelector("[data-testid=status-discrepancy]")!.Text().ShouldContain("状态待核实");
        list.ByTestId("patent-table").QuerySelector($"tr[data-id='{p.InForce}'] [data-testid=status-discrepancy]").ShouldBeNull();

        var detail = await staff.GetPageAsync($"/registry/patents/{p.Expired}");
        detail.ByTestId("legal-status").GetAttribute("data-status").ShouldBe("Expired");
        var warning = detail.ByTestId("status-discrepancy");
        warning.GetAttribute("title")!.ShouldContain("有效（已授权）");
        warning.GetAttribute("title")!.ShouldContain("期限届满");
        detail.ByTestId("recorded-status").Text().ShouldBe("有效（已授权）");
    }

    [Fact]
    public async Task EnterpriseProfile_ExpiredAndLapsedPatents_ValidCountEqualsTheListFilteredInForce()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var p = await CreatePortfolioAsync(staff.Http);

        var profile = await staff.GetPageAsync($"/registry/enterprises/{p.EnterpriseId}");
        var figures = await GetJsonAsync(staff.Http, $"/api/enterprises/{p.EnterpriseId}/figures");
        var listed = await GetJsonAsync(staff.Http, $"/api/patents?enterpriseId={p.EnterpriseId}&status=Granted");

        profile.ByTestId("figure-valid").Text().ShouldBe("1");
        figures.GetProperty("validCount").GetInt32().ShouldBe(listed.GetProperty("total").GetInt32());
        var statuses = profile.ByTestId("enterprise-patents").QuerySelectorAll("[data-testid=legal-status]").Select(s => s.GetAttribute("data-status")).ToList();
        statuses.ShouldBe(["Expired", "Lapsed", "Granted"], ignoreOrder: true);
        statuses.Count(s => s == "Granted").ShouldBe(1);
    }

    [Fact]
    public async Task ExportPatents_UtilityModelPastItsTerm_DerivedAndRecordedStatusColumns()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var staff = client.Http;
        var p = await CreatePortfolioAsync(staff);

        var response = await staff.GetAsync(new Uri($"/api/patents/export?enterpriseId={p.EnterpriseId}&status=Expired", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var body = new MemoryStream();
        await response.Content.CopyToAsync(body, Ct);
        body.Position = 0;
        var row = (IDictionary<string, object>)(await body.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: Ct)).Single();
        row["法律状态"].ShouldBe("期限届满");
        row["记录的法律状态"].ShouldBe("有效（已授权）");
    }

    [Fact]
    public async Task Trademark_TermAndGraceOverWithoutRenewal_ShownExpiredWithRecordedRegisteredFlagged()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var mark = $"过期{Guid.NewGuid():N}"[..8];
        var id = await CreateAsync(staff.Http, "/api/trademarks", new
        {
            registrationNumber = TrademarkNumber(),
            mark,
            niceClasses = "9",
            ownerName = "商标状态测试有限公司",
            applicationDate = "2007-03-01",
            registrationDate = "2008-05-14",
            status = "Registered",
        });

        var detail = await GetJsonAsync(staff.Http, $"/api/trademarks/{id}");
        detail.GetProperty("status").GetString().ShouldBe("Expired");
        detail.GetProperty("recordedStatus").GetString().ShouldBe("Registered");
        detail.GetProperty("statusDiscrepancy").GetBoolean().ShouldBeTrue();
        detail.GetProperty("statusEndedOn").GetString().ShouldBe("2018-05-14");
        var expired = await GetJsonAsync(staff.Http, $"/api/trademarks?q={Uri.EscapeDataString(mark)}&status=Expired");
        expired.GetProperty("total").GetInt32().ShouldBe(1);
        var registered = await GetJsonAsync(staff.Http, $"/api/trademarks?q={Uri.EscapeDataString(mark)}&status=Registered");
        registered.GetProperty("total").GetInt32().ShouldBe(0);

        var page = await staff.GetPageAsync($"/registry/trademarks?q={Uri.EscapeDataString(mark)}");
        page.QuerySelector($"tr[data-id='{id}'] [data-testid=legal-status]")!.GetAttribute("data-status").ShouldBe("Expired");
        page.QuerySelector($"tr[data-id='{id}'] [data-testid=status-discrepancy]").ShouldNotBeNull();
    }
}
