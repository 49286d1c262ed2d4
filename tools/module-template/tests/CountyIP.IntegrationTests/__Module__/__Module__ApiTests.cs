using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.__Module__;

/// <summary>
/// The __ModuleEn__ module over HTTP (one app for the class; each test uses its own codes): list and create through
/// the API and the pages, field errors as 400, and refusal for callers without <c>__Module__Policies.Manage</c>.
/// </summary>
public sealed class __Module__ApiTests(__Module__ApiTests.Fixture fixture) : IClassFixture<__Module__ApiTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ThenList_ShowsTheItemInThePagedShape()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var created = await staff.PostAsJsonAsync("/api/__module__/items", new { code = "api-1", nameZh = "接口一", nameEn = "API one" }, Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/__module__/items?search=api-1", Ct);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("page").GetInt32().ShouldBe(1);
        var item = list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("nameZh").GetString().ShouldBe("接口一");
        item.GetProperty("createdBy").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Create_CodeInUse_Answers400UnderCode()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        (await staff.PostAsJsonAsync("/api/__module__/items", new { code = "twice", nameZh = "一次" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await staff.PostAsJsonAsync("/api/__module__/items", new { code = "twice", nameZh = "两次" }, Ct);

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Create_Malformed_Answers400WithTheFieldNames()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        var response = await staff.PostAsJsonAsync("/api/__module__/items", new { code = "Not Valid!", nameEn = new string('x', 201) }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.TryGetProperty("code", out _).ShouldBeTrue();
        errors.TryGetProperty("nameZh", out _).ShouldBeTrue();
        errors.TryGetProperty("nameEn", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Pages_BureauStaff_SeeTheListAndTheForm()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        (await staff.PostAsJsonAsync("/api/__module__/items", new { code = "page-1", nameZh = "页面一" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var list = await staff.GetStringAsync("/__module__/items?q=page-1", Ct);
        var form = await staff.GetAsync("/__module__/items/new", Ct);

        list.ShouldContain("data-code=\"page-1\"");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.Enterprise)]
    public async Task WithoutThePolicy_ApiAndPagesAreRefused(string role)
    {
        var client = await fixture.ClientAs(role);

        (await client.GetAsync("/api/__module__/items", Ct)).ShouldBeRefused(anonymous: false, "list");
        (await client.PostAsJsonAsync("/api/__module__/items", new { code = "refused", nameZh = "拒绝" }, Ct)).ShouldBeRefused(anonymous: false, "create");
        (await client.GetAsync("/__module__/items", Ct)).ShouldBeRefused(anonymous: false, "list page");
        (await (await fixture.ClientAs(null)).GetAsync("/api/__module__/items", Ct)).ShouldBeRefused(anonymous: true, "anonymous list");
    }
}
