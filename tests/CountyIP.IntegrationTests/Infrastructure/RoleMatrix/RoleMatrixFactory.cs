using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>The app with the <see cref="EndpointProbe"/> and <see cref="AuthorizationProbe"/>; one instance serves the whole role matrix.</summary>
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
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, EndpointProbe>();
            // Wrap whatever result handler the app uses (the framework's by default), so its behaviour is unchanged.
            var existing = services.LastOrDefault(d => d.ServiceType == typeof(IAuthorizationMiddlewareResultHandler));
            services.AddSingleton<IAuthorizationMiddlewareResultHandler>(sp => new AuthorizationProbe(existing switch
            {
                { ImplementationInstance: IAuthorizationMiddlewareResultHandler instance } => instance,
                { ImplementationFactory: { } factory } => (IAuthorizationMiddlewareResultHandler)factory(sp),
                { ImplementationType: { } type } => (IAuthorizationMiddlewareResultHandler)ActivatorUtilities.CreateInstance(sp, type),
                _ => new AuthorizationMiddlewareResultHandler(),
            }));
        });
    }
}
