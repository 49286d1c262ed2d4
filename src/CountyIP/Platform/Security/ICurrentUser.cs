using System.Security.Claims;

namespace CountyIP.Platform.Security;

/// <summary>
/// Who is acting, with role and data scope. Handlers read it to filter queries by scope (DESIGN.md: "data scope is
/// enforced in the query, not only in the UI").
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The account's single role, or null for anonymous callers.</summary>
    string? Role { get; }

    ScopeKind ScopeKind { get; }

    string? ScopeId { get; }

    bool IsInRole(string role);
}

public static class CountyIpClaimTypes
{
    public const string ScopeKind = "countyip:scope_kind";
    public const string ScopeId = "countyip:scope_id";
    public const string SessionId = "countyip:sid";
    public const string AuthMethod = "countyip:amr";
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal?.Identity?.Name : null;

    public string? Role => IsAuthenticated ? Principal?.FindFirstValue(ClaimTypes.Role) : null;

    public ScopeKind ScopeKind =>
        Enum.TryParse<ScopeKind>(Principal?.FindFirstValue(CountyIpClaimTypes.ScopeKind), out var kind) ? kind : ScopeKind.District;

    public string? ScopeId => Principal?.FindFirstValue(CountyIpClaimTypes.ScopeId);

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
