using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Protection and complaints: the public portal is open to everyone (rate limited); cases are seen by the bureau and,
/// for cases assigned to them, department liaisons (scope checked in the query); bureau-only steps are BureauStaff.
/// </summary>
public sealed class ProtectionMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> CaseReaders = Who.Only(Roles.BureauStaff, Roles.DepartmentLiaison);
    private static readonly IReadOnlyCollection<string> Bureau = Who.Only(Roles.BureauStaff);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "/api/portal/complaints/", Who.Everyone),
        new("GET", "/api/portal/complaints/{trackingCode}", Who.Everyone),
        new("GET", "/portal/complaints/new", Who.Everyone),
        new("POST", "/portal/complaints/new", Who.Everyone),
        new("GET", "/portal/complaints/track", Who.Everyone),
        new("POST", "/portal/complaints/track", Who.Everyone),

        new("GET", "/api/protection/cases/", CaseReaders),
        new("GET", "/api/protection/cases/{id:guid}", CaseReaders),
        new("POST", "/api/protection/cases/", Bureau),
        new("POST", "/api/protection/cases/{id:guid}/actions", CaseReaders),
        new("POST", "/api/protection/cases/{id:guid}/deadlines/{stage}/extension", Bureau, SampleUrl: $"/api/protection/cases/{Guid.Empty}/deadlines/Conclusion/extension"),
        new("POST", "/api/protection/cases/{id:guid}/complainant", CaseReaders),
        new("POST", "/api/protection/purge-expired", Bureau),
        new("GET", "/api/protection/cases/export", CaseReaders),
        new("GET", "/api/protection/cases/{id:guid}/evidence/{evidenceId:guid}", CaseReaders),
        new("GET", "/api/protection/cases/{id:guid}/notices/{noticeId:guid}", CaseReaders),
        new("POST", "/api/protection/cases/{id:guid}/major", Bureau),
        new("POST", "/api/protection/cases/{id:guid}/major-report", Bureau),
        new("GET", "/api/protection/cases/{id:guid}/major-report", Bureau),

        new("GET", "/api/protection/joint-actions/", CaseReaders),
        new("POST", "/api/protection/joint-actions/", Bureau),
        new("GET", "/api/protection/joint-actions/export", CaseReaders),
        new("GET", "/api/protection/joint-actions/{id:guid}", CaseReaders),
        new("PUT", "/api/protection/joint-actions/{id:guid}", Bureau),
        new("GET", "/protection/joint-actions", CaseReaders),
        new("POST", "/protection/joint-actions", CaseReaders),
        new("GET", "/protection/joint-actions/{Id:guid}", CaseReaders),
        new("POST", "/protection/joint-actions/{Id:guid}", CaseReaders),
        new("GET", "/protection/joint-actions/new", Bureau),
        new("POST", "/protection/joint-actions/new", Bureau),
        new("GET", "/protection/joint-actions/{Id:guid}/edit", Bureau),
        new("POST", "/protection/joint-actions/{Id:guid}/edit", Bureau),
        new("GET", "/api/protection/trade-fairs/", CaseReaders),
        new("POST", "/api/protection/trade-fairs/", Bureau),
        new("GET", "/api/protection/trade-fairs/{id:guid}", CaseReaders),
        new("POST", "/api/protection/trade-fairs/{id:guid}/declarations", Bureau),
        new("POST", "/api/protection/trade-fairs/{id:guid}/complaints", Bureau),
        new("GET", "/protection/trade-fairs", CaseReaders),
        new("POST", "/protection/trade-fairs", CaseReaders),
        new("GET", "/protection/trade-fairs/{Id:guid}", CaseReaders),
        new("POST", "/protection/trade-fairs/{Id:guid}", CaseReaders),
        new("GET", "/api/protection/figures/{year:int}", Who.Only(Roles.BureauStaff, Roles.Leadership), SampleUrl: "/api/protection/figures/2026"),

        new("GET", "/protection/cases", CaseReaders),
        new("POST", "/protection/cases", CaseReaders),
        new("GET", "/protection/cases/new", Bureau),
        new("POST", "/protection/cases/new", Bureau),
        new("GET", "/protection/cases/{Id:guid}", CaseReaders),
        new("POST", "/protection/cases/{Id:guid}", CaseReaders),
    ];
}
