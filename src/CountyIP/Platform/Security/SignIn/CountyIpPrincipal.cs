using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace CountyIP.Platform.Security;

/// <summary>Builds the cookie principal: user, role, scope, session id, and what the user must do first.</summary>
internal static class CountyIpPrincipal
{
    /// <summary>Claim naming a step the user must finish before anything else: <see cref="ChangePassword"/> or <see cref="EnrolTwoFactor"/>.</summary>
    public const string PendingClaim = "countyip:pending";

    public const string ChangePassword = "change-password";

    public const string EnrolTwoFactor = "enrol-2fa";

    public static ClaimsPrincipal Create(AppUser user, string role, Guid sessionId, string authMethod, string? pending)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? string.Empty),
            new(ClaimTypes.Role, role),
            new(CountyIpClaimTypes.ScopeKind, user.ScopeKind.ToString()),
            new(CountyIpClaimTypes.SessionId, sessionId.ToString()),
            new(CountyIpClaimTypes.AuthMethod, authMethod),
        };
        if (user.ScopeId is not null)
        {
            claims.Add(new Claim(CountyIpClaimTypes.ScopeId, user.ScopeId));
        }

        if (pending is not null)
        {
            claims.Add(new Claim(PendingClaim, pending));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static Guid? SessionId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(CountyIpClaimTypes.SessionId), out var id) ? id : null;

    public static Guid? UserId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
