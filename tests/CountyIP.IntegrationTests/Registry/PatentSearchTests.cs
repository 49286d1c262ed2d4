using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CountyIP.IntegrationTests.Import;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// Full-text search of the patents (issue 13 §1): a two-character term finds every patent containing it, ranked with
/// the title first and marked; the query syntax; bad queries refused with a message; the index kept in step by create,
/// edit, delete, import and the rebuild; data scope; the export and the public search. Runs on both databases.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class PatentSearchTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Four rare Han characters no other test writes: the searches below find only this test's patents.</summary>
    private static object Patent(string title, string applicant, string? abstractText = null, string ipc = "H01M 4/36", string? number = null) => new
    {
        applicationNumber = number ?? PatentNumber(2015, '1'),
        title,
        @abstract = abstractText,
        applicants = new[] { new { name = applicant } },
        filingDate = "2015-03-02",
        ipcMain = ipc,
        legalStatus = "Pending",
    };

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query, string path = "/api/search/patents")
    {
        var response = await client.GetAsync(new Uri($"{path}?q={Uri.EscapeDataString(query)}", UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static Guid[] Ids(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task TwoCharacterTerm_FindsEveryPatentContainingIt_TitleMatchesFirst_Marked()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var inAbstract = await CreateAsync(staff.Http, "/api/patents", Patent("一种散热外壳", "测试甲", $"本发明涉及{word}的散热结构。"));
        var inTitle = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}锂电池", "测试乙"));
        await CreateAsync(staff.Http, "/api/patents", Patent("一种锂电池", "测试丙"));

        var result = await SearchAsync(staff.Http, word);

        result.GetProperty("total").GetInt32().ShouldBe(2);
        Ids(result).ShouldBe([inTitle, inAbstract], "a match in the title ranks above one in the abstract");
        var first = result.GetProperty("items")[0];
        first.GetProperty("applicationNumber").GetString().ShouldNotBeNullOrEmpty();
        first.GetProperty("titleMarked").GetString().ShouldBe($"一种<mark>{word}</mark>锂电池");
        result.GetProperty("items")[1].GetProperty("abstractSnippet").GetString()!.ShouldContain($"<mark>{word}</mark>");
        foreach (var pair in Enumerable.Range(0, 3).Select(i => word.Substring(i, 2)))
        {
            Ids(await SearchAsync(staff.Http, pair)).ShouldBe([inTitle, inAbstract], $"the two-character term {pair}");
        }

        var facets = result.GetProperty("facets");
        facets.GetProperty("types").EnumerateArray().Single().GetProperty("count").GetInt32().ShouldBe(2);
        facets.GetProperty("years").EnumerateArray().Single().GetProperty("value").GetString().ShouldBe("2015");
        facets.GetProperty("states").EnumerateArray().Single().GetProperty("value").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task QuerySyntax_PhrasesOrExclusionFieldPrefixesAndIpcPrefix()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var a = Word();
        var b = Word();
        var title = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{a}负极材料", "测试丁", ipc: "H01M 10/0525"));
        var applicant = await CreateAsync(staff.Http, "/api/patents", Patent("一种电机外壳", $"{a}科技有限公司", ipc: "H02K 5/18"));
        var other = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{b}正极材料", "测试戊", ipc: "H01M 4/36"));

        Ids(await SearchAsync(staff.Http, $"ti:{a}")).ShouldBe([title]);
        Ids(await SearchAsync(staff.Http, $"pa:{a}")).ShouldBe([applicant]);
        Ids(await SearchAsync(staff.Http, $"{a} -外壳")).ShouldBe([title]);
        Ids(await SearchAsync(staff.Http, $"{a} OR {b}")).Order().ShouldBe(new[] { title, applicant, other }.Order());
        Ids(await SearchAsync(staff.Http, $"\"{a}负极\"")).ShouldBe([title]);
        Ids(await SearchAsync(staff.Http, $"“{a}正极”")).ShouldBeEmpty("the words are not next to each other there");
        Ids(await SearchAsync(staff.Http, $"{a} ipc:H01M")).ShouldBe([title]);
        Ids(await SearchAsync(staff.Http, $"{a} ipc:H01M10/05")).ShouldBe([title]);
        Ids(await SearchAsync(staff.Http, $"{a} ipc:H01M1")).ShouldBe([], "main group 1 is not 10");
        Ids(await SearchAsync(staff.Http, $"({a} OR {b}) H01M")).Order().ShouldBe(new[] { title, other }.Order(), "a bare subclass is read as ipc:");
        Ids(await SearchAsync(staff.Http, $"ＴＩ：{a}")).ShouldBe([title], "full-width forms are folded");
    }

    [Theory]
    [InlineData("电", "zh-CN", "只有一个字")]
    [InlineData("", "zh-CN", "请输入检索词")]
    [InlineData("\"锂电池", "zh-CN", "引号未成对")]
    [InlineData("zz:锂电池", "zh-CN", "不是可用的字段前缀")]
    [InlineData("ipc:Z99", "zh-CN", "IPC")]
    [InlineData("-锂电池", "zh-CN", "排除词")]
    [InlineData("A", "en-US", "one character")]
    [InlineData("zz:battery", "en-US", "is not a field prefix")]
    public async Task BadQuery_400WithTheMessageUnderQ(string query, string culture, string expected)
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        staff.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        var response = await staff.Http.GetAsync(new Uri($"/api/search/patents?q={Uri.EscapeDataString(query)}", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = problem.GetProperty("errors").EnumerateObject().Single();
        error.Name.ShouldBe("q", StringCompareShould.IgnoreCase);
        error.Value[0].GetString()!.ShouldContain(expected);
    }

    [Fact]
    public async Task HugeInput_CappedOrRefused_Never500()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        (await staff.Http.GetAsync(new Uri("/api/search/patents?q=" + new string('锂', 10_000), UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.Http.GetAsync(new Uri("/api/search/patents?q=%E9%94%82%E7%94%B5&page=100000", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var capped = await staff.Http.GetFromJsonAsync<JsonElement>("/api/search/patents?q=%E9%94%82%E7%94%B5&pageSize=100000", Ct);
        capped.GetProperty("pageSize").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task IndexKeptInStep_ByEditDeleteImportAndRebuild()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var before = Word();
        var after = Word();
        var number = PatentNumber(2015, '1');
        var id = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{before}装置", "测试己", number: number));
        Ids(await SearchAsync(staff.Http, before)).ShouldBe([id]);

        var details = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/{id}", Ct);
        var edit = await staff.Http.PutAsJsonAsync($"/api/patents/{id}", new
        {
            applicationNumber = number,
            title = $"一种{after}装置",
            applicants = new[] { new { name = "测试己" } },
            filingDate = "2015-03-02",
            ipcMain = "H01M 4/36",
            legalStatus = "Pending",
            version = details.GetProperty("version").GetGuid(),
        }, Ct);
        edit.StatusCode.ShouldBe(HttpStatusCode.NoContent, await edit.Content.ReadAsStringAsync(Ct));
        Ids(await SearchAsync(staff.Http, before)).ShouldBeEmpty();
        Ids(await SearchAsync(staff.Http, after)).ShouldBe([id]);

        // An import adds one patent (bulk writer) and changes another (tracked save): both are found by their new titles.
        var imported = Word();
        var fresh = PatentNumber(2015, '1');
        var file = ImportFilesBuilder.Csv(
            [ImportFilesBuilder.CnipaHeaders, ImportFilesBuilder.Row(fresh, "测试庚", title: $"一种{imported}新装置"), ImportFilesBuilder.Row(number, "测试己", title: $"一种{imported}旧装置")],
            Encoding.UTF8);
        var preview = await ImportApiTests.PreviewAsync(staff.Http, "patents", "search.csv", file);
        (await ImportApiTests.ConfirmAsync(staff.Http, preview.Id)).Counts.Changed.ShouldBe(1);
        var found = await SearchAsync(staff.Http, imported);
        found.GetProperty("total").GetInt32().ShouldBe(2);
        Ids(found).ShouldContain(id);
        Ids(await SearchAsync(staff.Http, after)).ShouldBeEmpty();

        // A removed patent leaves the index with it.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.Remove(await db.Set<Patent>().SingleAsync(p => p.Id == id, Ct));
            await db.SaveChangesAsync(Ct);
        }

        Ids(await SearchAsync(staff.Http, imported)).ShouldNotContain(id);
        found = await SearchAsync(staff.Http, imported);
        found.GetProperty("total").GetInt32().ShouldBe(1);

        // The rebuild (on start, after a restore without the index) writes every row again.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM registry_patent_search", Ct);
            Ids(await SearchAsync(staff.Http, imported)).ShouldBeEmpty();
            var seeder = scope.ServiceProvider.GetServices<IDataSeeder>().Single(s => s.GetType().Name == "PatentSearchRebuild");
            await seeder.SeedAsync(Ct);
        }

        Ids(await SearchAsync(staff.Http, imported)).ShouldBe(Ids(found));
    }

    [Fact]
    public async Task Scope_TownSeesItsUnitAndCountsIt_EnterpriseSeesAllAsBibliographicData_OthersRefused()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var name = $"检索{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode(), "350104001"));
        var own = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电机", name));
        var otherName = $"检索{Guid.NewGuid():N}"[..10] + "有限公司";
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise(otherName, CreditCode(), "350104002"));
        var foreign = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}外壳", otherName));

        using var town = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104001");
        var townResult = await SearchAsync(town.Http, word);
        Ids(townResult).ShouldBe([own]);
        townResult.GetProperty("facets").GetProperty("units").EnumerateArray().Select(u => u.GetProperty("value").GetString()).ShouldBe(["350104001"]);

        using var company = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        var companyResult = await SearchAsync(company.Http, word);
        Ids(companyResult).Order().ShouldBe(new[] { own, foreign }.Order());
        var items = companyResult.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        items[own].GetProperty("own").GetBoolean().ShouldBeTrue();
        items[foreign].GetProperty("own").GetBoolean().ShouldBeFalse();
        items[foreign].TryGetProperty("annualFeePaidUntil", out _).ShouldBeFalse("bibliographic data only");
        (await company.Http.GetAsync(new Uri($"/api/patents/{foreign}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the record itself stays in its owner's scope");

        using var auditor = await TestClient.SignedInAsync(factory, Roles.Auditor);
        (await auditor.Http.GetAsync(new Uri($"/api/search/patents?q={word}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_TheResultInOrder_AndPublicSearch_DistrictPatentsWithoutSigningIn()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var name = $"公开{Guid.NewGuid():N}"[..10] + "有限公司";
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        var district = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电池", name));
        var outside = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电极", "外地某某"));

        var export = await staff.Http.GetAsync(new Uri($"/api/search/patents/export?q={word}", UriKind.Relative), Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            rows.Count.ShouldBe(2);
            rows.Select(r => r["名称"]?.ToString()).ShouldAllBe(t => t != null && t.Contains(word, StringComparison.Ordinal));
        }

        using var anonymous = new TestClient(factory);
        var open = await SearchAsync(anonymous.Http, word, "/api/portal/search/patents");
        Ids(open).ShouldBe([district], "the public sees the district's applicants' patents");
        Ids(open).ShouldNotContain(outside);
    }

    [Fact]
    public async Task PublicSearch_NamesNoPerson_InventorsLeftOutAndIndividualApplicantsMasked()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var name = $"公开{Guid.NewGuid():N}"[..10] + "有限公司";
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff.Http, "/api/patents", new
        {
            applicationNumber = PatentNumber(2015, '1'),
            title = $"一种{word}电池",
            applicants = new object[] { new { name }, new { name = "王小明", kind = "Individual" } },
            inventors = "李四；王小明",
            filingDate = "2015-03-02",
            ipcMain = "H01M 4/36",
            legalStatus = "Pending",
        });
        using var anonymous = new TestClient(factory);

        var item = (await SearchAsync(anonymous.Http, word, "/api/portal/search/patents")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();

        item.GetProperty("applicants").EnumerateArray().Select(a => a.GetString()).ShouldBe([name, "王**"]);
        item.GetProperty("inventors").ValueKind.ShouldBe(JsonValueKind.Null);
        item.GetProperty("unitCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var page = await anonymous.Http.GetStringAsync(new Uri($"/portal/patents?q={Uri.EscapeDataString(word)}", UriKind.Relative), Ct);
        Html.Parse(page).Body!.TextContent.ShouldNotContain("王小明");
    }

    [Fact]
    public async Task Page_ShowsMarkedResultsWithFacetsInChinese_AndTheMessageForAOneCharacterQuery()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var id = await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电池", "测试辛"));

        var page = await Html.ParseAsync(await staff.Http.GetAsync(new Uri($"/registry/search?q={Uri.EscapeDataString(word)}", UriKind.Relative), Ct));

        page.ByTestId("search-total").Text().ShouldContain("共检索到 1 件专利");
        var row = page.ByTestId("search-results").QuerySelector($"li[data-id='{id}']").ShouldNotBeNull();
        row.QuerySelector("mark")!.TextContent.ShouldBe(word);
        row.QuerySelector($"a[href='/registry/patents/{id}']").ShouldNotBeNull();
        page.ByTestId("facets").Text().ShouldContain("发明");
        page.ByTestId("export").GetAttribute("href")!.ShouldStartWith("/api/search/patents/export?q=");

        var refused = await Html.ParseAsync(await staff.Http.GetAsync(new Uri("/registry/search?q=%E7%94%B5", UriKind.Relative), Ct));
        refused.ByTestId("search-error").Text().ShouldContain("只有一个字");
    }

    [Fact]
    public async Task IndexAlone_CountsAndPagesWithoutOverlap_AsTheBroadSearchReadsIt()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync(staff.Http, "/api/patents", Patent(i == 0 ? $"一种{word}" : $"一种外壳，涉及{word}与{word}的组合，及其制造方法", "测试壬", $"{word}。")));
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var expression = Modules.Registry.Domain.Search.SearchQueryParser.Parse(word).Expression!;

        (await Modules.Registry.Data.PatentSearchIndex.CountAsync(db, expression, Ct)).ShouldBe(5);
        var pages = new List<Guid>();
        for (var skip = 0; skip < 6; skip += 2)
        {
            var page = await Modules.Registry.Data.PatentSearchIndex.TopAsync(db, expression, skip, 2, Ct);
            page.Select(h => h.Score).ShouldBeInOrder(SortDirection.Ascending);
            pages.AddRange(page.Select(h => h.PatentId));
        }

        pages.Order().ShouldBe(ids.Order(), "three pages of two cover the five once each");
    }

    [Fact]
    public async Task Analysis_CountsTheResultByYearTypeApplicantAndIpc_InTheCallersScope_AsPageAndWorkbook()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        var name = $"分析{Guid.NewGuid():N}"[..10] + "有限公司";
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode(), "350104001"));
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电池", name, ipc: "H01M 10/0525"));
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电极", name, ipc: "H01M 4/36"));
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电机", "外地某某", ipc: "H02K 5/18"));

        var view = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/search/patents/analysis?q={Uri.EscapeDataString(word)}", Ct);

        view.GetProperty("total").GetInt32().ShouldBe(3);
        view.GetProperty("analysed").GetInt32().ShouldBe(3);
        var year = view.GetProperty("years").EnumerateArray().Single();
        year.GetProperty("year").GetInt32().ShouldBe(2015);
        year.GetProperty("filed").GetInt32().ShouldBe(3);
        var applicants = view.GetProperty("topApplicants").EnumerateArray().ToList();
        applicants[0].GetProperty("value").GetString().ShouldBe(name);
        applicants[0].GetProperty("count").GetInt32().ShouldBe(2);
        view.GetProperty("topIpc").EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32()))
            .ShouldBe([("H01M", 2), ("H02K", 1)]);
        view.GetProperty("industries").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ShouldBe(["Electrical", "NewEnergy"], ignoreOrder: true);

        using var town = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104002");
        (await town.Http.GetFromJsonAsync<JsonElement>($"/api/search/patents/analysis?q={Uri.EscapeDataString(word)}", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "another unit's patents");

        var page = await Html.ParseAsync(await staff.Http.GetAsync(new Uri($"/registry/search/analysis?q={Uri.EscapeDataString(word)}", UriKind.Relative), Ct));
        page.ByTestId("analysis-scope").Text().ShouldContain("共 3 件专利");
        using (var option = JsonDocument.Parse(page.ByTestId("chart-years").GetAttribute("data-option")!))
        {
            option.RootElement.GetProperty("series")[0].GetProperty("name").GetString().ShouldBe("申请量");
            option.RootElement.GetProperty("series")[0].GetProperty("data")[0].GetInt32().ShouldBe(3);
        }

        page.ByTestId("table-mix").Text().ShouldContain("发明");

        var export = await staff.Http.GetAsync(new Uri($"/api/search/patents/analysis/export?q={Uri.EscapeDataString(word)}", UriKind.Relative), Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        MiniExcel.GetSheetNames(stream).Count.ShouldBe(7);
    }
}
