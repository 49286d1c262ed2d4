using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// Early warnings on the directory (issue 13 §3): a designation and a high-tech certificate expiring within 6 months
/// and a strategic enterprise without patents are named, in scope (the enterprise sees its own, another unit's town
/// none of them); one expiring later, or a strategic enterprise with a patent, is not.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class RegistryWarningsTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Company(string name, DateOnly designationUntil, DateOnly highTechUntil) => new
    {
        name,
        creditCode = CreditCode(),
        kind = "Enterprise",
        unitCode = "350104001",
        industrySection = "C",
        strategicEmerging = true,
        highTechCertificateNumber = "GR202335000999",
        highTechValidUntil = Iso(highTechUntil),
        designations = new[] { new { level = "Municipal", kind = "Demonstration", title = "福州市知识产权示范企业", issuingBody = "福州市市场监督管理局", year = 2024, validUntil = Iso(designationUntil) } },
    };

    private static async Task<Dictionary<string, JsonElement>> WarningsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/enterprises/warnings", Ct)).GetProperty("lists").EnumerateArray().ToDictionary(w => w.GetProperty("kind").GetString()!);

    private static IEnumerable<Guid> Named(Dictionary<string, JsonElement> warnings, string kind) =>
        warnings[kind].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetGuid());

    [Fact]
    public async Task Warnings_ExpiriesWithinSixMonthsAndStrategicWithoutPatents_InScope()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var soonName = $"预警{Guid.NewGuid():N}"[..10] + "有限公司";
        var soon = await CreateAsync(staff.Http, "/api/enterprises", Company(soonName, today.AddMonths(2), today.AddMonths(1)));
        var laterName = $"预警{Guid.NewGuid():N}"[..10] + "有限公司";
        var later = await CreateAsync(staff.Http, "/api/enterprises", Company(laterName, today.AddMonths(8), today.AddYears(2)));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2013, '1'), laterName));

        var all = await WarningsAsync(staff.Http);

        Named(all, "designations-expiring").ShouldContain(soon);
        Named(all, "designations-expiring").ShouldNotContain(later);
        Named(all, "high-tech-expiring").ShouldContain(soon);
        Named(all, "high-tech-expiring").ShouldNotContain(later);
        Named(all, "strategic-without-patents").ShouldContain(soon);
        Named(all, "strategic-without-patents").ShouldNotContain(later, "it holds a patent");
        all["designations-expiring"].GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, soon.ToString());
        var mine = await WarningsAsync(own.Http);
        Named(mine, "designations-expiring").ShouldBe([soon]);
        Named(mine, "high-tech-expiring").ShouldBe([soon]);

        using var otherTown = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104002");
        Named(await WarningsAsync(otherTown.Http), "designations-expiring").ShouldNotContain(soon);

        var page = WebUtility.HtmlDecode(await staff.Http.GetStringAsync("/registry/warnings", Ct));
        page.ShouldContain("即将到期的示范/试点认定");
        page.ShouldContain(soonName);
    }
}
