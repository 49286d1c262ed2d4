using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Governance;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The governance module: reads need <see cref="GovernancePolicies.Read"/> (office, leaders, liaisons, auditors; the
/// handlers narrow a liaison to their unit), a unit's own steps <see cref="GovernancePolicies.Work"/>, the office's
/// <see cref="GovernancePolicies.Manage"/>. Keep this table in step with GovernancePolicies: the role-matrix test calls
/// every endpoint as every role.
/// </summary>
public sealed class GovernanceMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Read = Who.Only(GovernancePolicies.All[GovernancePolicies.Read]);
    private static readonly IReadOnlyCollection<string> Work = Who.Only(GovernancePolicies.All[GovernancePolicies.Work]);
    private static readonly IReadOnlyCollection<string> Manage = Who.Only(GovernancePolicies.All[GovernancePolicies.Manage]);
    private static readonly IReadOnlyCollection<string> Board = Who.Only(GovernancePolicies.All[GovernancePolicies.Board]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/governance/meetings", Read),
        new("GET", "/api/governance/meetings/{id:guid}", Read),
        new("POST", "/api/governance/meetings", Manage),
        new("PUT", "/api/governance/meetings/{id:guid}", Manage),
        new("GET", "/api/governance/tasks", Read),
        new("GET", "/api/governance/tasks/{id:guid}", Read),
        new("POST", "/api/governance/tasks", Manage),
        new("POST", "/api/governance/tasks/{id:guid}/actions", Work),
        new("GET", "/api/governance/reports", Read),
        new("GET", "/api/governance/reports/{id:guid}", Read),
        new("GET", "/api/governance/reports/{id:guid}/document", Read),
        new("GET", "/api/governance/reports/summary", Board),
        new("GET", "/api/governance/reports/summary/document", Board),
        new("POST", "/api/governance/reports/rounds", Manage),
        new("PUT", "/api/governance/reports/{id:guid}", Work),
        new("POST", "/api/governance/reports/{id:guid}/actions", Work),
        new("GET", "/api/governance/targets", Read),
        new("PUT", "/api/governance/targets", Manage),
        new("POST", "/api/governance/targets/import", Manage),
        new("POST", "/api/governance/assessments", Manage),
        new("GET", "/api/governance/assessments/{year:int}", Read),
        new("POST", "/api/governance/assessments/{year:int}/indicators", Manage),
        new("DELETE", "/api/governance/assessments/{year:int}/indicators/{code}", Manage),
        new("POST", "/api/governance/assessments/{year:int}/publish", Manage),
        new("POST", "/api/governance/assessments/{year:int}/adjustments", Manage),
        new("POST", "/api/governance/assessments/{year:int}/sign-off", Manage),
        new("GET", "/api/governance/assessments/{year:int}/scores", Read),
        new("GET", "/api/governance/assessments/{year:int}/appeals", Read),
        new("GET", "/api/governance/assessments/{year:int}/scores.xlsx", Read),
        new("GET", "/api/governance/assessments/{year:int}/scores.pdf", Read),
        new("POST", "/api/governance/assessments/{year:int}/appeals", Work),
        new("POST", "/api/governance/assessments/{year:int}/appeals/{id:guid}/decision", Manage),

        new("GET", "/api/governance/organisation", Read),
        new("GET", "/api/governance/organisation/roster.xlsx", Read),
        new("POST", "/api/governance/organisation/members", Manage),
        new("POST", "/api/governance/organisation/members/{id:guid}/leave", Manage),
        new("PUT", "/api/governance/organisation/units/{code}", Work),
        new("POST", "/api/governance/organisation/units/{code}/liaisons", Work),
        new("POST", "/api/governance/organisation/units/{code}/liaisons/{id:guid}/handover", Work),

        new("GET", "/api/governance/evidence", Read),
        new("GET", "/api/governance/evidence/{id:guid}", Read),
        new("POST", "/api/governance/evidence", Work),

        new("GET", "/governance/organisation", Read),
        new("POST", "/governance/organisation", Read),
        new("GET", "/governance/organisation/{Code}", Read),
        new("POST", "/governance/organisation/{Code}", Read),
        new("GET", "/governance/board", Board),
        new("POST", "/governance/board", Board),
        new("GET", "/governance/tasks", Read),
        new("POST", "/governance/tasks", Read),
        new("GET", "/governance/tasks/new", Manage),
        new("POST", "/governance/tasks/new", Manage),
        new("GET", "/governance/tasks/{Id:guid}", Read),
        new("POST", "/governance/tasks/{Id:guid}", Read),
        new("GET", "/governance/meetings", Read),
        new("POST", "/governance/meetings", Read),
        new("GET", "/governance/meetings/new", Manage),
        new("POST", "/governance/meetings/new", Manage),
        new("GET", "/governance/meetings/{Id:guid}", Read),
        new("POST", "/governance/meetings/{Id:guid}", Read),
        new("GET", "/governance/meetings/{Id:guid}/edit", Manage),
        new("POST", "/governance/meetings/{Id:guid}/edit", Manage),
        new("GET", "/governance/reports", Read),
        new("POST", "/governance/reports", Read),
        new("GET", "/governance/reports/summary", Board),
        new("POST", "/governance/reports/summary", Board),
        new("GET", "/governance/reports/{Id:guid}", Read),
        new("POST", "/governance/reports/{Id:guid}", Read),
        new("GET", "/governance/targets", Read),
        new("POST", "/governance/targets", Read),
        new("GET", "/governance/assessment", Read),
        new("POST", "/governance/assessment", Read),
        new("GET", "/governance/assessment/scheme", Manage),
        new("POST", "/governance/assessment/scheme", Manage),
    ];
}
