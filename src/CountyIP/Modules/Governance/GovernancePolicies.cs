using CountyIP.Platform.Security;

namespace CountyIP.Modules.Governance;

/// <summary>
/// Who may use the governance module (issue 14). The office (bureau staff) runs meetings, gives and accepts tasks,
/// asks for and reviews reports, sets targets and runs the assessment; liaison officers act for their own town or
/// department; leaders and auditors read everything. The handlers add the data scope (a liaison's own unit). The
/// role-matrix test (tests/CountyIP.IntegrationTests/RoleMatrix/GovernanceMatrix.cs) holds the same table.
/// </summary>
public static class GovernancePolicies
{
    /// <summary>Read meetings, tasks, reports, targets and scores (a liaison: their own unit's).</summary>
    public const string Read = "Governance.Read";

    /// <summary>Act for a unit: report progress, ask for completion, write and submit a report, appeal a score.</summary>
    public const string Work = "Governance.Work";

    /// <summary>The leadership group's office: meetings, tasks, report rounds and reviews, targets, the assessment.</summary>
    public const string Manage = "Governance.Manage";

    /// <summary>The leader's board: who is behind, at a glance.</summary>
    public const string Board = "Governance.Board";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.DepartmentLiaison, Roles.TownLiaison, Roles.Auditor],
        [Work] = [Roles.BureauStaff, Roles.DepartmentLiaison, Roles.TownLiaison],
        [Manage] = [Roles.BureauStaff],
        [Board] = [Roles.Leadership, Roles.BureauStaff],
    };
}
