using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Import.ImportFilesBuilder;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Import;

[Collection(RegistryApp.Name)]
public sealed class ImportPageTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadPage_CsvThenConfirm_ShowsPreviewCountsAndImports()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var number = PatentNumber();
        var file = Csv([CnipaHeaders, Row(number, "福州页面测试有限公司"), Row("201310ABCDEF9", "某人")], Encoding.UTF8);

        var posted = await PostFormWithFileAsync(client, "/registry/imports", "import-upload", new() { ["Kind"] = "Patents", ["Mode"] = "SkipInvalid" }, "page.csv", file);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var location = posted.Headers.Location!;
        var detailUrl = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        detailUrl.ShouldStartWith("/registry/imports/");

        var preview = await WaitForAsync(client, detailUrl, page => page.QuerySelector("[data-testid=import-confirm]") is not null);
        preview.QuerySelector("[data-testid=count-new]")!.TextContent.ShouldBe("1");
        preview.QuerySelector("[data-testid=count-invalid]")!.TextContent.ShouldBe("1");
        preview.QuerySelector("[data-testid=row-errors]")!.TextContent.ShouldContain("申请号");

        var confirmed = await client.SubmitFormAsync(preview, detailUrl, "import-confirm", new Dictionary<string, string>());
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = await WaitForAsync(client, detailUrl, page => page.QuerySelector("[data-testid=import-status]")!.TextContent.Contains("已导入", StringComparison.Ordinal));
        done.QuerySelector("[data-testid=import-confirm]").ShouldBeNull();
        (await client.GetAsync($"/api/patents/by-number/{number}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await client.GetPageAsync("/registry/imports");
        list.QuerySelector("[data-testid=import-list]")!.TextContent.ShouldContain("page.csv");
    }

    [Fact]
    public async Task UploadPage_EncryptedWorkbook_MessageUnderTheForm()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);

        var posted = await PostFormWithFileAsync(client, "/registry/imports", "import-upload", new() { ["Kind"] = "Patents" }, "secret.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Html.ParseAsync(posted);
        page.QuerySelector("[data-testid=form-error]")!.TextContent.ShouldContain("加密");
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> WaitForAsync(TestClient client, string url, Func<AngleSharp.Html.Dom.IHtmlDocument, bool> ready)
    {
        for (var i = 0; i < 300; i++)
        {
            var page = await client.GetPageAsync(url);
            if (ready(page))
            {
                return page;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"{url} never became ready.");
    }

    private static async Task<HttpResponseMessage> PostFormWithFileAsync(TestClient client, string pageUrl, string formName, Dictionary<string, string> fields, string fileName, byte[] bytes)
    {
        var page = await client.GetPageAsync(pageUrl);
        var values = Forms.Values(Forms.Find(page, formName));
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await client.Http.PostAsync(new Uri(pageUrl, UriKind.Relative), content, Ct);
    }
}
