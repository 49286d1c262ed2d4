using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CountyIP.IntegrationTests.Import;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.Api;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// Watch rules (专利预警, issue 13 §3): an enterprise saves a search naming a competitor; an import that adds two of the
/// competitor's patents notifies it exactly once, listing them; an import that changes them again stays quiet; a bad
/// query is refused under <c>query</c>; an account sees and deletes only its own rules.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class WatchRuleTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement[]> NotificationsAsync(HttpClient client, string kind) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == kind)];

    [Fact]
    public async Task ImportAddingTwoMatches_NotifiesTheOwnerOnce_AndAChangeOfTheSameRowsNotAgain()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"预警{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        using var company = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        var competitor = $"对手{Guid.NewGuid():N}"[..8] + "电器公司";

        var created = await company.Http.PostAsJsonAsync("/api/watch-rules", new { name = "竞争对手动向", query = $"pa:{competitor}" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));

        var first = PatentNumber(2016, '1');
        var second = PatentNumber(2016, '2');
        List<string[]> rows =
        [
            ImportFilesBuilder.CnipaHeaders,
            ImportFilesBuilder.Row(first, competitor, title: "一种电机转子"),
            ImportFilesBuilder.Row(second, competitor, title: "一种电机外壳"),
            ImportFilesBuilder.Row(PatentNumber(2016, '1'), "无关某某", title: "一种电机转子"),
        ];
        var preview = await ImportApiTests.PreviewAsync(staff.Http, "patents", "watch.csv", ImportFilesBuilder.Csv(rows, Encoding.UTF8));
        (await ImportApiTests.ConfirmAsync(staff.Http, preview.Id)).Counts.New.ShouldBe(3);

        var notified = await NotificationsAsync(company.Http, "registry.watch-matches");
        notified.Length.ShouldBe(1, "one notification per rule per import");
        notified[0].GetProperty("title").GetString()!.ShouldContain("新增 2 件专利");
        notified[0].GetProperty("body").GetString()!.ShouldContain("一种电机转子");
        notified[0].GetProperty("link").GetString()!.ShouldStartWith("/registry/search?q=pa%3A");

        var rules = await company.Http.GetFromJsonAsync<JsonElement>("/api/watch-rules", Ct);
        rules.GetProperty("rules")[0].GetProperty("matchCount").GetInt32().ShouldBe(2);

        // The same rows again with new titles: changed, but already notified for this rule.
        rows[1] = ImportFilesBuilder.Row(first, competitor, title: "一种改进的电机转子");
        rows[2] = ImportFilesBuilder.Row(second, competitor, title: "一种改进的电机外壳");
        var again = await ImportApiTests.PreviewAsync(staff.Http, "patents", "watch2.csv", ImportFilesBuilder.Csv(rows, Encoding.UTF8));
        (await ImportApiTests.ConfirmAsync(staff.Http, again.Id)).Counts.Changed.ShouldBe(2);
        (await NotificationsAsync(company.Http, "registry.watch-matches")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task BadQuery_Refused_AndOnlyTheOwnerSeesAndDeletesARule()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var refused = await staff.Http.PostAsJsonAsync("/api/watch-rules", new { name = "坏", query = "电" }, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = problem.GetProperty("errors").EnumerateObject().Single();
        error.Name.ShouldBe("query", StringCompareShould.IgnoreCase);
        error.Value[0].GetString()!.ShouldContain("只有一个字");
        (await staff.Http.PostAsJsonAsync("/api/watch-rules", new { name = "", query = "锂电池" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var created = await staff.Http.PostAsJsonAsync("/api/watch-rules", new { name = "锂电池动态", query = "锂电池 ipc:H01M" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<CreatedId>(Ct))!.Id;

        using var leader = await TestClient.SignedInAsync(factory, Roles.Leadership);
        (await leader.Http.GetFromJsonAsync<JsonElement>("/api/watch-rules", Ct)).GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(id);
        (await leader.Http.DeleteAsync(new Uri($"/api/watch-rules/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.Http.DeleteAsync(new Uri($"/api/watch-rules/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Http.GetFromJsonAsync<JsonElement>("/api/watch-rules", Ct)).GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(id);
    }

    [Fact]
    public async Task Pages_WatchThisSearchSavesTheQuery_ARuleWithAOneCharacterQueryIsRefusedInChinese_DeleteRemovesIt()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = "监视" + Guid.NewGuid().ToString("N")[..6];

        // The search page's "watch this search" form posts to the rules page, which handles the named form.
        var search = await staff.GetPageAsync($"/registry/search?q={Uri.EscapeDataString("锂电池 " + word)}");
        var save = Forms.Find(search, "watch-rule");
        save.GetAttribute("action").ShouldBe("/registry/watch-rules");
        var values = Forms.Values(save);
        values["RuleQuery"].ShouldBe("锂电池 " + word);
        var saved = await staff.Http.PostAsync(new Uri("/registry/watch-rules", UriKind.Relative), new FormUrlEncodedContent(values), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rules = await Html.ParseAsync(saved);
        rules.ByTestId("form-message").Text().ShouldContain("已保存预警规则");
        var row = rules.ByTestId("watch-rules").QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(word, StringComparison.Ordinal));
        var id = Guid.Parse(row.GetAttribute("data-id")!);

        var page = await staff.GetPageAsync("/registry/watch-rules");
        var form = Forms.Values(Forms.Find(page, "watch-rule"));
        form["RuleName"] = "一个字";
        form["RuleQuery"] = "电";
        var refused = await Html.ParseAsync(await staff.Http.PostAsync(new Uri("/registry/watch-rules", UriKind.Relative), new FormUrlEncodedContent(form), Ct));
        refused.QuerySelector(".invalid-feedback")!.TextContent.ShouldContain("只有一个字");

        var delete = new Dictionary<string, string>
        {
            [Forms.HandlerField] = "delete-rule",
            [Forms.AntiforgeryField] = Forms.AntiforgeryToken(page, "watch-rule"),
            ["RuleId"] = id.ToString(),
        };
        var deleted = await Html.ParseAsync(await staff.Http.PostAsync(new Uri("/registry/watch-rules", UriKind.Relative), new FormUrlEncodedContent(delete), Ct));
        deleted.ByTestId("form-message").Text().ShouldContain("已删除预警规则");
        (await staff.Http.GetFromJsonAsync<JsonElement>("/api/watch-rules", Ct)).GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(id);
    }
}
