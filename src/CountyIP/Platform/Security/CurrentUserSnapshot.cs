namespace CountyIP.Platform.Security;

/// <summary>
/// The caller as they were when taken: for work that outlives the request and must keep its role and data scope
/// (the request's <see cref="ICurrentUser"/> reads the HTTP context, which is gone by then).
/// </summary>
public sealed record CurrentUserSnapshot(bool IsAuthenticated, Guid? UserId, string? UserName, string? Role, ScopeKind ScopeKind, string? ScopeId) : ICurrentUser
{
    public static CurrentUserSnapshot Of(ICurrentUser user) =>
        new(user.IsAuthenticated, user.UserId, user.UserName, user.Role, user.ScopeKind, user.ScopeId);

    /// <summary>An account has a single role (<see cref="ICurrentUser.Role"/>).</summary>
    public bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);
}
