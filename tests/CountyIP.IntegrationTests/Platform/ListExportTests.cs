using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// Issue 9: every list's 导出 after 查询 — the search form submitted as a browser does (filters left at 全部 are sent as
/// <c>name=</c>), then the page's export link followed — answers an .xlsx; a value that does not bind answers a
/// localized error, as a page to a browser and as ProblemDetails to an API client.
/// </summary>
public sealed class ListExportTests(ListExportTests.Factory factory) : IClassFixture<ListExportTests.Factory>
{
    public sealed class Factory : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ListPages => new()
    {
        { Roles.BureauStaff, "/registry/enterprises" },
        { Roles.BureauStaff, "/registry/patents" },
        { Roles.BureauStaff, "/registry/trademarks" },
        { Roles.BureauStaff, "/registry/copyrights" },
        { Roles.BureauStaff, "/registry/standards" },
        { Roles.BureauStaff, "/registry/agencies" },
        { Roles.BureauStaff, "/protection/joint-actions" },
        { Roles.Auditor, "/audit" },
        { Roles.BureauStaff, "/transfer/licences" },
        { Roles.BureauStaff, "/transfer/pledges" },
        { Roles.BureauStaff, "/transfer/assignments" },
        { Roles.BureauStaff, "/transfer/projects" },
    };

    [Theory]
    [MemberData(nameof(ListPages))]
    public async Task Export_AfterEmptySearch_AnswersXlsx(string role, string list)
    {
        using var client = await TestClient.SignedInAsync(factory, role);
        await CreateRecordsAsync();

        var response = await ExportAfterSearchAsync(client, list, sample: false);

        await ShouldBeWorkbookAsync(response, list);
    }

    [Theory]
    [MemberData(nameof(ListPages))]
    public async Task Export_AfterSampleFilter_AnswersXlsx(string role, string list)
    {
        using var client = await TestClient.SignedInAsync(factory, role);
        await CreateRecordsAsync();

        var response = await ExportAfterSearchAsync(client, list, sample: true);

        await ShouldBeWorkbookAsync(response, list);
    }

    [Fact]
    public async Task ListPage_EmptyFilterValues_RendersAsUnfiltered()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"空筛选{Guid.NewGuid():N}"[..10] + "有限公司";
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));

        var page = await staff.GetPageAsync($"/registry/enterprises?q={Uri.EscapeDataString(name)}&unit=&kind=&tag=&highTech=&sort=&page=");

        page.ByTestId("enterprise-table").Text().ShouldContain(name);
        page.ByTestId("export").GetAttribute("href").ShouldBe($"/api/enterprises/export?q={Uri.EscapeDataString(name)}");
    }

    [Fact]
    public async Task Export_MalformedValueFromBrowser_ShowsLocalizedErrorPage()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/patents/export?type=foo");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await staff.Http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await Html.ParseAsync(response);
        page.ByTestId("bad-request").Text().ShouldBe("链接中含有无效的参数值");
    }

    [Fact]
    public async Task Export_MalformedValueFromApiClient_AnswersLocalizedProblemDetails()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/patents/export?type=foo");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        using var response = await staff.Http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        problem.RootElement.GetProperty("title").GetString().ShouldBe("The link contains a value that is not valid");
    }

    /// <summary>One record in each list, so the exports have something to carry.</summary>
    private async Task CreateRecordsAsync()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"导出{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterpriseId = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        await CreateAsync(staff.Http, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = "闽江", niceClasses = "9", ownerName = name, enterpriseId });
        await CreateAsync(staff.Http, "/api/standards", new { title = "企业标准", startYear = 2014, enterpriseId });
        await CreateAsync(staff.Http, "/api/agencies", new { name = "某代理所" + Guid.NewGuid().ToString("N")[..4] });
    }

    /// <summary>
    /// GETs <paramref name="list"/>, submits its search panel as a browser would (every field, empty ones included;
    /// with <paramref name="sample"/> each select set to its first real option), then follows the export link.
    /// </summary>
    private static async Task<HttpResponseMessage> ExportAfterSearchAsync(TestClient client, string list, bool sample)
    {
        var page = await client.GetPageAsync(list);
        var form = (IHtmlFormElement)page.ByTestId("search-panel");
        var values = Forms.Values(form);
        if (sample)
        {
            foreach (var select in form.QuerySelectorAll("select").Cast<IHtmlSelectElement>())
            {
                if (select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value)) is { } option)
                {
                    values[select.Name!] = option.Value;
                }
            }
        }

        var query = string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        var searched = await client.GetPageAsync($"{list}?{query}");
        var link = searched.QuerySelector("a[data-testid='export'], a[data-testid='audit-export']")
            ?? throw new ShouldAssertException($"{list}?{query} shows no export link");
        var href = link.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await client.Http.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{href} (from {list}?{query}): {await response.Content.ReadAsStringAsync(Ct)}");
        return response;
    }

    private static async Task ShouldBeWorkbookAsync(HttpResponseMessage response, string list)
    {
        using (response)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx, list);
            var body = await response.Content.ReadAsByteArrayAsync(Ct);
            // An .xlsx is a zip archive: "PK".
            body.Take(2).ShouldBe("PK"u8.ToArray(), list);
        }
    }
}
