using CountyIP.Platform.Security;

namespace CountyIP.Modules.Funding;

/// <summary>
/// Who may use the Special fund module (DESIGN.md roles table). Every endpoint and page names one of these; the
/// role-matrix test (tests/CountyIP.IntegrationTests/RoleMatrix/FundingMatrix.cs) holds the same table.
/// </summary>
public static class FundingPolicies
{
    /// <summary>
    /// See the fiscal years, the fund and its budget execution report (district-wide money): bureau staff, leaders, auditors
    /// (who trace every yuan, issue 12); not towns, departments or enterprises, whose scope is a part of the district.
    /// </summary>
    public const string Read = "Funding.Read";

    /// <summary>Enter and approve fiscal-year figures: bureau staff (the approver must differ from who entered them).</summary>
    public const string ManageBudget = "Funding.ManageBudget";

    /// <summary>
    /// Read the reward policies (奖励办法): the bureau, leaders and auditors every version; enterprises and towns the
    /// published ones, the rules they apply under (the handlers hide the rest).
    /// </summary>
    public const string ReadPolicies = "Funding.ReadPolicies";

    /// <summary>Draft, revise and publish policy versions: bureau staff (the publisher is recorded).</summary>
    public const string ManagePolicies = "Funding.ManagePolicies";

    /// <summary>File an application: an enterprise for itself, bureau staff for an enterprise (walk-in).</summary>
    public const string Apply = "Funding.Apply";

    /// <summary>See applications: enterprises their own, towns their unit's, bureau staff, leaders and auditors all (scope in the query).</summary>
    public const string ReadApplications = "Funding.ReadApplications";

    /// <summary>Take workflow steps: which step, for whom, is the workflow table's (ApplicationWorkflow).</summary>
    public const string ActOnApplications = "Funding.ActOnApplications";

    /// <summary>Make payment batches and record payments: bureau staff (never the approver of an application in the batch).</summary>
    public const string Pay = "Funding.Pay";

    /// <summary>
    /// Recover subsidies: run the recovery scan, decide flags (demand, recovered, waived) and import abnormal-filing
    /// notices: bureau staff. Leaders and auditors read the flags with <see cref="Read"/>.
    /// </summary>
    public const string Recover = "Funding.Recover";

    /// <summary>The portal's objections to a notice: at most this many a minute from one address.</summary>
    public const string ObjectionLimit = "Funding.ObjectionLimit";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.Auditor],
        [ManageBudget] = [Roles.BureauStaff],
        [ReadPolicies] = [Roles.BureauStaff, Roles.Leadership, Roles.Auditor, Roles.Enterprise, Roles.TownLiaison],
        [ManagePolicies] = [Roles.BureauStaff],
        [Apply] = [Roles.Enterprise, Roles.BureauStaff],
        [ReadApplications] = [Roles.Enterprise, Roles.TownLiaison, Roles.BureauStaff, Roles.Leadership, Roles.Auditor],
        [ActOnApplications] = [Roles.Enterprise, Roles.TownLiaison, Roles.BureauStaff],
        [Pay] = [Roles.BureauStaff],
        [Recover] = [Roles.BureauStaff],
    };
}
