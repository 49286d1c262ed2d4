using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CountyIP.IntegrationTests.ReferenceData;

/// <summary>
/// The app with a test sign-in: a request carrying <c>X-Test-Role</c> is a user of that role; without it the caller is
/// anonymous. Stands in for <c>POST /api/auth/login</c> until the accounts work lands on main.
/// </summary>
public class RoleAuthFactory : CountyIpAppFactory
{
    public const string RoleHeader = "X-Test-Role";
    private const string TestScheme = "Test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderRoleHandler>(TestScheme, _ => { });
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestScheme;
                o.DefaultAuthenticateScheme = TestScheme;
                o.DefaultChallengeScheme = TestScheme;
                o.DefaultForbidScheme = TestScheme;
            });
        });
    }

    /// <summary>
    /// A client acting as <paramref name="role"/> (anonymous when null); redirects are not followed. HTTPS because the
    /// antiforgery cookie is Secure outside Development.
    /// </summary>
    public HttpClient ClientAs(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(RoleHeader, role);
        }

        return client;
    }

    /// <summary>One stable user per role, so antiforgery tokens (bound to the user) stay valid across requests.</summary>
    private static readonly ConcurrentDictionary<string, Guid> UserIds = new(StringComparer.Ordinal);

    private sealed class HeaderRoleHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RoleHeader, out var role) || string.IsNullOrEmpty(role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, UserIds.GetOrAdd(role.ToString(), _ => Guid.NewGuid()).ToString()),
                    new Claim(ClaimTypes.Name, $"test-{role}"),
                    new Claim(ClaimTypes.Role, role.ToString()),
                    new Claim(CountyIpClaimTypes.ScopeKind, nameof(ScopeKind.District)),
                ],
                TestScheme);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TestScheme)));
        }
    }
}
