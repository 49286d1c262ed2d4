using System.Security.Claims;
using System.Text.Encodings.Web;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>
/// <c>Authorization: Bearer cip_…</c> for machine clients. The token's role and scope become the caller's claims, so
/// policies and <see cref="ICurrentUser"/> treat a token like an account. Unknown, revoked or expired tokens: 401.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CountyIpDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public const string AuthMethod = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadToken(Request, out var value))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokenValue.Hash(value);
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("invalid_token");
        }

        if (token.LastUsedUtc is null || now - token.LastUsedUtc.Value >= TimeSpan.FromMinutes(1))
        {
            await db.Set<ApiToken>().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.Id.ToString()),
            new(ClaimTypes.Name, $"token:{token.Name}"),
            new(ClaimTypes.Role, token.Role),
            new(CountyIpClaimTypes.ScopeKind, token.ScopeKind.ToString()),
            new(CountyIpClaimTypes.AuthMethod, AuthMethod),
        };
        if (token.ScopeId is not null)
        {
            claims.Add(new Claim(CountyIpClaimTypes.ScopeId, token.ScopeId));
        }

        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 401, Title = "The bearer token is missing, unknown, revoked or expired." },
            options: null, contentType: "application/problem+json");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 403, Title = "The token's role may not use this endpoint." },
            options: null, contentType: "application/problem+json");
    }

    public static bool HasBearerHeader(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool TryReadToken(HttpRequest request, out string value)
    {
        var header = request.Headers.Authorization.ToString();
        value = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : string.Empty;
        return value.Length > 0;
    }
}
