namespace CountyIP.BrowserTests.Infrastructure;

/// <summary>
/// One app for the journeys of a test class, started with a known administrator password. Journeys that need a
/// first start (generated one-time password) start their own <see cref="AppHost"/>.
/// </summary>
public sealed class SharedApp : IAsyncLifetime
{
    public const string AdminUserName = "admin";
    // Must satisfy the password policy, which refuses passwords containing the user name ("admin").
    public const string AdminPassword = "Browser#Pass2026";

    public AppHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await AppHost.StartAsync(AdminPassword);

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
