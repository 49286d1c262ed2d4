using CountyIP.Platform.Security;

namespace CountyIP.Modules.Funding;

/// <summary>
/// Who may use the Special fund module (DESIGN.md roles table). Every endpoint and page names one of these; the
/// role-matrix test (tests/CountyIP.IntegrationTests/RoleMatrix/FundingMatrix.cs) holds the same table.
/// </summary>
public static class FundingPolicies
{
    /// <summary>See the fiscal years and the fund: bureau staff, leaders, auditors (who trace every yuan, issue 12).</summary>
    public const string Read = "Funding.Read";

    /// <summary>Enter and approve fiscal-year figures: bureau staff (the approver must differ from who entered them).</summary>
    public const string ManageBudget = "Funding.ManageBudget";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.Auditor],
        [ManageBudget] = [Roles.BureauStaff],
    };
}
