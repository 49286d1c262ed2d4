using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>Accounts and sign-in (issue 2 §4): sign-in is public, own account for everyone signed in, administration for BureauAdmin.</summary>
public sealed class SecurityMatrix : IRoleMatrix
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        // Sign-in and sign-out must work without a session (an expired session still signs out cleanly).
        new("GET", "/account/login", Who.Everyone),
        new("POST", "/account/login", Who.Everyone),
        new("GET", "/account/login/2fa", Who.Everyone),
        new("POST", "/account/login/2fa", Who.Everyone),
        new("POST", "/account/logout", Who.Everyone),
        new("POST", "/api/auth/login", Who.Everyone),
        new("POST", "/api/auth/logout", Who.Everyone),

        // Own account: every role.
        new("GET", "/api/auth/me", Who.SignedIn),
        new("POST", "/api/auth/change-password", Who.SignedIn),
        new("GET", "/account/manage", Who.SignedIn),
        new("POST", "/account/manage", Who.SignedIn),
        new("GET", "/account/manage/password", Who.SignedIn),
        new("POST", "/account/manage/password", Who.SignedIn),
        new("GET", "/account/manage/two-factor", Who.SignedIn),
        new("POST", "/account/manage/two-factor", Who.SignedIn),
        new("GET", "/account/manage/email", Who.SignedIn),
        new("POST", "/account/manage/email", Who.SignedIn),

        // The link of the e-mail confirmation mail: its code is the credential (often opened on a phone, not signed in).
        new("GET", "/account/confirm-email", Who.Everyone),
        new("POST", "/account/confirm-email", Who.Everyone),

        // Accounts and API tokens: BureauAdmin only (separation of duties: not the auditor, not business roles).
        new("GET", "/admin/users", Who.Only(Roles.BureauAdmin)),
        new("POST", "/admin/users", Who.Only(Roles.BureauAdmin)),
        new("GET", "/admin/users/new", Who.Only(Roles.BureauAdmin)),
        new("POST", "/admin/users/new", Who.Only(Roles.BureauAdmin)),
        new("GET", "/admin/users/{Id:guid}", Who.Only(Roles.BureauAdmin)),
        new("POST", "/admin/users/{Id:guid}", Who.Only(Roles.BureauAdmin)),
        new("GET", "/admin/api-tokens", Who.Only(Roles.BureauAdmin)),
        new("POST", "/admin/api-tokens", Who.Only(Roles.BureauAdmin)),
        new("GET", "/admin/api-tokens/new", Who.Only(Roles.BureauAdmin)),
        new("POST", "/admin/api-tokens/new", Who.Only(Roles.BureauAdmin)),
        new("GET", "/api/admin/users/", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/users/", Who.Only(Roles.BureauAdmin)),
        new("GET", "/api/admin/users/{id:guid}", Who.Only(Roles.BureauAdmin)),
        new("PUT", "/api/admin/users/{id:guid}", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/users/{id:guid}/disable", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/users/{id:guid}/enable", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/users/{id:guid}/reset-password", Who.Only(Roles.BureauAdmin)),
        new("GET", "/api/admin/api-tokens/", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/api-tokens/", Who.Only(Roles.BureauAdmin)),
        new("POST", "/api/admin/api-tokens/{id:guid}/revoke", Who.Only(Roles.BureauAdmin)),
    ];
}
