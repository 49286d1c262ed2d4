using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Enterprise registry and IP-rights ledger (issue 3). Readers: bureau staff and leadership (district), TownLiaison
/// (own unit) and Enterprise (own enterprise), the scope applied in the query; only bureau staff writes. BureauAdmin
/// (no business data), DepartmentLiaison (routed cases) and Auditor (audit log) are refused. Service agencies are
/// district providers, not an enterprise's own data: Enterprise accounts do not read them.
/// </summary>
public sealed class RegistryMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Readers = Who.Only(Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison, Roles.Enterprise);
    private static readonly IReadOnlyCollection<string> AgencyReaders = Who.Only(Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison);
    private static readonly IReadOnlyCollection<string> Editors = Who.Only(Roles.BureauStaff);
    private static readonly IReadOnlyCollection<string> EnterpriseEditors = Who.Only(Roles.BureauStaff, Roles.Enterprise);
    private static readonly IReadOnlyCollection<string> Correctors = Who.Only(Roles.Enterprise);
    private static readonly IReadOnlyCollection<string> CorrectionReaders = Who.Only(Roles.BureauStaff, Roles.Enterprise);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/enterprises/", Readers),
        new("GET", "/api/enterprises/{id:guid}", Readers),
        new("GET", "/api/enterprises/by-credit-code/{code}", Readers, SampleUrl: "/api/enterprises/by-credit-code/91350100M000100Y43"),
        new("GET", "/api/enterprises/{id:guid}/figures", Readers),
        new("GET", "/api/enterprises/export", Readers),
        new("POST", "/api/enterprises/", Editors),
        new("PUT", "/api/enterprises/{id:guid}", EnterpriseEditors),
        new("POST", "/api/enterprises/{id:guid}/contact-log", Editors),
        new("GET", "/api/enterprises/{id:guid}/designations/{designationId:guid}/certificate", Readers),
        new("POST", "/api/enterprises/{id:guid}/designations", Editors),
        new("DELETE", "/api/enterprises/{id:guid}/designations/{designationId:guid}", Editors),
        new("POST", "/api/enterprises/{id:guid}/designations/{designationId:guid}/revocation", Editors),

        new("GET", "/api/patents/", Readers),
        new("GET", "/api/patents/{id:guid}", Readers),
        new("GET", "/api/patents/by-number/{applicationNumber}", Readers, SampleUrl: "/api/patents/by-number/201710601862.3"),
        new("GET", "/api/patents/export", Readers),
        new("GET", "/api/patents/fee-calendar", Readers),
        new("GET", "/api/enterprises/warnings", Readers),
        new("GET", "/api/patents/fee-calendar/export", Readers),
        new("GET", "/api/search/patents", Readers, SampleUrl: "/api/search/patents?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/search/patents/export", Readers, SampleUrl: "/api/search/patents/export?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/search/patents/analysis", Readers, SampleUrl: "/api/search/patents/analysis?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/search/patents/analysis/export", Readers, SampleUrl: "/api/search/patents/analysis/export?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/search/records", Readers, SampleUrl: "/api/search/records?kind=Enterprise&q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/search/patents/analysis/brief", Readers, SampleUrl: "/api/search/patents/analysis/brief?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/watch-rules/", Readers),
        new("POST", "/api/watch-rules/", Readers),
        new("DELETE", "/api/watch-rules/{id:guid}", Readers),
        new("GET", "/api/portal/search/patents", Who.Everyone, SampleUrl: "/api/portal/search/patents?q=%E7%94%B5%E6%B1%A0"),
        new("GET", "/api/portal/agencies", Who.Everyone),
        new("GET", "/portal/patents", Who.Everyone),
        new("POST", "/portal/patents", Who.Everyone),
        new("GET", "/portal/agencies", Who.Everyone),
        new("POST", "/portal/agencies", Who.Everyone),
        new("POST", "/api/patents/", Editors),
        new("PUT", "/api/patents/{id:guid}", Editors),

        new("GET", "/api/trademarks/", Readers),
        new("GET", "/api/trademarks/{id:guid}", Readers),
        new("GET", "/api/trademarks/export", Readers),
        new("POST", "/api/trademarks/", Editors),
        new("PUT", "/api/trademarks/{id:guid}", Editors),

        new("GET", "/api/copyrights/", Readers),
        new("GET", "/api/copyrights/{id:guid}", Readers),
        new("GET", "/api/copyrights/export", Readers),
        new("POST", "/api/copyrights/", Editors),
        new("PUT", "/api/copyrights/{id:guid}", Editors),

        new("GET", "/api/standards/", Readers),
        new("GET", "/api/standards/{id:guid}", Readers),
        new("GET", "/api/standards/export", Readers),
        new("POST", "/api/standards/", Editors),
        new("PUT", "/api/standards/{id:guid}", Editors),

        // Corrections (issue 3 §5): an enterprise proposes, bureau staff decide.
        new("POST", "/api/patents/{id:guid}/corrections", Correctors),
        new("POST", "/api/trademarks/{id:guid}/corrections", Correctors),
        new("POST", "/api/copyrights/{id:guid}/corrections", Correctors),
        new("POST", "/api/standards/{id:guid}/corrections", Correctors),
        new("GET", "/api/corrections/", CorrectionReaders),
        new("GET", "/api/corrections/{id:guid}", CorrectionReaders),
        new("POST", "/api/corrections/{id:guid}/approve", Editors),
        new("POST", "/api/corrections/{id:guid}/reject", Editors),

        new("GET", "/api/agencies/", AgencyReaders),
        new("GET", "/api/agencies/{id:guid}", AgencyReaders),
        new("GET", "/api/agencies/export", AgencyReaders),
        new("POST", "/api/agencies/", Editors),
        new("PUT", "/api/agencies/{id:guid}", Editors),

        // Pages (static SSR: GET renders, POST carries the page's forms).
        .. Page("/registry/enterprises", Readers),
        .. Page("/registry/enterprises/{Id:guid}", Readers),
        .. Page("/registry/enterprises/new", Editors),
        .. Page("/registry/enterprises/{Id:guid}/edit", EnterpriseEditors),
        .. Page("/registry/patents", Readers),
        .. Page("/registry/fee-calendar", Readers),
        .. Page("/registry/search", Readers),
        .. Page("/registry/watch-rules", Readers),
        .. Page("/registry/search/analysis", Readers),
        .. Page("/registry/search/records", Readers),
        .. Page("/registry/warnings", Readers),
        .. Page("/registry/patents/{Id:guid}", Readers),
        .. Page("/registry/patents/new", Editors),
        .. Page("/registry/patents/{Id:guid}/edit", Editors),
        .. Page("/registry/trademarks", Readers),
        .. Page("/registry/copyrights", Readers),
        .. Page("/registry/standards", Readers),
        .. Page("/registry/agencies", AgencyReaders),
        .. Page("/registry/trademarks/new", Editors),
        .. Page("/registry/trademarks/{Id:guid}/edit", Editors),
        .. Page("/registry/copyrights/new", Editors),
        .. Page("/registry/copyrights/{Id:guid}/edit", Editors),
        .. Page("/registry/standards/new", Editors),
        .. Page("/registry/standards/{Id:guid}/edit", Editors),
        .. Page("/registry/agencies/new", Editors),
        .. Page("/registry/agencies/{Id:guid}/edit", Editors),
        .. Page("/registry/corrections", CorrectionReaders),
        .. Page("/registry/corrections/{Id:guid}", CorrectionReaders),
        new("GET", "/registry/corrections/new/{Kind}/{RecordId:guid}", Correctors, SampleUrl: "/registry/corrections/new/Patent/00000000-0000-0000-0000-000000000001"),
        new("POST", "/registry/corrections/new/{Kind}/{RecordId:guid}", Correctors, SampleUrl: "/registry/corrections/new/Patent/00000000-0000-0000-0000-000000000001"),
    ];

    private static MatrixEntry[] Page(string route, IReadOnlyCollection<string> allowed) => [new("GET", route, allowed), new("POST", route, allowed)];
}
