using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;

namespace CountyIP.IntegrationTests.Platform.Validation;

/// <summary>
/// ADR 0018: a page shows under a field the message the API answers for the same field and the same attribute, in the
/// same language (the portal complaint: the page's form is the API's request type).
/// </summary>
public sealed class PageMessagesTests(MalformedInputFactory factory) : IClassFixture<MalformedInputFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "")]
    [InlineData("en-US", "")]
    [InlineData("zh-CN", "long")]
    [InlineData("en-US", "long")]
    public async Task ComplaintPage_ShowsTheApisMessageUnderTheField(string culture, string respondent)
    {
        var value = respondent == "long" ? new string('x', 301) : string.Empty;
        using var client = new TestClient(factory);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        using var api = await client.Http.PostAsJsonAsync("/api/portal/complaints", new { kind = 0, respondent = value, place = "县城", description = "仿冒" }, Ct);
        var apiMessage = (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("respondent")[0].GetString();

        var page = await client.GetPageAsync("/portal/complaints/new");
        var values = Forms.Values(Forms.Find(page, "complaint"));
        values["Input.Kind"] = "PatentInfringement";
        values["Input.Respondent"] = value;
        values["Input.Place"] = "县城";
        values["Input.Description"] = "仿冒";
        using var content = new MultipartFormDataContent();
        foreach (var (name, field) in values)
        {
            content.Add(new StringContent(field), name);
        }

        using var response = await client.Http.PostAsync(new Uri("/portal/complaints/new", UriKind.Relative), content, Ct);
        var result = await Html.ParseAsync(response);

        apiMessage.ShouldNotBeNullOrWhiteSpace();
        var underField = result.QuerySelector("#respondent")?.ParentElement?.QuerySelector(".validation-message")?.TextContent.Trim();
        underField.ShouldBe(apiMessage);
        result.QuerySelector("#place")?.ParentElement?.QuerySelector(".validation-message").ShouldBeNull();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task EnterprisePage_ShowsTheApisIdentifierMessageUnderTheField(string culture)
    {
        const string wrongCheck = "91350100M000100Y44";
        using var staff = await TestClient.SignedInAsync(factory, CountyIP.Platform.Security.Roles.BureauStaff);
        staff.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        using var api = await staff.Http.PostAsJsonAsync("/api/enterprises", new { name = "校验位对照公司", creditCode = wrongCheck }, Ct);
        var apiMessage = (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("creditCode")[0].GetString();
        using var response = await staff.SubmitFormAsync("/registry/enterprises/new", "enterprise-edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "校验位对照公司",
            ["Input.CreditCode"] = wrongCheck,
        });
        var page = await Html.ParseAsync(response);

        // The reason names the expected check character (3), in the caller's language.
        apiMessage.ShouldNotBeNull().ShouldContain("3");
        page.QuerySelector("#creditCode")?.ParentElement?.QuerySelector("[data-testid=field-error]")?.TextContent.Trim().ShouldBe(apiMessage);
        page.QuerySelector("#creditCode")?.ParentElement?.QuerySelector("[data-testid=field-error]").ShouldNotBeNull();
    }
}
