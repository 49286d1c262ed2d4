using Microsoft.AspNetCore.Authorization;

namespace CountyIP.Platform.Security;

/// <summary>
/// Platform-level authorization policies. Each policy is a set of roles; modules declare theirs in their front door
/// (<see cref="Modules.IModule.Policies"/>). Access is deny-by-default: an endpoint with no policy is refused.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in account (own profile, password change, two-factor set-up).</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Accounts, roles, API tokens, settings (BureauAdmin only; MLPS separation of duties).</summary>
    public const string ManageAccounts = nameof(ManageAccounts);

    /// <summary>Read the audit log (Auditor only).</summary>
    public const string ReadAudit = nameof(ReadAudit);

    /// <summary>Every internal role: reference data, the plan.</summary>
    public const string InternalUser = nameof(InternalUser);

    /// <summary>Edit reference data (units, departments, dictionaries, holidays) and plans.</summary>
    public const string ManageReferenceData = nameof(ManageReferenceData);

    public static readonly IReadOnlyDictionary<string, string[]> PlatformPolicies = new Dictionary<string, string[]>
    {
        [SignedIn] = [.. Roles.All],
        [ManageAccounts] = [Roles.BureauAdmin],
        [ReadAudit] = [Roles.Auditor],
        [InternalUser] = [Roles.BureauAdmin, Roles.BureauStaff, Roles.Leadership, Roles.DepartmentLiaison, Roles.TownLiaison, Roles.Auditor],
        [ManageReferenceData] = [Roles.BureauAdmin],
    };

    public static void AddRolePolicies(this AuthorizationOptions options, IReadOnlyDictionary<string, string[]> policies)
    {
        foreach (var (name, roles) in policies)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
