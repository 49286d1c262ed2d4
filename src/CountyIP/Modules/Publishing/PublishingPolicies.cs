using CountyIP.Platform.Security;

namespace CountyIP.Modules.Publishing;

/// <summary>
/// Who may use the portal publishing module. Writing, publishing, pinning and withdrawing is the bureau's (its staff
/// speak for it in public); reading the portal needs no policy (anonymous routes, published items only). The role-matrix
/// test (tests/CountyIP.IntegrationTests/RoleMatrix/PublishingMatrix.cs) holds the same table.
/// </summary>
public static class PublishingPolicies
{
    /// <summary>Write, publish, pin and withdraw notices, policies, news and calendar entries: bureau staff.</summary>
    public const string Manage = "Publishing.Manage";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Manage] = [Roles.BureauStaff],
    };
}
