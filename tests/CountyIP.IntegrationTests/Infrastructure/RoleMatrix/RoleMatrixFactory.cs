using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>The app with the <see cref="EndpointProbe"/>; one instance serves the whole role matrix.</summary>
public sealed class RoleMatrixFactory : CountyIpAppFactory
{
    // The matrix signs in once per role and posts empty bodies to the sign-in endpoints for every caller; the
    // per-IP sign-in limit would turn later calls into 429 (still "not refused", but it hides real answers).
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, EndpointProbe>());
    }
}
