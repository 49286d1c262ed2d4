using System.Net;
using System.Net.Http.Headers;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>The public portal pages: plain HTML forms (no JavaScript needed), multipart upload, idempotent resubmit.</summary>
[Collection(ProtectionApp.Name)]
public sealed class PortalPageTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task NewPage_Anonymous_PlainMultipartFormWithKeyAndNoStaffMenu()
    {
        using var client = new TestClient(factory);

        var page = await client.GetPageAsync("/portal/complaints/new");

        var form = Forms.Find(page, "complaint");
        form.Method.ShouldBe("post");
        form.Enctype.ShouldBe("multipart/form-data");
        form.QuerySelector("input[type=file][name=files][multiple]").ShouldNotBeNull();
        form.QuerySelector("input[type=hidden][name='Input.IdempotencyKey']")!.GetAttribute("value").ShouldNotBeNullOrEmpty();
        page.QuerySelector("nav.cip-sidebar").ShouldBeNull();
        page.QuerySelector("meta[name=viewport]").ShouldNotBeNull();
    }

    [Fact]
    public async Task NewPage_SubmitTwiceWithFile_OneCaseSameCode()
    {
        using var client = new TestClient(factory);
        var page = await client.GetPageAsync("/portal/complaints/new");
        var respondent = "页面被投诉方" + Guid.NewGuid().ToString("N")[..6];
        var values = Forms.Values(Forms.Find(page, "complaint"));
        values["Input.Kind"] = nameof(CaseKind.PatentInfringement);
        values["Input.Respondent"] = respondent;
        values["Input.Place"] = "仓山区金山街道";
        values["Input.Description"] = "仿制我公司专利产品";

        var first = await PostAsync(client, values);
        var second = await PostAsync(client, values);

        first.ShouldBe(second);
        first.Length.ShouldBe(29);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var cases = await db.Set<ProtectionCase>().Include(c => c.Evidence).Where(c => c.Respondent == respondent).ToListAsync(TestContext.Current.CancellationToken);
        cases.Count.ShouldBe(1);
        cases[0].Evidence.Single().ContentType.ShouldBe("image/jpeg");
        cases[0].Channel.ShouldBe(CaseChannel.OnlinePortal);
    }

    [Fact]
    public async Task NewPage_MissingFields_MessagesUnderForm()
    {
        using var client = new TestClient(factory);
        var page = await client.GetPageAsync("/portal/complaints/new");
        var values = Forms.Values(Forms.Find(page, "complaint"));

        using var response = await client.Http.PostAsync(new Uri("/portal/complaints/new", UriKind.Relative), Multipart(values, withFile: false), TestContext.Current.CancellationToken);

        var result = await Html.ParseAsync(response);
        result.QuerySelectorAll(".validation-message").Length.ShouldBeGreaterThanOrEqualTo(3);
        result.QuerySelector("[data-testid=submitted]").ShouldBeNull();
    }

    [Fact]
    public async Task TrackPage_KnownUnknownAndMalformed_StatusOrSameMessage()
    {
        using var client = new TestClient(factory);
        var code = await ProtectionApi.SubmitAsync(client.Http, ProtectionApi.Complaint("查询被投诉方" + Guid.NewGuid().ToString("N")[..6]));

        var known = await TrackAsync(client, code);
        var unknown = await TrackAsync(client, TrackingCode.New());
        var malformed = await TrackAsync(client, "../../etc/passwd");

        known.ByTestId("track-status").Text().ShouldNotBeNullOrWhiteSpace();
        unknown.ByTestId("track-not-found").Text().ShouldBe(malformed.ByTestId("track-not-found").Text());
        unknown.QuerySelector("[data-testid=track-result]").ShouldBeNull();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> TrackAsync(TestClient client, string code)
    {
        using var response = await client.SubmitFormAsync("/portal/complaints/track", "track", new Dictionary<string, string> { ["Input.Code"] = code });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Html.ParseAsync(response);
    }

    private static async Task<string> PostAsync(TestClient client, Dictionary<string, string> values)
    {
        using var response = await client.Http.PostAsync(new Uri("/portal/complaints/new", UriKind.Relative), Multipart(values, withFile: true), TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, page.DocumentElement.OuterHtml[..Math.Min(2000, page.DocumentElement.OuterHtml.Length)]);
        return page.ByTestId("tracking-code").Text();
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> values, bool withFile)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        if (withFile)
        {
            var file = new ByteArrayContent(UploadTests.JpegWithGps("PAGE"));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "files", "现场照片.jpg");
        }

        return content;
    }
}
