using CountyIP.Platform.Security;

namespace CountyIP.Modules.__Module__;

/// <summary>
/// Who may use the __ModuleEn__ module (DESIGN.md roles table). Every endpoint and page names one of these; the
/// role-matrix test (tests/CountyIP.IntegrationTests/RoleMatrix/__Module__Matrix.cs) holds the same table.
/// </summary>
public static class __Module__Policies
{
    /// <summary>Read and record the module's items: bureau staff.</summary>
    public const string Manage = "__Module__.Manage";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Manage] = [Roles.BureauStaff],
    };
}
