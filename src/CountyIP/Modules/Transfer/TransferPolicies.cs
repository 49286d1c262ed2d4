using CountyIP.Platform.Security;

namespace CountyIP.Modules.Transfer;

/// <summary>
/// Who may use the IP use and finance module (issue 16). The bureau records, files and sees everything; an enterprise
/// files its own licence contracts, pledges and assignments and reports its projects' progress, and sees only its own;
/// leaders and auditors read; a town liaison reads the projects of its own town's enterprises (its share of the two
/// targets). The handlers add the data scope. The role-matrix test
/// (tests/CountyIP.IntegrationTests/RoleMatrix/TransferMatrix.cs) holds the same table.
/// </summary>
public static class TransferPolicies
{
    /// <summary>Read licences, pledges, assignments, projects and the bank list (an enterprise: its own).</summary>
    public const string Read = "Transfer.Read";

    /// <summary>Read industrialisation projects: the readers above and a town liaison (its own town's projects).</summary>
    public const string ReadProjects = "Transfer.ReadProjects";

    /// <summary>Submit licences, pledges, assignments and projects, report milestones and yearly figures (an enterprise: its own).</summary>
    public const string File = "Transfer.File";

    /// <summary>The bureau records the filing, cancels filings, releases pledges and concludes projects.</summary>
    public const string Review = "Transfer.Review";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.Auditor, Roles.Enterprise],
        [ReadProjects] = [Roles.BureauStaff, Roles.Leadership, Roles.Auditor, Roles.Enterprise, Roles.TownLiaison],
        [File] = [Roles.BureauStaff, Roles.Enterprise],
        [Review] = [Roles.BureauStaff],
    };
}
