using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>The audit log is the Auditor's alone (MLPS separation of administrator, security and audit duties).</summary>
public sealed class AuditMatrix : IRoleMatrix
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/audit/", Who.Only(Roles.Auditor)),
        new("GET", "/api/audit/{sequence:long}", Who.Only(Roles.Auditor)),
        new("GET", "/api/audit/verify", Who.Only(Roles.Auditor)),
        new("GET", "/api/audit/export", Who.Only(Roles.Auditor)),
        new("GET", "/audit", Who.Only(Roles.Auditor)),
        new("POST", "/audit", Who.Only(Roles.Auditor)),
        new("GET", "/audit/{Sequence:long}", Who.Only(Roles.Auditor)),
        new("POST", "/audit/{Sequence:long}", Who.Only(Roles.Auditor)),
        new("GET", "/audit/verify", Who.Only(Roles.Auditor)),
        new("POST", "/audit/verify", Who.Only(Roles.Auditor)),
    ];
}
