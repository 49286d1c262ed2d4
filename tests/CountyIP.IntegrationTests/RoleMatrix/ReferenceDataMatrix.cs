using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Reference data and plans (issue 2 §7, §8): every internal role reads (Policies.InternalUser); only the bureau
/// administrator edits (Policies.ManageReferenceData). Enterprise accounts and anonymous callers see none of it.
/// </summary>
public sealed class ReferenceDataMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Admin = Who.Only(Roles.BureauAdmin);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/reference/units", Who.Internal),
        new("GET", "/api/reference/units/{code}", Who.Internal),
        new("PUT", "/api/reference/units/{code}", Admin),
        new("GET", "/api/reference/departments", Who.Internal),
        new("GET", "/api/reference/departments/{code}", Who.Internal),
        new("PUT", "/api/reference/departments/{code}", Admin),
        new("GET", "/api/reference/dictionaries", Who.Internal),
        new("GET", "/api/reference/dictionaries/{kind}", Who.Internal),
        new("PUT", "/api/reference/dictionaries/{kind}/{code}", Admin),
        new("GET", "/api/reference/holidays", Who.Internal),
        new("PUT", "/api/reference/holidays/{date}", Admin),
        new("DELETE", "/api/reference/holidays/{date}", Admin),
        new("GET", "/api/reference/working-days/add", Who.Internal, SampleUrl: "/api/reference/working-days/add?start=2026-09-30&days=5"),

        new("GET", "/reference/units", Who.Internal),
        new("POST", "/reference/units", Who.Internal),
        new("GET", "/reference/units/new", Admin),
        new("POST", "/reference/units/new", Admin),
        new("GET", "/reference/units/{Code}/edit", Admin),
        new("POST", "/reference/units/{Code}/edit", Admin),
        new("GET", "/reference/departments", Who.Internal),
        new("POST", "/reference/departments", Who.Internal),
        new("GET", "/reference/departments/new", Admin),
        new("POST", "/reference/departments/new", Admin),
        new("GET", "/reference/departments/{Code}/edit", Admin),
        new("POST", "/reference/departments/{Code}/edit", Admin),
        new("GET", "/reference/dictionaries", Who.Internal),
        new("POST", "/reference/dictionaries", Who.Internal),
        new("GET", "/reference/dictionaries/{Kind}/new", Admin),
        new("POST", "/reference/dictionaries/{Kind}/new", Admin),
        new("GET", "/reference/dictionaries/{Kind}/{Code}/edit", Admin),
        new("POST", "/reference/dictionaries/{Kind}/{Code}/edit", Admin),
        new("GET", "/reference/holidays", Who.Internal),
        new("POST", "/reference/holidays", Who.Internal),
        new("GET", "/reference/holidays/new", Admin),
        new("POST", "/reference/holidays/new", Admin),
        new("GET", "/reference/holidays/{DateText}/edit", Admin),
        new("POST", "/reference/holidays/{DateText}/edit", Admin),
        new("GET", "/reference/working-days", Who.Internal),
        new("POST", "/reference/working-days", Who.Internal),

        new("GET", "/api/plans/", Who.Internal),
        new("POST", "/api/plans/", Admin),
        new("GET", "/api/plans/active", Who.Internal),
        new("GET", "/api/plans/{id}", Who.Internal),
        new("POST", "/api/plans/{id}/activate", Admin),
        // The list page is open to every internal role; its import and activate forms check ManageReferenceData
        // themselves (PlanList.razor), so a POST by another role reaches the page and changes nothing.
        new("GET", "/plans", Who.Internal),
        new("POST", "/plans", Who.Internal),
        new("GET", "/plans/{Id}", Who.Internal),
        new("POST", "/plans/{Id}", Who.Internal),
    ];
}
