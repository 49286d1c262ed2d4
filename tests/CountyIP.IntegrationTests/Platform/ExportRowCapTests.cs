using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// Issue 10 §5: an export larger than the row cap is refused before anything is written, with a message in the
/// caller's language, and no export is recorded.
/// </summary>
public sealed class ExportRowCapTests(ExportRowCapTests.Factory factory) : IClassFixture<ExportRowCapTests.Factory>
{
    public sealed class Factory : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
            ["CountyIP:Exports:MaxRows"] = "1",
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "超过单次导出上限 1 行")]
    [InlineData("en-US", "at most 1 can be exported at once")]
    public async Task Export_MoreRowsThanCap_409InCallersLanguageAndNotRecorded(string language, string expected)
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var marker = "上限" + Guid.NewGuid().ToString("N")[..6];
        await RegistryTestData.CreateAsync(staff.Http, "/api/agencies", new { name = marker + "甲所" });
        await RegistryTestData.CreateAsync(staff.Http, "/api/agencies", new { name = marker + "乙所" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agencies/export?q=" + Uri.EscapeDataString(marker));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await staff.Http.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        problem.RootElement.GetProperty("code").GetString().ShouldBe("export.too-many-rows");
        problem.RootElement.GetProperty("title").GetString().ShouldNotBeNull().ShouldContain(expected);
        (await ExportRecords.FindAsync(factory, "ServiceAgency", marker)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Export_WithinCap_Answers()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var marker = "限内" + Guid.NewGuid().ToString("N")[..6];
        await RegistryTestData.CreateAsync(staff.Http, "/api/agencies", new { name = marker + "所" });

        using var response = await staff.Http.GetAsync(new Uri("/api/agencies/export?q=" + Uri.EscapeDataString(marker), UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ExportRecords.FindAsync(factory, "ServiceAgency", marker)).ShouldHaveSingleItem().Detail.ShouldStartWith("1 rows ");
    }
}
