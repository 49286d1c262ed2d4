using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Fiscal years over HTTP (issue 12 §1, §7; one app for the class, each test its own year): one officer enters, another
/// approves (the same one is a 409), the year answers both amounts, its state and its lines; malformed amounts are 400
/// under their fields in the caller's language and change nothing; callers without the policy are refused.
/// </summary>
public sealed class FundingApiTests(FundingApiTests.Fixture fixture) : IClassFixture<FundingApiTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnterThenApproveByAnother_TheYearShowsBothAmountsApprovedWithItsLines()
    {
        var first = await fixture.ClientAs(Roles.BureauStaff);
        using var second = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);

        var entered = await first.PutAsJsonAsync("/api/funding/years/2031", new { generalBudgetExpenditure = 123456789.12m, specialFundAppropriation = 300000.00m }, Ct);
        entered.StatusCode.ShouldBe(HttpStatusCode.OK, await entered.Content.ReadAsStringAsync(Ct));
        var own = await first.PostAsync("/api/funding/years/2031/approve", null, Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await own.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.same-person");
        (await second.Http.PostAsync("/api/funding/years/2031/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var year = await first.GetFromJsonAsync<JsonElement>("/api/funding/years/2031", Ct);
        year.GetProperty("generalBudgetExpenditure").GetDecimal().ShouldBe(123456789.12m);
        year.GetProperty("specialFundAppropriation").GetDecimal().ShouldBe(300000.00m);
        year.GetProperty("state").GetString().ShouldBe("Approved");
        var approved = year.GetProperty("approved");
        approved.GetProperty("generalBudgetExpenditure").GetDecimal().ShouldBe(123456789.12m);
        approved.GetProperty("approvedBy").GetString().ShouldBe(second.User!.UserName);
        approved.GetProperty("specialFundRatio").GetDecimal().ShouldBe(Math.Round(300000m / 123456789.12m, 6));
        var lines = year.GetProperty("budgetLines").EnumerateArray().ToList();
        lines.Count.ShouldBe(7);
        lines.Single(l => l.GetProperty("use").GetString() == "Other").GetProperty("appropriated").GetDecimal().ShouldBe(300000.00m);
        (await second.Http.PostAsync("/api/funding/years/2031/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Correction_WaitsForApproval_WhileTheApprovedFiguresStayInForce()
    {
        var first = await fixture.ClientAs(Roles.BureauStaff);
        using var second = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        (await first.PutAsJsonAsync("/api/funding/years/2032", new { generalBudgetExpenditure = 1000000m, specialFundAppropriation = 3000m }, Ct)).EnsureSuccessStatusCode();
        (await second.Http.PostAsync("/api/funding/years/2032/approve", null, Ct)).EnsureSuccessStatusCode();

        var lines = new[] { new { use = "Subsidy", amount = 1500.50m }, new { use = "PublicityTraining", amount = 499.50m } };
        (await second.Http.PutAsJsonAsync("/api/funding/years/2032", new { generalBudgetExpenditure = 1000000m, specialFundAppropriation = 2000m, sourceDocument = "仓财预〔2032〕1号", lines }, Ct)).EnsureSuccessStatusCode();

        var year = await first.GetFromJsonAsync<JsonElement>("/api/funding/years/2032", Ct);
        year.GetProperty("state").GetString().ShouldBe("PendingApproval");
        year.GetProperty("specialFundAppropriation").GetDecimal().ShouldBe(2000m);
        year.GetProperty("approved").GetProperty("specialFundAppropriation").GetDecimal().ShouldBe(3000m);
        var subsidy = year.GetProperty("budgetLines").EnumerateArray().Single(l => l.GetProperty("use").GetString() == "Subsidy");
        subsidy.GetProperty("proposed").GetDecimal().ShouldBe(1500.50m);
        subsidy.GetProperty("appropriated").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Malformed_Answers400UnderTheFieldsInChinese_AndChangesNothing()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var shape = await PutInChineseAsync(staff, "/api/funding/years/2033", new { generalBudgetExpenditure = -1m });
        var fen = await PutInChineseAsync(staff, "/api/funding/years/2033", new { generalBudgetExpenditure = 100m, specialFundAppropriation = 10.005m });
        var lines = await PutInChineseAsync(staff, "/api/funding/years/2033", new { generalBudgetExpenditure = 100m, specialFundAppropriation = 10m, lines = new[] { new { use = "Subsidy", amount = 3m } } });

        shape.GetProperty("generalBudgetExpenditure")[0].GetString()!.ShouldContain("区财政一般预算支出");
        shape.GetProperty("specialFundAppropriation")[0].GetString()!.ShouldContain("专项资金年度预算");
        fen.GetProperty("specialFundAppropriation")[0].GetString()!.ShouldContain("两位小数");
        lines.GetProperty("lines")[0].GetString().ShouldBe("各预算科目合计 3.00，与专项资金预算 10.00 不符。");
        (await staff.GetAsync("/api/funding/years/2033", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var badYear = await staff.PutAsJsonAsync("/api/funding/years/1999", new { generalBudgetExpenditure = 1m, specialFundAppropriation = 0m }, Ct);
        badYear.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badYear.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();
        var nothing = await staff.PostAsync("/api/funding/years/2034/approve", null, Ct);
        nothing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_StaffEnterAndApprove_LeadersRead()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        (await staff.PutAsJsonAsync("/api/funding/years/2035", new { generalBudgetExpenditure = 1000000m, specialFundAppropriation = 2500m }, Ct)).EnsureSuccessStatusCode();
        var leader = await fixture.ClientAs(Roles.Leadership);

        var list = await leader.GetStringAsync("/funding/years", Ct);
        var detail = await leader.GetStringAsync("/funding/years/2035", Ct);
        var form = await staff.GetAsync("/funding/years/enter?year=2035", Ct);

        list.ShouldContain("data-year=\"2035\"");
        detail.ShouldContain("data-testid=\"budget-lines\"");
        detail.ShouldNotContain("data-testid=\"approve-form\"");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await form.Content.ReadAsStringAsync(Ct)).ShouldContain("2500");
    }

    /// <summary>PUTs in Chinese, requires 400 and returns the field errors.</summary>
    private static async Task<JsonElement> PutInChineseAsync(HttpClient client, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
    }

    [Theory]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.TownLiaison)]
    public async Task WithoutThePolicy_ApiAndPagesAreRefused(string role)
    {
        var client = await fixture.ClientAs(role);

        (await client.GetAsync("/api/funding/years", Ct)).ShouldBeRefused(anonymous: false, "list");
        (await client.GetAsync("/api/funding/years/2013", Ct)).ShouldBeRefused(anonymous: false, "year");
        (await client.PutAsJsonAsync("/api/funding/years/2036", new { generalBudgetExpenditure = 1m, specialFundAppropriation = 0m }, Ct)).ShouldBeRefused(anonymous: false, "enter");
        (await client.GetAsync("/funding/years", Ct)).ShouldBeRefused(anonymous: false, "list page");
        (await (await fixture.ClientAs(null)).GetAsync("/api/funding/years", Ct)).ShouldBeRefused(anonymous: true, "anonymous list");
    }

    [Fact]
    public async Task Leaders_ReadButCannotEnterOrApprove()
    {
        var leader = await fixture.ClientAs(Roles.Leadership);

        (await leader.PutAsJsonAsync("/api/funding/years/2037", new { generalBudgetExpenditure = 1m, specialFundAppropriation = 0m }, Ct)).ShouldBeRefused(anonymous: false, "enter");
        (await leader.PostAsync("/api/funding/years/2037/approve", null, Ct)).ShouldBeRefused(anonymous: false, "approve");
        (await leader.GetAsync("/funding/years/enter?year=2037", Ct)).ShouldBeRefused(anonymous: false, "form");
    }
}
