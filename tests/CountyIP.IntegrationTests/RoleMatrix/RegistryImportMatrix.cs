using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Registry import (issue 3 §3): bureau staff only, as for editing records by hand (ImportPolicies.Import, ADR 0020); every other
/// role, BureauAdmin included (DESIGN.md: no business data), and anonymous callers are refused.
/// </summary>
public sealed class RegistryImportMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Staff = Who.Only(Roles.BureauStaff);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "/api/imports/{kind}", Staff, SampleUrl: "/api/imports/patents"),
        new("GET", "/api/imports/", Staff),
        new("GET", "/api/imports/{id:guid}", Staff),
        new("POST", "/api/imports/{id:guid}/confirm", Staff),
        new("GET", "/api/imports/{id:guid}/invalid-rows", Staff),
        new("GET", "/registry/imports", Staff),
        new("POST", "/registry/imports", Staff),
        new("GET", "/registry/imports/{Id:guid}", Staff),
        new("POST", "/registry/imports/{Id:guid}", Staff),
    ];
}
