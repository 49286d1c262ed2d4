using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>Indicators on the workbench: figures to decide (four eyes) and the pilot targets behind or at risk, as on the dashboard.</summary>
public sealed class IndicatorsWorkbenchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_FigureSubmitted_CountsForAnotherOfficerNotForTheSubmitter()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var alice = await factory.ClientAsAsync(Roles.BureauStaff, name: "alice");
        var bob = await factory.ClientAsAsync(Roles.BureauStaff, name: "bob");
        var leader = await factory.ClientAsAsync(Roles.Leadership, name: "lee");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("hand-counted-projects"), "targetId" },
            { new StringContent("2013"), "year" },
            { new StringContent("cangshan-2013"), "plan" },
            { new StringContent("12"), "value" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 events")), "file", "2013年宣传活动.pdf" },
        };
        (await alice.PostAsync("/api/indicators/figures", form, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await TilesAsync(bob)).ShouldContain(("Workbench_FiguresToDecide", "1"));
        (await TilesAsync(alice)).ShouldContain(("Workbench_FiguresToDecide", "0"));
        (await TilesAsync(leader)).Select(t => t.Key).ShouldNotContain("Workbench_FiguresToDecide");
    }

    [Fact]
    public async Task Home_Leader_TargetTilesMatchTheDashboardStatuses()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var leader = await factory.ClientAsAsync(Roles.Leadership, name: "lee");
        var board = await leader.GetFromJsonAsync<JsonElement>("/api/indicators?plan=cangshan-2013&period=pilot", Ct);
        var statuses = board.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();

        var tiles = await TilesAsync(leader);

        tiles.ShouldContain(("Workbench_TargetsBehind", statuses.Count(s => s == "behind").ToString(System.Globalization.CultureInfo.InvariantCulture)));
        tiles.ShouldContain(("Workbench_TargetsAtRisk", statuses.Count(s => s == "at-risk").ToString(System.Globalization.CultureInfo.InvariantCulture)));
        statuses.ShouldContain("behind");
    }

    private static async Task<List<(string? Key, string? Count)>> TilesAsync(HttpClient client)
    {
        var page = Html.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        return [.. page.QuerySelectorAll("[data-testid=workbench-item]").Select(e => (e.GetAttribute("data-key"), e.GetAttribute("data-count")))];
    }
}
