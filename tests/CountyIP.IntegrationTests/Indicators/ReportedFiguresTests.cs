using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>Figures reported by hand with evidence, four-eyes approval, and how they show (issue 4 §3).</summary>
public sealed class ReportedFiguresTests(ReportedFiguresTests.App app) : IClassFixture<ReportedFiguresTests.App>
{
    /// <summary>For the refusals, which store nothing; tests that report and decide figures start an app of their own.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(new IndicatorsFactory());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string targetId, int year, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(targetId), "targetId" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
            { new StringContent("cangshan-2013"), "plan" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 budget")), "file", "2013年财政决算.pdf");
        return await client.PostAsync("/api/indicators/figures", form, Ct);
    }

    private static async Task<Guid> SubmitOkAsync(HttpClient client, string targetId, int year, params (string Name, string Value)[] fields)
    {
        var response = await SubmitAsync(client, targetId, year, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string id, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?plan=cangshan-2013&{query}", Ct);
        return body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task ApproveFigure_ByAnotherStaffMember_CountsWithApproverBadge()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        // 2,100,000 CNY of 1,000,000,000 CNY = 0.0021 (the plan's 0.21%).
        var id = await SubmitOkAsync(alice, "special-fund-ratio", 2013, ("numerator", "2100000"), ("denominator", "1000000000"));

        (await ItemAsync(bob, "special-fund-ratio", "year=2013")).GetProperty("status").GetString().ShouldBe("not-tracked");
        var own = await alice.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct);
        own.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await own.Content.ReadAsStringAsync(Ct)).ShouldContain("indicators.four-eyes");
        (await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var item = await ItemAsync(alice, "special-fund-ratio", "year=2013");
        item.GetProperty("actual").GetDecimal().ShouldBe(0.0021m);
        item.GetProperty("met").GetBoolean().ShouldBeTrue();
        item.GetProperty("source").GetProperty("approvedBy").GetString().ShouldBe("bob");
        var evidence = await alice.GetFromJsonAsync<JsonElement>("/api/indicators/special-fund-ratio/evidence?plan=cangshan-2013&year=2013", Ct);
        evidence.GetProperty("total").GetInt32().ShouldBe(1);
        var document = await alice.GetAsync($"/api/indicators/figures/{id}/evidence", Ct);
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await document.Content.ReadAsStringAsync(Ct)).ShouldBe("%PDF-1.4 budget");
    }

    [Fact]
    public async Task PilotRatio_TwoYearsReported_SumsOfPartsDivided()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        // 2013: 2.0m of 1000m; 2014: 2.6m of 1000m → (2.0 + 2.6) / 2000 = 0.0023; 2013 alone 0.002 < 0.0021.
        var first = await SubmitOkAsync(alice, "special-fund-ratio", 2013, ("numerator", "2000000"), ("denominator", "1000000000"));
        var second = await SubmitOkAsync(alice, "special-fund-ratio", 2014, ("numerator", "2600000"), ("denominator", "1000000000"));
        foreach (var id in new[] { first, second })
        {
            (await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await ItemAsync(bob, "special-fund-ratio", "period=pilot")).GetProperty("actual").GetDecimal().ShouldBe(0.0023m);
        var year2013 = await ItemAsync(bob, "special-fund-ratio", "year=2013");
        year2013.GetProperty("actual").GetDecimal().ShouldBe(0.002m);
        year2013.GetProperty("status").GetString().ShouldBe("behind");
    }

    [Fact]
    public async Task RejectFigure_WithReason_DoesNotCount()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        var id = await SubmitOkAsync(alice, "hand-counted-projects", 2013, ("value", "7"));

        var noReason = await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = false }, Ct);
        noReason.StatusCode.ShouldBe(HttpStatusCode.Conflict, await noReason.Content.ReadAsStringAsync(Ct));
        (await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = false, reason = "缺少活动照片" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ItemAsync(alice, "hand-counted-projects", "year=2013")).GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        var list = await alice.GetFromJsonAsync<JsonElement>("/api/indicators/figures", Ct);
        list.GetProperty("items")[0].GetProperty("rejectionReason").GetString().ShouldBe("缺少活动照片");
    }

    /// <summary>
    /// Issue 18 §8 "four-eyes decisions race": twenty approvals of one figure at once — one 204, the rest 409; an approval
    /// and a rejection at once — one wins and the figure carries only its decision; two figures for the same target,
    /// year and unit approved at once — exactly one ends approved.
    /// </summary>
    [Fact]
    public async Task DecideFigure_ManyAtOnce_ExactlyOneDecisionWins()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var deciders = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => factory.ClientAsAsync(Roles.BureauStaff, name: $"decider{i}")));

        var one = await SubmitOkAsync(alice, "hand-counted-projects", 2013, ("value", "7"));
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            deciders[i % deciders.Length].PostAsJsonAsync($"/api/indicators/figures/{one}/decision", new { approve = true }, Ct)));
        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1, string.Join(",", answers.Select(a => (int)a.StatusCode)));
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(19);

        var mixed = await SubmitOkAsync(alice, "hand-counted-projects", 2014, ("value", "6"));
        var both = await Task.WhenAll(
            deciders[0].PostAsJsonAsync($"/api/indicators/figures/{mixed}/decision", new { approve = true }, Ct),
            deciders[1].PostAsJsonAsync($"/api/indicators/figures/{mixed}/decision", new { approve = false, reason = "照片不全" }, Ct));
        both.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        var decided = (await deciders[2].GetFromJsonAsync<JsonElement>("/api/indicators/figures?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("id").GetGuid() == mixed);
        if (decided.GetProperty("status").GetString() == "Approved")
        {
            decided.GetProperty("rejectionReason").ValueKind.ShouldBe(JsonValueKind.Null, "an approved figure carries no rejection reason");
        }
        else
        {
            decided.GetProperty("status").GetString().ShouldBe("Rejected");
        }

        var first = await SubmitOkAsync(alice, "hand-counted-projects", 2015, ("value", "6"));
        var second = await SubmitOkAsync(alice, "hand-counted-projects", 2015, ("value", "9"));
        await Task.WhenAll(
            deciders[0].PostAsJsonAsync($"/api/indicators/figures/{first}/decision", new { approve = true }, Ct),
            deciders[1].PostAsJsonAsync($"/api/indicators/figures/{second}/decision", new { approve = true }, Ct));
        var slot = (await deciders[2].GetFromJsonAsync<JsonElement>("/api/indicators/figures?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("id").GetGuid() == first || f.GetProperty("id").GetGuid() == second).ToList();
        slot.Count(f => f.GetProperty("status").GetString() == "Approved").ShouldBe(1, "one approved figure per target, year and unit");
    }

    /// <summary>Issue 18 §8 "figures reported by the wrong body": the district's fund ratio is the bureau's to report, not a town's or a department's.</summary>
    [Theory]
    [InlineData(Roles.TownLiaison, "350104101")]
    [InlineData(Roles.DepartmentLiaison, "market-regulation")]
    public async Task SubmitFigure_FundRatioByAUnit_Refused(string role, string scope)
    {
        var liaison = await app.Factory.ClientAsAsync(role, scopeId: scope);

        var refused = await SubmitAsync(liaison, "special-fund-ratio", 2013, ("numerator", "2100000"), ("denominator", "1000000000"));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("indicators.reported-by-bureau");
        (await liaison.GetFromJsonAsync<JsonElement>("/api/indicators/figures?pageSize=100", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "nothing stored");
    }

    [Fact]
    public async Task LiaisonFigure_ForTheirUnit_CountsOnlyInTheirUnitsView()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var liaison = await factory.ClientAsAsync(Roles.TownLiaison, scopeId: "350104101", name: "town");
        var otherTown = await factory.ClientAsAsync(Roles.TownLiaison, scopeId: "350104102", name: "other");
        var staff = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        var id = await SubmitOkAsync(liaison, "hand-counted-projects", 2013, ("value", "8"));
        IndicatorsFactory.IsRefused(await liaison.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).ShouldBeTrue();
        (await staff.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ItemAsync(liaison, "hand-counted-projects", "year=2013")).GetProperty("actual").GetDecimal().ShouldBe(8m);
        (await ItemAsync(otherTown, "hand-counted-projects", "year=2013")).GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        (await ItemAsync(staff, "hand-counted-projects", "year=2013")).GetProperty("actual").ValueKind.ShouldBe(JsonValueKind.Null);
        (await otherTown.GetAsync($"/api/indicators/figures/{id}/evidence", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubmitFigure_ComputedTargetOrMissingParts_Refused()
    {
        await using var factory = new IndicatorsFactory();
        factory.Calculators.Add(new TableCalculator("patent-applications", new Dictionary<DateOnly, decimal>()));
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff);

        var computed = await SubmitAsync(alice, "patent-applications", 2013, ("value", "2000"));
        computed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await computed.Content.ReadAsStringAsync(Ct)).ShouldContain("indicators.computed-target");
        var noDenominator = await SubmitAsync(alice, "special-fund-ratio", 2013, ("numerator", "2000"));
        noDenominator.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noDenominator.Content.ReadAsStringAsync(Ct)).ShouldContain("indicators.ratio-parts");
        (await SubmitAsync(alice, "special-fund-ratio", 1999, ("numerator", "1"), ("denominator", "2"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Roles.BureauAdmin)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Enterprise)]
    public async Task Figures_RoleWithoutPermission_Forbidden(string role)
    {
        var client = await app.Factory.ClientAsAsync(role, scopeId: "x");

        IndicatorsFactory.IsRefused(await SubmitAsync(client, "hand-counted-projects", 2013, ("value", "7"))).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/api/indicators/figures", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.PostAsJsonAsync($"/api/indicators/figures/{Guid.NewGuid()}/decision", new { approve = true }, Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync($"/api/indicators/figures/{Guid.NewGuid()}/evidence", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/indicators/figures", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Dashboard_ApprovedFigureAndNotTracked_ShowsBadgeAndNoNumber()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        var id = await SubmitOkAsync(alice, "special-fund-ratio", 2013, ("numerator", "2100000"), ("denominator", "1000000000"));
        (await bob.PostAsJsonAsync($"/api/indicators/figures/{id}/decision", new { approve = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var html = await (await factory.ClientAsAsync(Roles.Leadership)).GetStringAsync("/dashboard?year=2013", Ct);

        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);
        var fund = document.QuerySelector("[data-indicator='special-fund-ratio']").ShouldNotBeNull();
        fund.QuerySelector("[data-testid='actual'] a")!.TextContent.ShouldBe("0.21%");
        fund.QuerySelector("[data-testid='actual'] a")!.GetAttribute("href").ShouldBe("/dashboard/special-fund-ratio?year=2013");
        fund.QuerySelector("[data-testid='reported-badge']")!.TextContent.ShouldBe("手工填报，审核人：bob");
        fund.QuerySelector("cip-chart").ShouldNotBeNull().GetAttribute("data-option")!.ShouldContain("\"type\":\"bar\"");
        var events = document.QuerySelector("[data-indicator='hand-counted-projects']").ShouldNotBeNull();
        events.GetAttribute("data-status").ShouldBe("not-tracked");
        events.QuerySelector("[data-testid='actual']")!.TextContent.Trim().ShouldBe("尚未统计");
        events.QuerySelector("cip-chart").ShouldBeNull();

        var evidenceHtml = await (await factory.ClientAsAsync(Roles.Leadership)).GetStringAsync("/dashboard/special-fund-ratio?year=2013", Ct);
        var evidence = await new HtmlParser().ParseDocumentAsync(evidenceHtml, Ct);
        evidence.QuerySelectorAll("[data-testid='evidence-table'] tbody tr").Length.ShouldBe(1);
        evidence.QuerySelector("[data-testid='export']")!.GetAttribute("href").ShouldBe("/api/indicators/special-fund-ratio/evidence.xlsx?plan=cangshan-2013&year=2013");
    }
}
