using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Plans;

/// <summary>The plan as data (issue 2 §7): seeded plan, API, target-beside-clause page, import and activation.</summary>
public sealed class PlansApiTests(PlansApiTests.App app) : IClassFixture<PlansApiTests.App>
{
    /// <summary>For the tests that leave the active plan as it is; the two that switch it start an app of their own.</summary>
    public sealed class App() : SharedApp<SignedInFactory>(new SignedInFactory());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<SignedInFactory> StartAsync()
    {
        var factory = new SignedInFactory();
        await factory.InitializeAsync();
        return factory;
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonObject> ShippedPlanAsync(HttpClient client)
    {
        var plan = await client.GetFromJsonAsync<JsonObject>("/api/plans/cangshan-2013", Ct);
        return plan.ShouldNotBeNull();
    }

    private static JsonObject MinimalPlan(string id) => JsonNode.Parse($$"""
        {
          "id": "{{id}}",
          "title": { "zh": "第二个方案", "en": "Second plan" },
          "issuingBody": { "zh": "仓山区人民政府", "en": "Cangshan District People's Government" },
          "issued": "2016-05",
          "pilotYears": { "from": 2016, "to": 2018 },
          "targets": [
            { "id": "patent-grants", "section": "二(二)1", "name": { "zh": "专利授权量", "en": "Patent grants" }, "clause": "年授权专利1500件以上", "unit": "件", "comparison": "at-least", "targetValue": 1500, "periodKind": "annual" }
          ]
        }
        """)!.AsObject();

    [Fact]
    public async Task GetActivePlan_AfterFirstStart_IsCangshan2013WithTargets()
    {
        var factory = app.Factory;
        var plan = await (await factory.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>("/api/plans/active", Ct);

        plan.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        var definition = plan.GetProperty("plan");
        definition.GetProperty("id").GetString().ShouldBe("cangshan-2013");
        definition.GetProperty("targets").GetArrayLength().ShouldBe(24);
        var fund = definition.GetProperty("targets")[0];
        fund.GetProperty("id").GetString().ShouldBe("special-fund-ratio");
        fund.GetProperty("targetValue").GetDecimal().ShouldBe(0.0021m);
        fund.GetProperty("periodKind").GetString().ShouldBe("Ratio");
        (await (await factory.ClientAs(Roles.Leadership)).GetAsync("/api/plans/no-such-plan", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlanPage_Staff_ShowsEachTargetBesideItsClause()
    {
        var factory = app.Factory;
        var html = await (await factory.ClientAs(Roles.BureauStaff)).GetStringAsync("/plans/cangshan-2013", Ct);
        var document = await new HtmlParser().ParseDocumentAsync(html, Ct);

        document.QuerySelectorAll("[data-testid=target-table] tbody tr").Length.ShouldBe(24);
        var row = document.QuerySelector("tr[data-target='special-fund-ratio']").ShouldNotBeNull();
        row.QuerySelector("[data-testid=target-name]")!.TextContent.ShouldBe("知识产权专项资金占区财政一般预算支出比例");
        row.QuerySelector("[data-testid=target-value]")!.TextContent.ShouldBe("0.21%");
        row.QuerySelector("[data-testid=clause-text]")!.TextContent.ShouldBe("试点期间,知识产权专项资金占区财政一般预算支出达0.21%以上");
        row.QuerySelector("[data-testid=clause-cell]")!.TextContent.ShouldContain("二(二)1");
    }

    [Fact]
    public async Task PlanPage_EnglishCulture_ShowsEnglishTargetNames()
    {
        var factory = app.Factory;
        var client = (await factory.ClientAs(Roles.BureauStaff));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var document = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/plans/cangshan-2013", Ct), Ct);

        document.QuerySelector("tr[data-target='patent-grants'] [data-testid=target-name]")!.TextContent.ShouldBe("Patent grants (per year)");
    }

    [Fact]
    public async Task ImportPlan_BadPeriodKind_Returns400NamingTheField()
    {
        var factory = app.Factory;
        var plan = MinimalPlan("bad-plan");
        plan["targets"]![0]!["periodKind"] = "yearly";

        var response = await (await factory.ClientAs(Roles.BureauAdmin)).PostAsync("/api/plans", Json(plan), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.GetProperty("targets[0].periodKind")[0].GetString()!.ShouldContain("yearly");
        (await (await factory.ClientAs(Roles.BureauAdmin)).GetAsync("/api/plans/bad-plan", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ImportPlan_ExistingId_Returns409()
    {
        var factory = app.Factory;
        var admin = (await factory.ClientAs(Roles.BureauAdmin));
        var shipped = MinimalPlan("cangshan-2013");

        var response = await admin.PostAsync("/api/plans", Json(shipped), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ShippedPlanAsync(admin))["plan"]!["targets"]!.AsArray().Count.ShouldBe(24);
    }

    [Fact]
    public async Task ImportPlan_ThenActivate_SwitchesTheActivePlan()
    {
        await using var factory = await StartAsync();
        var admin = (await factory.ClientAs(Roles.BureauAdmin));

        var created = await admin.PostAsync("/api/plans", Json(MinimalPlan("cangshan-2016")), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.GetFromJsonAsync<JsonElement>("/api/plans/active", Ct)).GetProperty("plan").GetProperty("id").GetString().ShouldBe("cangshan-2013");

        (await admin.PostAsync("/api/plans/cangshan-2016/activate", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetFromJsonAsync<JsonElement>("/api/plans/active", Ct)).GetProperty("plan").GetProperty("id").GetString().ShouldBe("cangshan-2016");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/plans", Ct);
        list.EnumerateArray().Count(p => p.GetProperty("isActive").GetBoolean()).ShouldBe(1);
        (await admin.PostAsync("/api/plans/no-such-plan/activate", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlansPage_AdminUploadsBadFile_ShowsFieldErrorsAndStoresNothing()
    {
        var factory = app.Factory;
        var plan = MinimalPlan("uploaded-bad");
        plan["targets"]![0]!["periodKind"] = "yearly";

        var document = await UploadAsync(factory, plan, activate: false);

        document.QuerySelector("[data-testid=import-errors]")!.TextContent.ShouldContain("targets[0].periodKind");
        (await (await factory.ClientAs(Roles.BureauAdmin)).GetAsync("/api/plans/uploaded-bad", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlansPage_AdminUploadsGoodFileAndActivates_ListsItAsActive()
    {
        await using var factory = await StartAsync();

        var document = await UploadAsync(factory, MinimalPlan("uploaded-good"), activate: true);

        document.QuerySelector("[data-testid=import-ok]").ShouldNotBeNull();
        document.QuerySelector("tr[data-plan='uploaded-good'] [data-status=active]").ShouldNotBeNull();
        (await (await factory.ClientAs(Roles.BureauStaff)).GetFromJsonAsync<JsonElement>("/api/plans/active", Ct)).GetProperty("plan").GetProperty("id").GetString().ShouldBe("uploaded-good");
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(SignedInFactory factory, JsonObject plan, bool activate)
    {
        var client = (await factory.ClientAs(Roles.BureauAdmin));
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/plans", Ct), Ct);
        var form = page.QuerySelector("[data-testid=plan-import]").ShouldNotBeNull();
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? string.Empty), hidden.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(plan.ToJsonString()));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Add(file, "PlanFile", "plan.json");
        if (activate)
        {
            content.Add(new StringContent("true"), "ActivateImported");
        }

        var response = await client.PostAsync("/plans", content, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);
    }

    [Fact]
    public async Task PlansPage_StaffPostsImportFormWithOwnToken_IsRefusedAndStoresNothing()
    {
        var factory = app.Factory;
        var staff = await factory.ClientAs(Roles.BureauStaff);
        // Staff see no import form, but an antiforgery token from any page they can open is valid for every form.
        // Blazor refuses a post to a form it did not render for the caller (400); the page also checks the policy.
        var passwordPage = await new HtmlParser().ParseDocumentAsync(await staff.GetStringAsync("/account/manage/password", Ct), Ct);
        var token = passwordPage.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull().GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent("plan-import"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("true"), "ActivateImported" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(MinimalPlan("staff-plan").ToJsonString())), "PlanFile", "plan.json" },
        };

        var response = await staff.PostAsync("/plans", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.GetAsync("/api/plans/staff-plan", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetFromJsonAsync<JsonElement>("/api/plans/active", Ct)).GetProperty("plan").GetProperty("id").GetString().ShouldBe("cangshan-2013");
    }
}
