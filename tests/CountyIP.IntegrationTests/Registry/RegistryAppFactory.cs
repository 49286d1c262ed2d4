using System.Security.Claims;
using System.Text.Encodings.Web;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// The app with a test sign-in: the <c>X-Test-User</c> header carries role, scope kind and scope id, turned into the
/// same claims the cookie sign-in issues. Used until the accounts API (POST /api/auth/login) is on main.
/// </summary>
public sealed class RegistryAppFactory : CountyIpAppFactory
{
    public const string Header = "X-Test-User";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = TestAuthHandler.SchemeName;
                    o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                    o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                    o.DefaultForbidScheme = TestAuthHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
        });
    }

    public HttpClient ClientFor(string role, ScopeKind scopeKind = ScopeKind.District, string? scopeId = null)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false, BaseAddress = TestClient.BaseAddress });
        client.DefaultRequestHeaders.Add(Header, $"{role}|{scopeKind}|{scopeId}");
        return client;
    }

    public HttpClient Staff() => ClientFor(Roles.BureauStaff);
}

internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RegistryAppFactory.Header, out var value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var parts = value.ToString().Split('|');
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(ClaimTypes.Name, $"test-{parts[0]}"),
            new(ClaimTypes.Role, parts[0]),
            new(CountyIpClaimTypes.ScopeKind, parts[1]),
        };
        if (parts.Length > 2 && parts[2].Length > 0)
        {
            claims.Add(new Claim(CountyIpClaimTypes.ScopeId, parts[2]));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
