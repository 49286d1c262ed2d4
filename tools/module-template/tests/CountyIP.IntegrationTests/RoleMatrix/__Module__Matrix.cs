using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.__Module__;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The __ModuleEn__ module: every route and page needs <see cref="__Module__Policies.Manage"/> (bureau staff). Keep
/// this table in step with __Module__Policies: the role-matrix test calls every endpoint as every role.
/// </summary>
public sealed class __Module__Matrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Manage = Who.Only(__Module__Policies.All[__Module__Policies.Manage]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/__module__/items", Manage),
        new("POST", "/api/__module__/items", Manage),

        new("GET", "/__module__/items", Manage),
        new("POST", "/__module__/items", Manage),
        new("GET", "/__module__/items/new", Manage),
        new("POST", "/__module__/items/new", Manage),
    ];
}
