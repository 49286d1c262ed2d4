using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CountyIP.BrowserTests.Infrastructure.BrowserFixture))]

// Journeys start their own app processes; two at a time is what the 2-core CI machine takes.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

namespace CountyIP.BrowserTests.Infrastructure;

/// <summary>
/// One Chromium for the whole run: Debian's <c>/usr/bin/chromium</c> (or <c>COUNTYIP_CHROMIUM</c>), never a
/// downloaded browser. Each journey gets a fresh context (own cookies), see <see cref="Journey"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("COUNTYIP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        File.Exists(ChromiumPath).ShouldBeTrue($"Chromium not found at {ChromiumPath} (test.sh installs Debian's chromium; or set COUNTYIP_CHROMIUM)");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        AppHost.DeletePublished();
    }
}
