using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// The analysis's co-applicant network and the one-click PDF brief (issue 13 §2): pairs of applicants counted once per
/// shared patent; the brief is a Chinese PDF whatever the reader's language, its first page renders with text on it;
/// a one-character query is refused before anything is drawn; a role without the registry gets nothing.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class PatentAnalysisBriefTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CoApplicants_PairsCountedOncePerSharedPatent()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电池", ["甲电池公司", "乙材料公司"]));
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电极", ["乙材料公司", "甲电池公司", "丙大学"]));
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}外壳", ["丙大学"]));

        var analysis = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/search/patents/analysis?q={Uri.EscapeDataString(word)}", Ct);

        var links = analysis.GetProperty("coApplicants").GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetString(), l.GetProperty("target").GetString(), l.GetProperty("patents").GetInt32())).ToList();
        links.ShouldContain(("乙材料公司", "甲电池公司", 2));
        links.Count.ShouldBe(3, "甲–乙 twice, 甲–丙 and 乙–丙 once each (ordinal order within a pair)");
        var nodes = analysis.GetProperty("coApplicants").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("value").GetString()!, n => n.GetProperty("count").GetInt32());
        nodes["丙大学"].ShouldBe(2, "a node counts its patents in the result, alone or not");
    }

    [Fact]
    public async Task Brief_IsAChinesePdf_EvenForAnEnglishReader_AndItsFirstPageRenders()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        // A query of common characters: the brief's font (GB 2312) draws them, so the text can be read back.
        var word = "pa:简报甲公司";
        await CreateAsync(staff.Http, "/api/patents", Patent("一种储能电池", ["简报甲公司", "简报乙公司"]));
        await CreateAsync(staff.Http, "/api/patents", Patent("一种电池电极", ["简报甲公司"]));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search/patents/analysis/brief?q={Uri.EscapeDataString(word)}");
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await staff.Http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNull().ShouldStartWith("专利分析简报-");
        var directory = Directory.CreateTempSubdirectory("countyip-brief-");
        try
        {
            var pdfPath = Path.Combine(directory.FullName, "brief.pdf");
            await File.WriteAllBytesAsync(pdfPath, await response.Content.ReadAsByteArrayAsync(Ct), Ct);
            var text = await PdfTools.RunAsync("pdftotext", $"\"{pdfPath}\" -");
            text.ShouldContain("专利分析简报");
            text.ShouldContain(word);
            text.ShouldContain("合作申请网络");
            text.ShouldContain("简报乙公司 — 简报甲公司");
            await PdfTools.RunAsync("pdftoppm", $"-gray -r 50 -f 1 -l 1 \"{pdfPath}\" \"{Path.Combine(directory.FullName, "page")}\"");
            var page = Directory.GetFiles(directory.FullName, "page*.pgm").ShouldHaveSingleItem();
            PdfTools.DarkPixels(await File.ReadAllBytesAsync(page, Ct)).ShouldBeGreaterThan(1000, "the page carries the title, the chart and the tables");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Brief_OneCharacterQuery_Answers400_AndARoleWithoutTheRegistryIsRefused()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        (await staff.Http.GetAsync("/api/search/patents/analysis/brief?q=%E7%94%B5", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var auditor = await TestClient.SignedInAsync(factory, Roles.Auditor);
        (await auditor.Http.GetAsync("/api/search/patents/analysis/brief?q=%E7%94%B5%E6%B1%A0", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnalysisPage_ShowsTheNetworkAndLinksTheBrief()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var word = Word();
        await CreateAsync(staff.Http, "/api/patents", Patent($"一种{word}电池", ["网络甲公司", "网络乙公司"]));

        var page = await Html.ParseAsync(await staff.Http.GetAsync(new Uri($"/registry/search/analysis?q={Uri.EscapeDataString(word)}", UriKind.Relative), Ct));

        page.ByTestId("chart-network").ShouldNotBeNull();
        page.ByTestId("table-co-applicants").Text().ShouldContain("网络乙公司 — 网络甲公司", customMessage: "a pair in ordinal order (乙 U+4E59 before 甲 U+7532)");
        page.ByTestId("brief").GetAttribute("href")!.ShouldStartWith("/api/search/patents/analysis/brief?q=");
    }

    private static object Patent(string title, string[] applicants) => new
    {
        applicationNumber = PatentNumber(2015, '1'),
        title,
        applicants = applicants.Select(name => new { name }).ToArray(),
        filingDate = "2015-03-02",
        grantDate = "2016-05-10",
        ipcMain = "H01M 4/36",
        legalStatus = "Granted",
    };
}
