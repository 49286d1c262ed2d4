using System.Net.Http.Json;
using System.Net;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Data scope in the query: another enterprise's or another unit's ids find nothing on every object endpoint.</summary>
[Collection(RegistryApp.Name)]
public sealed class RegistryScopeTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Holdings(Guid Enterprise, string CreditCode, string Unit, Guid Patent, string PatentNumber, Guid Trademark, Guid Copyright, Guid Standard, Guid Agency)
    {
        public string[] ObjectUrls =>
        [
            $"/api/enterprises/{Enterprise}",
            $"/api/enterprises/by-credit-code/{CreditCode}",
            $"/api/enterprises/{Enterprise}/figures",
            $"/api/patents/{Patent}",
            $"/api/patents/by-number/{PatentNumber}",
            $"/api/trademarks/{Trademark}",
            $"/api/copyrights/{Copyright}",
            $"/api/standards/{Standard}",
        ];
    }

    private async Task<Holdings> CreateHoldingsAsync(string unit)
    {
        using var staff = await factory.StaffAsync();
        var name = $"范围{Guid.NewGuid():N}"[..10] + "有限公司";
        var code = CreditCode();
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, code, unit));
        var number = PatentNumber();
        var patent = await CreateAsync(staff, "/api/patents", Patent(number, name));
        var trademark = await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = name, niceClasses = "9", ownerName = name, enterpriseId = enterprise, status = "Registered" });
        var copyright = await CreateAsync(staff, "/api/copyrights", new { kind = "Software", registrationNumber = SoftwareNumber(), title = name + "管理软件V1.0", ownerName = name, enterpriseId = enterprise, registeredOn = "2014-01-01" });
        var standard = await CreateAsync(staff, "/api/standards", new { title = name + "企业标准", level = "Group", role = "Lead", kind = "New", startYear = 2014, enterpriseId = enterprise });
        var agency = await CreateAsync(staff, "/api/agencies", new { name = name + "代理所", kind = "PatentAgency", unitCode = unit });
        return new Holdings(enterprise, code, unit, patent, number, trademark, copyright, standard, agency);
    }

    [Fact]
    public async Task EnterpriseUser_OtherEnterprisesObjects_NotFoundOwnFound()
    {
        var own = await CreateHoldingsAsync("350104001");
        var other = await CreateHoldingsAsync("350104001");
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, own.Enterprise.ToString());

        foreach (var url in other.ObjectUrls)
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        foreach (var url in own.ObjectUrls)
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task EnterpriseUser_Lists_ContainOnlyOwnRecords()
    {
        var own = await CreateHoldingsAsync("350104002");
        await CreateHoldingsAsync("350104002");
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, own.Enterprise.ToString());

        (await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises", Ct))!.Items.Select(e => e.Id).ShouldBe([own.Enterprise]);
        (await client.GetFromJsonAsync<PagedResult<PatentSummary>>("/api/patents", Ct))!.Items.Select(p => p.Id).ShouldBe([own.Patent]);
        (await client.GetFromJsonAsync<PagedResult<TrademarkView>>("/api/trademarks", Ct))!.Items.Select(t => t.Id).ShouldBe([own.Trademark]);
        (await client.GetFromJsonAsync<PagedResult<CopyrightView>>("/api/copyrights", Ct))!.Items.Select(c => c.Id).ShouldBe([own.Copyright]);
        (await client.GetFromJsonAsync<PagedResult<StandardsProjectView>>("/api/standards", Ct))!.Items.Select(s => s.Id).ShouldBe([own.Standard]);
    }

    [Fact]
    public async Task TownLiaison_OtherUnitsObjects_NotFoundOwnUnitsFound()
    {
        var unit = $"9{Random.Shared.Next(10_000_000, 99_999_999)}";
        var inUnit = await CreateHoldingsAsync(unit);
        var elsewhere = await CreateHoldingsAsync("350104005");
        using var client = await factory.ClientForAsync(Roles.TownLiaison, ScopeKind.Unit, unit);

        foreach (var url in elsewhere.ObjectUrls.Append($"/api/agencies/{elsewhere.Agency}"))
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        foreach (var url in inUnit.ObjectUrls.Append($"/api/agencies/{inUnit.Agency}"))
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        (await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises", Ct))!.Items.Select(e => e.Id).ShouldBe([inUnit.Enterprise]);
        (await client.GetFromJsonAsync<PagedResult<PatentSummary>>("/api/patents", Ct))!.Items.Select(p => p.Id).ShouldBe([inUnit.Patent]);
        (await client.GetFromJsonAsync<PagedResult<ServiceAgencyView>>("/api/agencies", Ct))!.Items.Select(a => a.Id).ShouldBe([inUnit.Agency]);
    }

    [Fact]
    public async Task EnterpriseUserWithoutValidScope_SeesNothing()
    {
        await CreateHoldingsAsync("350104003");
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, "not-a-guid");

        (await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises", Ct))!.Total.ShouldBe(0);
        (await client.GetFromJsonAsync<PagedResult<PatentSummary>>("/api/patents", Ct))!.Total.ShouldBe(0);
    }

    public static TheoryData<string> NoRegistryRoles => [Roles.BureauAdmin, Roles.Auditor, Roles.DepartmentLiaison];

    [Theory]
    [MemberData(nameof(NoRegistryRoles))]
    public async Task AnyEndpoint_RoleWithoutPermission_Forbidden(string role)
    {
        var h = await CreateHoldingsAsync("350104004");
        using var client = await factory.ClientForAsync(role, Roles.RequiredScope(role), role == Roles.DepartmentLiaison ? "ip-bureau" : null);

        foreach (var url in h.ObjectUrls.Concat(["/api/enterprises", "/api/patents", "/api/trademarks", "/api/copyrights", "/api/standards", "/api/agencies", $"/api/agencies/{h.Agency}",
                     "/api/enterprises/export", "/api/patents/export", "/api/trademarks/export", "/api/copyrights/export", "/api/standards/export", "/api/agencies/export"]))
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }

        foreach (var (method, url) in WriteEndpoints(h))
        {
            (await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(new { }) }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
        }
    }

    [Theory]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.TownLiaison)]
    [InlineData(Roles.Enterprise)]
    public async Task WriteEndpoints_ReadOnlyRoles_Forbidden(string role)
    {
        var h = await CreateHoldingsAsync("350104006");
        var scopeId = role switch { Roles.TownLiaison => h.Unit, Roles.Enterprise => h.Enterprise.ToString(), _ => null };
        using var client = await factory.ClientForAsync(role, Roles.RequiredScope(role), scopeId);

        // An Enterprise account edits its own profile (issue 3 §5; RegistryCorrectionTests covers it and another's id).
        foreach (var (method, url) in WriteEndpoints(h).Where(e => !(role == Roles.Enterprise && e.Item1 == HttpMethod.Put && e.Item2 == $"/api/enterprises/{h.Enterprise}")))
        {
            (await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(new { }) }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
        }
    }

    [Fact]
    public async Task Agencies_EnterpriseUser_Forbidden()
    {
        var h = await CreateHoldingsAsync("350104007");
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, h.Enterprise.ToString());

        (await client.GetAsync(new Uri("/api/agencies", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri($"/api/agencies/{h.Agency}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnyEndpoint_Anonymous_Unauthorized()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var url in new[] { "/api/enterprises", "/api/patents", "/api/trademarks", "/api/copyrights", "/api/standards", "/api/agencies", "/api/patents/export" })
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, url);
        }
    }

    private static IEnumerable<(HttpMethod, string)> WriteEndpoints(Holdings h) =>
    [
        (HttpMethod.Post, "/api/enterprises"),
        (HttpMethod.Put, $"/api/enterprises/{h.Enterprise}"),
        (HttpMethod.Post, $"/api/enterprises/{h.Enterprise}/contact-log"),
        (HttpMethod.Post, "/api/patents"),
        (HttpMethod.Put, $"/api/patents/{h.Patent}"),
        (HttpMethod.Post, "/api/trademarks"),
        (HttpMethod.Put, $"/api/trademarks/{h.Trademark}"),
        (HttpMethod.Post, "/api/copyrights"),
        (HttpMethod.Put, $"/api/copyrights/{h.Copyright}"),
        (HttpMethod.Post, "/api/standards"),
        (HttpMethod.Put, $"/api/standards/{h.Standard}"),
        (HttpMethod.Post, "/api/agencies"),
        (HttpMethod.Put, $"/api/agencies/{h.Agency}"),
    ];
}
