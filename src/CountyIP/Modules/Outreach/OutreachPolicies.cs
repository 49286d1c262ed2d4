using CountyIP.Platform.Security;

namespace CountyIP.Modules.Outreach;

/// <summary>
/// Who may use the publicity and training module (issue 15). The bureau records, confirms and sees everything; town and
/// department liaisons record their own unit's events and courses and keep their attendance; leaders and auditors
/// read; enterprises sign their staff up for courses. The door sign-in, the public sign-up and the certificate check
/// are anonymous. The handlers add the data scope. The role-matrix test
/// (tests/CountyIP.IntegrationTests/RoleMatrix/OutreachMatrix.cs) holds the same table.
/// </summary>
public static class OutreachPolicies
{
    /// <summary>Read events, courses, the calendar and the figures (a liaison: their own unit's).</summary>
    public const string Read = "Outreach.Read";

    /// <summary>Record events and courses, schedule sessions, keep attendance, issue certificates (own unit; the bureau any).</summary>
    public const string Record = "Outreach.Record";

    /// <summary>The bureau confirms which events count toward the plan.</summary>
    public const string Confirm = "Outreach.Confirm";

    /// <summary>The bureau keeps the materials library (upload, mark public).</summary>
    public const string Materials = "Outreach.Materials";

    /// <summary>Sign people up for courses and cancel those sign-ups (an enterprise signs up its staff).</summary>
    public const string SignUp = "Outreach.SignUp";

    /// <summary>Rate limit of the anonymous sign-up (API and page), per client address.</summary>
    public const string SignUpLimit = "outreach-sign-up";

    /// <summary>Rate limit of the door sign-in (API and page), per client address.</summary>
    public const string DoorLimit = "outreach-door";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.DepartmentLiaison, Roles.TownLiaison, Roles.Auditor],
        [Record] = [Roles.BureauStaff, Roles.DepartmentLiaison, Roles.TownLiaison],
        [Confirm] = [Roles.BureauStaff],
        [SignUp] = [Roles.BureauStaff, Roles.DepartmentLiaison, Roles.TownLiaison, Roles.Enterprise],
        [Materials] = [Roles.BureauStaff],
    };
}
