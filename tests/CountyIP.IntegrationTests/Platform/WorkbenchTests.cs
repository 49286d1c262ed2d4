using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>The workbench shows a source's tiles only to users who satisfy the source's policy; the source is not even asked otherwise.</summary>
public sealed class WorkbenchTests(WorkbenchTests.Factory factory) : IClassFixture<WorkbenchTests.Factory>
{
    [Fact]
    public async Task Home_UserWithSourcePolicy_SeesTileWithCountAndLink()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauAdmin);

        var page = await client.GetPageAsync("/");

        var tile = page.QuerySelectorAll("[data-testid=workbench-item]").Single(e => e.GetAttribute("data-key") == "App_ShortTitle");
        tile.GetAttribute("data-count").ShouldBe("7");
        tile.GetAttribute("href").ShouldBe("/admin/users");
    }

    [Fact]
    public async Task Home_UserWithoutSourcePolicy_NoTileAndSourceNotAsked()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104001");
        var askedBefore = CountingSource.Asked;

        var page = await client.GetPageAsync("/");

        page.QuerySelectorAll("[data-testid=workbench-item]").Where(e => e.GetAttribute("data-key") == "App_ShortTitle").ShouldBeEmpty();
        page.ByTestId("workbench").ShouldNotBeNull();
        CountingSource.Asked.ShouldBe(askedBefore);
    }

    public sealed class Factory : CountyIpAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IWorkbenchSource, CountingSource>());
        }
    }

    private sealed class CountingSource : IWorkbenchSource
    {
        private static int asked;

        public static int Asked => Volatile.Read(ref asked);

        public string Policy => Policies.ManageAccounts;

        public Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref asked);
            return Task.FromResult<IReadOnlyList<WorkbenchItem>>([new(typeof(SharedResource), "App_ShortTitle", 7, "/admin/users", "bi-people", WorkbenchTone.Warning)]);
        }
    }
}
