using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CountyIP.IntegrationTests.Indicators;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// 二(二)1 on the dashboard comes from the approved fiscal year (issue 12 §1): the ratio, its source badge and its
/// evidence; a pending year does not count; a year without a fiscal record still takes the figure reported by hand;
/// a hand figure for a year with an approved record is refused.
/// </summary>
public sealed class SpecialFundRatioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApprovedFiscalYear_GivesTheRatio_PendingDoesNot_HandFigureFillsOtherYears()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");

        (await alice.PutAsJsonAsync("/api/funding/years/2013", new { generalBudgetExpenditure = 1_000_000_000m, specialFundAppropriation = 2_500_000m }, Ct)).EnsureSuccessStatusCode();
        (await ItemAsync(bob, "year=2013")).GetProperty("status").GetString().ShouldBe("not-tracked");
        (await bob.PostAsync("/api/funding/years/2013/approve", null, Ct)).EnsureSuccessStatusCode();

        var year = await ItemAsync(bob, "year=2013");
        year.GetProperty("actual").GetDecimal().ShouldBe(0.0025m);
        year.GetProperty("met").GetBoolean().ShouldBeTrue();
        year.GetProperty("source").GetProperty("kind").GetString().ShouldBe("fiscal-year");
        year.GetProperty("source").GetProperty("approvedBy").GetString().ShouldBe("bob");
        var evidence = await bob.GetFromJsonAsync<JsonElement>("/api/indicators/special-fund-ratio/evidence?plan=cangshan-2013&year=2013", Ct);
        evidence.GetProperty("total").GetInt32().ShouldBe(1);

        var refused = await SubmitAsync(alice, 2013, "1", "1000");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("indicators.fiscal-year-recorded");

        // 2014 has no fiscal record: the hand figure counts, and the pilot divides the sums: (2.5m + 1.5m) / 2000m = 0.002.
        var hand = await SubmitAsync(alice, 2014, "1500000", "1000000000");
        hand.StatusCode.ShouldBe(HttpStatusCode.Created, await hand.Content.ReadAsStringAsync(Ct));
        var id = (await hand.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ItemAsync(bob, "year=2014")).GetProperty("source").GetProperty("kind").GetString().ShouldBe("reported");
        (await ItemAsync(bob, "period=pilot")).GetProperty("actual").GetDecimal().ShouldBe(0.002m);

        // A correction waiting for approval changes nothing on the dashboard.
        (await alice.PutAsJsonAsync("/api/funding/years/2013", new { generalBudgetExpenditure = 1_000_000_000m, specialFundAppropriation = 1_000_000m }, Ct)).EnsureSuccessStatusCode();
        (await ItemAsync(bob, "year=2013")).GetProperty("actual").GetDecimal().ShouldBe(0.0025m);
    }

    [Fact]
    public async Task Monitoring_FundAndExpenditureGrowth_FromApprovedYears_NullWithoutTheYearBefore()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        // 2012: 2.0m of 1000m; 2013: 2.3m of 1100m → the fund grew 15%, the budget 10%: in step (三(二)2).
        foreach (var (year, expenditure, fund) in new[] { (2012, 1_000_000_000m, 2_000_000m), (2013, 1_100_000_000m, 2_300_000m) })
        {
            (await alice.PutAsJsonAsync($"/api/funding/years/{year}", new { generalBudgetExpenditure = expenditure, specialFundAppropriation = fund }, Ct)).EnsureSuccessStatusCode();
            (await bob.PostAsync($"/api/funding/years/{year}/approve", null, Ct)).EnsureSuccessStatusCode();
        }

        var body = await bob.GetFromJsonAsync<JsonElement>("/api/indicators/monitoring?year=2013", Ct);

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        items["funding-special-fund-growth"].GetProperty("value").GetDecimal().ShouldBe(0.15m);
        items["funding-expenditure-growth"].GetProperty("value").GetDecimal().ShouldBe(0.1m);
        items["funding-special-fund-growth"].GetProperty("previous").ValueKind.ShouldBe(JsonValueKind.Null);
        items["funding-special-fund-growth"].GetProperty("name").GetString().ShouldBe("专项资金预算比上年增长（已审核财政年度）");
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?plan=cangshan-2013&{query}", Ct);
        return body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "special-fund-ratio");
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int year, string numerator, string denominator)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("special-fund-ratio"), "targetId" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
            { new StringContent("cangshan-2013"), "plan" },
            { new StringContent(numerator), "numerator" },
            { new StringContent(denominator), "denominator" },
        };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 budget")), "file", "财政决算.pdf");
        return await client.PostAsync("/api/indicators/figures", form, Ct);
    }
}
