using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Reward policies over HTTP and on their pages (issue 12 §2; one app for the class, each test its own series): drafted,
/// revised, published, a new version published superseding the old; a published version never changes (409); malformed
/// input is 400 under its fields in Chinese; enterprises and towns read published versions only (404 for the rest);
/// callers without the policy are refused.
/// </summary>
public sealed class PolicyApiTests(PolicyApiTests.Fixture fixture) : IClassFixture<PolicyApiTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Item(string code, decimal amount = 5_000m, string mode = "PerUnit", decimal? perYear = null, decimal? service = null, string kind = "InventionGrant", string line = "Subsidy") =>
        new { code, name = $"项目{code}", kind, mode, amount, perApplicationCap = (decimal?)null, perEnterpriseYearCap = perYear, serviceInventionMultiplier = service, foreignMultiplier = (decimal?)null, line };

    private static object Policy(string name, string from = "2013-01-01", string? to = null, object[]? items = null, Guid? version = null) =>
        new { name, documentNumber = "仓政综〔2013〕45号", effectiveFrom = from, effectiveTo = to, items = items ?? [Item("A1")], version };

    private static async Task<Guid> DraftAsync(HttpClient staff, object body)
    {
        var response = await staff.PostAsJsonAsync("/api/funding/policies", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/funding/policies/{id}", Ct);

    [Fact]
    public async Task DraftRevisePublish_ThenNewVersionPublished_SupersedesTheOld()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var name = $"奖励办法{Guid.NewGuid():N}"[..12];
        var id = await DraftAsync(staff, Policy(name));
        var draft = await GetAsync(staff, id);
        draft.GetProperty("state").GetString().ShouldBe("Draft");
        draft.GetProperty("revision").GetInt32().ShouldBe(1);

        var revised = await staff.PutAsJsonAsync($"/api/funding/policies/{id}",
            Policy(name, to: "2013-12-31", items: [Item("A1", 3_000m, service: 1.5m), Item("E1", 0.50m, perYear: 200_000m, kind: "PledgeLoanInterest", line: "Industrialisation")], version: draft.GetProperty("version").GetGuid()), Ct);
        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync(Ct));
        var stale = await staff.PutAsJsonAsync($"/api/funding/policies/{id}", Policy(name, version: draft.GetProperty("version").GetGuid()), Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.concurrency");

        (await staff.PostAsync($"/api/funding/policies/{id}/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await GetAsync(staff, id);
        first.GetProperty("state").GetString().ShouldBe("Published");
        first.GetProperty("publishedBy").GetString().ShouldNotBeNullOrEmpty();
        var items = first.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("code").GetString()).ShouldBe(["A1", "E1"]);
        items[0].GetProperty("serviceInventionMultiplier").GetDecimal().ShouldBe(1.5m);
        items[1].GetProperty("amount").GetDecimal().ShouldBe(0.50m);
        items[1].GetProperty("perEnterpriseYearCap").GetDecimal().ShouldBe(200_000m);
        first.GetProperty("effectiveTo").GetString().ShouldBe("2013-12-31");

        var next = await staff.PostAsync($"/api/funding/policies/{id}/versions", null, Ct);
        next.StatusCode.ShouldBe(HttpStatusCode.Created, await next.Content.ReadAsStringAsync(Ct));
        var secondId = (await next.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await staff.PostAsync($"/api/funding/policies/{id}/versions", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var copy = await GetAsync(staff, secondId);
        copy.GetProperty("revision").GetInt32().ShouldBe(2);
        copy.GetProperty("seriesId").GetGuid().ShouldBe(first.GetProperty("seriesId").GetGuid());
        copy.GetProperty("items").GetArrayLength().ShouldBe(2);
        (await staff.PutAsJsonAsync($"/api/funding/policies/{secondId}", Policy(name, from: "2014-01-01", items: [Item("A1", 5_000m), Item("A2", 1_000m, kind: "UtilityModelGrant")]), Ct)).EnsureSuccessStatusCode();
        (await staff.PostAsync($"/api/funding/policies/{secondId}/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GetAsync(staff, id)).GetProperty("state").GetString().ShouldBe("Superseded");
        var second = await GetAsync(staff, secondId);
        second.GetProperty("state").GetString().ShouldBe("Published");
        second.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("revision").GetInt32(), v.GetProperty("state").GetString())).ShouldBe([(2, "Published"), (1, "Superseded")]);
        var inForce = await staff.GetFromJsonAsync<JsonElement>("/api/funding/policies?inForceOn=2014-06-01&pageSize=100", Ct);
        inForce.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(secondId);
        inForce.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(id);

        // The superseded version is a starting point too: the next draft is numbered after the series' latest.
        var third = await staff.PostAsync($"/api/funding/policies/{id}/versions", null, Ct);
        third.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await GetAsync(staff, (await third.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid())).GetProperty("revision").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Published_CannotBeRevisedOrPublishedAgain_AndAnEmptyDraftCannotBePublished()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var id = await DraftAsync(staff, Policy("已发布办法"));
        (await staff.PostAsync($"/api/funding/policies/{id}/publish", null, Ct)).EnsureSuccessStatusCode();

        var revise = await staff.PutAsJsonAsync($"/api/funding/policies/{id}", Policy("改动已发布的办法"), Ct);
        var again = await staff.PostAsync($"/api/funding/policies/{id}/publish", null, Ct);
        var empty = await DraftAsync(staff, Policy("空办法", items: []));
        var emptyPublish = await staff.PostAsync($"/api/funding/policies/{empty}/publish", null, Ct);
        var draftCopy = await staff.PostAsync($"/api/funding/policies/{empty}/versions", null, Ct);

        revise.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await revise.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.policy-not-draft");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        emptyPublish.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await emptyPublish.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.policy-no-items");
        draftCopy.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(staff, id)).GetProperty("name").GetString().ShouldBe("已发布办法");
        (await staff.PutAsJsonAsync($"/api/funding/policies/{Guid.NewGuid()}", Policy("无此办法"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostAsync($"/api/funding/policies/{Guid.NewGuid()}/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_Answers400UnderTheFieldsInChinese_AndCreatesNothing()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var before = (await staff.GetFromJsonAsync<JsonElement>("/api/funding/policies", Ct)).GetProperty("total").GetInt32();

        var negative = await PostInChineseAsync(staff, Policy("负数", items: [Item("A1", -1m)]));
        var decimals = await PostInChineseAsync(staff, Policy("三位小数", items: [Item("A1", 10.005m)]));
        var duplicate = await PostInChineseAsync(staff, Policy("重复编号", items: [Item("A1"), Item("a1")]));
        var dates = await PostInChineseAsync(staff, Policy("日期倒置", from: "2014-01-01", to: "2013-12-31"));
        var shape = await PostInChineseAsync(staff, new { documentNumber = new string('号', 101), effectiveFrom = "2013-01-01", items = new[] { new { code = "A 1", amount = 5m, serviceInventionMultiplier = 11m, perApplicationCap = 1m } } });

        negative.GetProperty("items[0].amount")[0].GetString()!.ShouldContain("金额");
        decimals.GetProperty("items[0].amount")[0].GetString()!.ShouldContain("两位小数");
        duplicate.GetProperty("items[1].code")[0].GetString().ShouldBe("编号 a1 已被本办法的另一项目使用。");
        dates.GetProperty("effectiveTo")[0].GetString().ShouldBe("截止日期不能早于生效日期。");
        shape.GetProperty("name")[0].GetString()!.ShouldContain("名称");
        shape.GetProperty("documentNumber")[0].GetString()!.ShouldContain("文号");
        shape.GetProperty("items[0].code")[0].GetString()!.ShouldContain("编号");
        shape.GetProperty("items[0].kind")[0].GetString()!.ShouldContain("成果类别");
        shape.GetProperty("items[0].serviceInventionMultiplier")[0].GetString()!.ShouldContain("职务发明系数");
        (await staff.GetFromJsonAsync<JsonElement>("/api/funding/policies", Ct)).GetProperty("total").GetInt32().ShouldBe(before);

        var capBelow = await PostInChineseAsync(staff, Policy("上限过低", items: [new { code = "A1", name = "发明", kind = "InventionGrant", mode = "PerUnit", amount = 5_000m, perApplicationCap = 1_000m, line = "Subsidy" }]));
        capBelow.GetProperty("items[0].perApplicationCap")[0].GetString().ShouldBe("上限不能低于金额 5,000.00。");
    }

    [Fact]
    public async Task ConcurrentNewVersionsAndPublications_OneSucceeds_TheOthersAre409()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var id = await DraftAsync(staff, Policy("并发办法"));
        (await staff.PostAsync($"/api/funding/policies/{id}/publish", null, Ct)).EnsureSuccessStatusCode();

        var versions = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => staff.PostAsync($"/api/funding/policies/{id}/versions", null, Ct)));
        versions.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        versions.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        var draft = (await versions.Single(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var version = (await GetAsync(staff, draft)).GetProperty("version").GetGuid();

        var publications = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => staff.PostAsJsonAsync($"/api/funding/policies/{draft}/publish", new { version }, Ct)));
        publications.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        publications.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var series = (await GetAsync(staff, draft)).GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("state").GetString()).ToList();
        series.ShouldBe(["Published", "Superseded"]);
    }

    [Theory]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.TownLiaison)]
    public async Task EnterprisesAndTowns_ReadPublishedVersionsOnly(string role)
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var published = await DraftAsync(staff, Policy("企业可见的办法"));
        (await staff.PostAsync($"/api/funding/policies/{published}/publish", null, Ct)).EnsureSuccessStatusCode();
        var draft = await DraftAsync(staff, Policy("企业不可见的草稿"));
        var nextDraft = (await (await staff.PostAsync($"/api/funding/policies/{published}/versions", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var reader = await fixture.ClientAs(role);

        var list = await reader.GetFromJsonAsync<JsonElement>("/api/funding/policies?pageSize=100", Ct);
        var drafts = await reader.GetFromJsonAsync<JsonElement>("/api/funding/policies?state=Draft&pageSize=100", Ct);
        var view = await GetAsync(reader, published);

        list.GetProperty("items").EnumerateArray().ShouldAllBe(p => p.GetProperty("state").GetString() == "Published");
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(published);
        drafts.GetProperty("total").GetInt32().ShouldBe(0);
        view.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ShouldBe([published]);
        (await reader.GetAsync($"/api/funding/policies/{draft}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/api/funding/policies/{nextDraft}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/funding/policies/{draft}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await reader.GetStringAsync($"/funding/policies/{published}", Ct);
        page.ShouldContain("data-testid=\"policy-items\"");
        page.ShouldNotContain("data-testid=\"policy-actions\"");
        (await reader.PostAsJsonAsync("/api/funding/policies", Policy("企业起草"), Ct)).ShouldBeRefused(anonymous: false, "draft");
        (await reader.PostAsync($"/api/funding/policies/{draft}/publish", null, Ct)).ShouldBeRefused(anonymous: false, "publish");
        (await reader.GetAsync("/funding/policies/new", Ct)).ShouldBeRefused(anonymous: false, "new page");
    }

    [Fact]
    public async Task LeadersAndAuditors_ReadEveryState_ButCannotDraftOrPublish()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var draft = await DraftAsync(staff, Policy("领导可见的草稿"));

        foreach (var role in new[] { Roles.Leadership, Roles.Auditor })
        {
            var reader = await fixture.ClientAs(role);
            (await GetAsync(reader, draft)).GetProperty("state").GetString().ShouldBe("Draft");
            (await reader.PutAsJsonAsync($"/api/funding/policies/{draft}", Policy("领导改动"), Ct)).ShouldBeRefused(anonymous: false, $"{role} revise");
            (await reader.PostAsync($"/api/funding/policies/{draft}/publish", null, Ct)).ShouldBeRefused(anonymous: false, $"{role} publish");
            (await reader.PostAsync($"/api/funding/policies/{draft}/versions", null, Ct)).ShouldBeRefused(anonymous: false, $"{role} new version");
            (await reader.GetAsync($"/funding/policies/{draft}/edit", Ct)).ShouldBeRefused(anonymous: false, $"{role} edit page");
        }

        var dept = await fixture.ClientAs(Roles.DepartmentLiaison);
        (await dept.GetAsync("/api/funding/policies", Ct)).ShouldBeRefused(anonymous: false, "department list");
        (await dept.GetAsync("/funding/policies", Ct)).ShouldBeRefused(anonymous: false, "department page");
        (await (await fixture.ClientAs(null)).GetAsync("/api/funding/policies", Ct)).ShouldBeRefused(anonymous: true, "anonymous list");
    }

    [Fact]
    public async Task Pages_StaffDraftsWithBlankRows_PublishesAndStartsANewVersion()
    {
        using var staff = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var name = $"表单办法{Guid.NewGuid():N}"[..12];

        var created = await staff.SubmitFormAsync("/funding/policies/new", "policy", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.DocumentNumber"] = "仓政综〔2016〕1号",
            ["Input.EffectiveFrom"] = "2016-01-01",
            ["Input.Items[1].Code"] = "A1",
            ["Input.Items[1].Name"] = "发明专利授权资助",
            ["Input.Items[1].Kind"] = "InventionGrant",
            ["Input.Items[1].Mode"] = "PerUnit",
            ["Input.Items[1].Amount"] = "3000",
            ["Input.Items[1].ServiceInventionMultiplier"] = "1.5",
            ["Input.Items[1].Line"] = "Subsidy",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        var url = created.Headers.Location!.ToString();
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        var view = await GetAsync(staff.Http, id);
        view.GetProperty("items").EnumerateArray().Single().GetProperty("code").GetString().ShouldBe("A1");
        var detail = await staff.GetPageAsync($"/funding/policies/{id}");
        detail.ByTestId("rule").Text().ShouldBe("每件 3,000.00 元，职务发明 ×1.5");

        var invalid = await staff.SubmitFormAsync($"/funding/policies/{id}/edit", "policy", new Dictionary<string, string>
        {
            ["Input.Items[0].Amount"] = "3000.001",
            ["Input.Items[2].Code"] = "A1",
            ["Input.Items[2].Name"] = "重复",
            ["Input.Items[2].Kind"] = "DesignGrant",
            ["Input.Items[2].Mode"] = "Fixed",
            ["Input.Items[2].Amount"] = "10",
            ["Input.Items[2].Line"] = "Subsidy",
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = (await Html.ParseAsync(invalid)).QuerySelectorAll(".validation-message").Select(e => e.TextContent).ToList();
        errors.ShouldContain(e => e.Contains("两位小数"));
        (await GetAsync(staff.Http, id)).GetProperty("items").GetArrayLength().ShouldBe(1);

        var published = await staff.SubmitFormAsync($"/funding/policies/{id}", "publish-policy", new Dictionary<string, string>());
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetAsync(staff.Http, id)).GetProperty("state").GetString().ShouldBe("Published");
        var next = await staff.SubmitFormAsync($"/funding/policies/{id}", "new-version", new Dictionary<string, string>());
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = next.Headers.Location!.IsAbsoluteUri ? next.Headers.Location.PathAndQuery : next.Headers.Location.ToString();
        edit.ShouldEndWith("/edit");
        (await staff.GetPageAsync(edit)).ByTestId("policy-form").ShouldNotBeNull();
    }

    /// <summary>POSTs a draft in Chinese, requires 400 and returns the field errors.</summary>
    private static async Task<JsonElement> PostInChineseAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/funding/policies") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var response = await client.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
    }
}
