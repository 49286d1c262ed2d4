using System.Net;
using System.Net.Http.Json;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.ReferenceData;

/// <summary>
/// Every endpoint and page of the reference-data and plans modules refuses anonymous callers and roles without the
/// policy: reading needs InternalUser (all but Enterprise), writing needs ManageReferenceData (BureauAdmin).
/// </summary>
public sealed class ReferenceDataAccessTests(ReferenceDataAccessTests.Fixture fixture) : IClassFixture<ReferenceDataAccessTests.Fixture>
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> ReadUrls =>
    [
        "/api/reference/units", "/api/reference/units/350104001", "/api/reference/departments", "/api/reference/departments/ip-bureau",
        "/api/reference/dictionaries", "/api/reference/dictionaries/industry-tag", "/api/reference/holidays?year=2026",
        "/api/reference/working-days/add?start=2026-09-30&days=5",
        "/api/plans", "/api/plans/active", "/api/plans/cangshan-2013",
        "/reference/units", "/reference/departments", "/reference/dictionaries", "/reference/holidays", "/reference/working-days",
        "/plans", "/plans/cangshan-2013",
    ];

    public static TheoryData<string> AdminPages =>
    [
        "/reference/units/new", "/reference/units/350104001/edit", "/reference/departments/new", "/reference/departments/ip-bureau/edit",
        "/reference/dictionaries/industry-tag/new", "/reference/dictionaries/industry-tag/electrical/edit",
        "/reference/holidays/new", "/reference/holidays/2026-10-01/edit",
    ];

    public static TheoryData<string, string> Writes => new()
    {
        { "PUT", "/api/reference/units/350104001" },
        { "PUT", "/api/reference/departments/ip-bureau" },
        { "PUT", "/api/reference/dictionaries/industry-tag/electrical" },
        { "PUT", "/api/reference/holidays/2026-10-01" },
        { "DELETE", "/api/reference/holidays/2026-10-01" },
        { "POST", "/api/plans" },
        { "POST", "/api/plans/cangshan-2013/activate" },
    };

    [Theory]
    [MemberData(nameof(ReadUrls))]
    public async Task Get_Anonymous_IsRefused(string url) =>
        (await (await fixture.ClientAs(null)).GetAsync(url, Ct)).ShouldBeRefused(anonymous: true, url);

    [Theory]
    [MemberData(nameof(ReadUrls))]
    public async Task Get_EnterpriseRole_IsRefused(string url) =>
        (await (await fixture.ClientAs(Roles.Enterprise)).GetAsync(url, Ct)).ShouldBeRefused(anonymous: false, url);

    [Theory]
    [MemberData(nameof(ReadUrls))]
    public async Task Get_Auditor_Returns200(string url) =>
        (await (await fixture.ClientAs(Roles.Auditor)).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task GetEditPage_Anonymous_IsRefused(string url) =>
        (await (await fixture.ClientAs(null)).GetAsync(url, Ct)).ShouldBeRefused(anonymous: true, url);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task GetEditPage_RolesOtherThanAdmin_AreRefused(string url)
    {
        foreach (var role in Roles.All.Where(r => r != Roles.BureauAdmin))
        {
            (await (await fixture.ClientAs(role)).GetAsync(url, Ct)).ShouldBeRefused(anonymous: false, $"{role} {url}");
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task GetEditPage_Admin_Returns200(string url) =>
        (await (await fixture.ClientAs(Roles.BureauAdmin)).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_Anonymous_IsRefused(string method, string url) =>
        (await SendAsync(await fixture.ClientAs(null), method, url)).ShouldBeRefused(anonymous: true, $"{method} {url}");

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WithoutManageReferenceData_IsRefused(string method, string url)
    {
        foreach (var role in Roles.All.Where(r => r != Roles.BureauAdmin))
        {
            (await SendAsync(await fixture.ClientAs(role), method, url)).ShouldBeRefused(anonymous: false, $"{role} {method} {url}");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "DELETE")
        {
            request.Content = JsonContent.Create(new { nameZh = "x", nameEn = "x" });
        }

        return client.SendAsync(request, Ct);
    }
}
