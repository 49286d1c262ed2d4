using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Designations on the enterprise profile: add with a certificate file, download with an access check, remove.</summary>
[Collection(RegistryApp.Name)]
public sealed class RegistryDesignationTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static async Task<Guid> EnterpriseAsync(TestClient staff) =>
        await CreateAsync(staff.Http, "/api/enterprises", Enterprise($"认定{Guid.NewGuid():N}"[..10] + "有限公司", CreditCode()));

    /// <summary>Posts the profile's designation form as a browser does (multipart, with the antiforgery token).</summary>
    private static async Task<HttpResponseMessage> AddAsync(TestClient client, Guid enterprise, string title, string fileName, byte[] content)
    {
        var url = $"/registry/enterprises/{enterprise}";
        var page = await client.GetPageAsync(url);
        var values = Forms.Values(Forms.Find(page, "designation-add"));
        values["DesignationInput.Title"] = title;
        values["DesignationInput.IssuingBody"] = "福州市知识产权局";
        values["DesignationInput.Year"] = "2014";
        values["DesignationInput.Level"] = "Municipal";
        values["DesignationInput.Kind"] = "Demonstration";
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("application/octet-stream");
        form.Add(file, "certificate", fileName);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), form, Ct);
    }

    [Fact]
    public async Task AddDesignation_WithPngCertificate_DownloadableInScopeOnly()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var enterprise = await EnterpriseAsync(staff);

        // Named .pdf but a PNG by content: stored and served as PNG.
        var response = await AddAsync(staff, enterprise, "福州市知识产权示范企业", "证书扫描件.pdf", Png);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var profile = await staff.GetPageAsync($"/registry/enterprises/{enterprise}");
        var link = profile.ByTestId("certificate").GetAttribute("href")!;
        var download = await staff.GetAsync(link);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Png);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("证书扫描件.png");

        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        (await own.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var other = await TestClient.SignedInAsync(factory, Roles.Enterprise, (await EnterpriseAsync(staff)).ToString());
        (await other.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var town = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104008");
        (await town.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddDesignation_TextFileAsCertificate_RefusedWithMessage()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var enterprise = await EnterpriseAsync(staff);

        var response = await AddAsync(staff, enterprise, "福州市知识产权试点企业", "certificate.pdf", "not a certificate"u8.ToArray());

        (await Html.ParseAsync(response)).ByTestId("designation-error").Text().ShouldNotBeEmpty();
        var details = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{enterprise}", Ct);
        details.GetProperty("designations").EnumerateArray().ShouldNotContain(d => d.GetProperty("title").GetString() == "福州市知识产权试点企业");
    }

    [Fact]
    public async Task RemoveDesignation_OnProfile_GoneWithItsCertificate()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var enterprise = await EnterpriseAsync(staff);
        await AddAsync(staff, enterprise, "福州市知识产权示范企业", "a.png", Png);
        var profile = await staff.GetPageAsync($"/registry/enterprises/{enterprise}");
        var link = profile.ByTestId("certificate").GetAttribute("href")!;
        var id = link.Split('/')[5];

        var removed = await staff.SubmitFormAsync(profile, $"/registry/enterprises/{enterprise}", $"designation-remove-{id}", new Dictionary<string, string>());

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var details = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{enterprise}", Ct);
        details.GetProperty("designations").EnumerateArray().ShouldNotContain(d => d.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task DesignationApi_AddAndDelete_ForbiddenForEnterprise()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var enterprise = await EnterpriseAsync(staff);
        var body = new { level = "National", kind = "Pilot", title = "国家知识产权优势企业", issuingBody = "国家知识产权局", year = 2015, validUntil = "2018-12-31" };

        var id = await CreateAsync(staff.Http, $"/api/enterprises/{enterprise}/designations", body);
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        (await own.Http.PostAsJsonAsync($"/api/enterprises/{enterprise}/designations", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.Http.DeleteAsync(new Uri($"/api/enterprises/{enterprise}/designations/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await staff.Http.DeleteAsync(new Uri($"/api/enterprises/{enterprise}/designations/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Http.DeleteAsync(new Uri($"/api/enterprises/{enterprise}/designations/{id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RevokeDesignation_KeptOnRecordAsRevoked_OnceOnly_PastDatesOnly_EditingKeepsIt()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var enterprise = await EnterpriseAsync(staff);
        var body = new { level = "Municipal", kind = "Demonstration", title = "福州市知识产权示范企业", issuingBody = "福州市知识产权局", year = 2014, validUntil = (string?)null };
        var id = await CreateAsync(staff.Http, $"/api/enterprises/{enterprise}/designations", body);
        var url = $"/api/enterprises/{enterprise}/designations/{id}/revocation";

        (await staff.Http.PostAsJsonAsync(url, new { revokedOn = "2013-12-31", reason = "复核不合格" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "before the designation's year");
        (await staff.Http.PostAsJsonAsync(url, new { revokedOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"), reason = "复核不合格" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a revocation is a past fact");
        (await staff.Http.PostAsJsonAsync(url, new { revokedOn = "2016-05-20" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the reason is required");
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        (await own.Http.PostAsJsonAsync(url, new { revokedOn = "2016-05-20", reason = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await staff.Http.PostAsJsonAsync(url, new { revokedOn = "2016-05-20", reason = "榕知〔2016〕12号 复核不合格" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await staff.Http.PostAsJsonAsync(url, new { revokedOn = "2016-06-01", reason = "再次撤销" }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("registry.designation-revoked");

        var profile = await staff.GetPageAsync($"/registry/enterprises/{enterprise}");
        profile.ByTestId("designation-revoked").TextContent.ShouldContain("2016-05-20");
    }
}
