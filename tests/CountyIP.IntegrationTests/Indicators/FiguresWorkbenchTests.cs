using System.Net;
using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>Figures waiting for approval on the workbench: counted for every officer but the one who submitted them (four eyes).</summary>
public sealed class FiguresWorkbenchTests
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
            { new StringContent("publicity-events"), "targetId" },
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

    private static async Task<List<(string? Key, string? Count)>> TilesAsync(HttpClient client)
    {
        var page = Html.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        return [.. page.QuerySelectorAll("[data-testid=workbench-item]").Select(e => (e.GetAttribute("data-key"), e.GetAttribute("data-count")))];
    }
}
