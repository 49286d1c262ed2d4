using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// Trademarks, copyright registrations and enterprises in the full-text index (issue 13 §1), on the database the suite
/// runs on: a two-character term finds each kind; an edit moves the record in the index; a field prefix reaches its
/// field and one only patents have is refused; an enterprise finds only its own rights; the page shows the tabs.
/// </summary>
[Collection(RegistryApp.Name)]
public sealed class RecordSearchTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoCharacters_FindEachKind_AndAnEditMovesTheRecord()
    {
        using var staff = await factory.StaffAsync();
        var word = Word();
        var name = $"{word}科技有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var trademark = await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = word + "牌", niceClasses = "9;35", ownerName = name, enterpriseId = enterprise, status = "Registered" });
        var copyright = await CreateAsync(staff, "/api/copyrights", new { kind = "Software", registrationNumber = SoftwareNumber(), title = word + "管理软件V1.0", ownerName = name, enterpriseId = enterprise, registeredOn = "2014-01-01" });
        var pair = word[1..3];

        (await IdsAsync(staff, "Enterprise", pair)).ShouldBe([enterprise]);
        (await IdsAsync(staff, "Trademark", pair)).ShouldBe([trademark]);
        (await IdsAsync(staff, "Copyright", pair)).ShouldBe([copyright]);
        (await IdsAsync(staff, "Trademark", $"pa:{word}")).ShouldBe([trademark], "pa: is the owner");
        (await IdsAsync(staff, "Copyright", $"ti:{word}")).ShouldBe([copyright]);

        var renamed = Word();
        var update = await staff.PutAsJsonAsync($"/api/trademarks/{trademark}", new { registrationNumber = (await staff.GetFromJsonAsync<JsonElement>($"/api/trademarks/{trademark}", Ct)).GetProperty("registrationNumber").GetString(), mark = renamed, niceClasses = "9", ownerName = name, enterpriseId = enterprise, status = "Registered" }, Ct);
        update.StatusCode.ShouldBe(HttpStatusCode.NoContent, await update.Content.ReadAsStringAsync(Ct));
        (await IdsAsync(staff, "Trademark", $"ti:{word}")).ShouldBeEmpty("the old mark left the index");
        (await IdsAsync(staff, "Trademark", renamed)).ShouldBe([trademark]);
    }

    [Fact]
    public async Task PatentOnlyPrefix_AndOneCharacter_Answer400UnderQ()
    {
        using var staff = await factory.StaffAsync();

        foreach (var q in new[] { "ipc:H01M", "in:张三", "电" })
        {
            var response = await staff.GetAsync($"/api/search/records?kind=Trademark&q={Uri.EscapeDataString(q)}", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, q);
            (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("q", out _).ShouldBeTrue(q);
        }

        (await staff.GetAsync("/api/search/records?q=%E7%94%B5%E6%B1%A0", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "kind is required");
    }

    [Fact]
    public async Task Enterprise_FindsOnlyItsOwnRights()
    {
        using var staff = await factory.StaffAsync();
        var word = Word();
        var mine = await CreateAsync(staff, "/api/enterprises", Enterprise($"{word}甲有限公司", CreditCode()));
        var other = await CreateAsync(staff, "/api/enterprises", Enterprise($"{word}乙有限公司", CreditCode()));
        var own = await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = word + "甲", niceClasses = "9", ownerName = $"{word}甲有限公司", enterpriseId = mine, status = "Registered" });
        await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = word + "乙", niceClasses = "9", ownerName = $"{word}乙有限公司", enterpriseId = other, status = "Registered" });
        using var enterprise = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, mine.ToString());

        (await IdsAsync(enterprise, "Trademark", word)).ShouldBe([own]);
        (await IdsAsync(enterprise, "Enterprise", word)).ShouldBe([mine]);
    }

    [Fact]
    public async Task Page_ShowsTabsAndMarkedResults()
    {
        using var staff = await factory.StaffAsync();
        var word = Word();
        var id = await CreateAsync(staff, "/api/enterprises", Enterprise($"{word}页面有限公司", CreditCode()));

        var page = await Html.ParseAsync(await staff.GetAsync($"/registry/search/records?kind=Enterprise&q={Uri.EscapeDataString(word)}", Ct));

        page.ByTestId("search-tabs").QuerySelector("a.active")!.GetAttribute("data-kind").ShouldBe("Enterprise");
        var row = page.ByTestId("record-results").QuerySelector($"li[data-id='{id}']").ShouldNotBeNull();
        row.QuerySelector("mark").ShouldNotBeNull();
        row.QuerySelector($"a[href='/registry/enterprises/{id}']").ShouldNotBeNull();
        var patents = await Html.ParseAsync(await staff.GetAsync($"/registry/search?q={Uri.EscapeDataString(word)}", Ct));
        patents.ByTestId("search-tabs").QuerySelector("a[data-kind='Trademark']")!.GetAttribute("href").ShouldBe($"/registry/search/records?kind=Trademark&q={Uri.EscapeDataString(word)}");
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string kind, string q)
    {
        var response = await client.GetAsync($"/api/search/records?kind={kind}&q={Uri.EscapeDataString(q)}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
