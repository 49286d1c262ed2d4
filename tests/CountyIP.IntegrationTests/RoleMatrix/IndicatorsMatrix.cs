using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Targets and indicators (issue 4): bureau staff and leadership read the district's figures, a TownLiaison their
/// unit's share; BureauAdmin and Auditor see no business data. Figures are reported by staff and liaisons and
/// approved by bureau staff only.
/// </summary>
public sealed class IndicatorsMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Readers = Who.Only(Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison);
    private static readonly IReadOnlyCollection<string> Reporters = Who.Only(Roles.BureauStaff, Roles.TownLiaison, Roles.DepartmentLiaison);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/indicators/", Readers),
        new("GET", "/api/indicators/{id}/evidence", Readers),
        new("GET", "/api/indicators/{id}/breakdown", Readers),
        new("GET", "/api/indicators/monitoring", Who.Only(Roles.BureauStaff, Roles.Leadership), "/api/indicators/monitoring?year=2013"),
        new("GET", "/api/indicators/{id}/evidence.xlsx", Readers),
        new("GET", "/api/indicators/figures", Reporters),
        new("POST", "/api/indicators/figures", Reporters),
        new("POST", "/api/indicators/figures/{id:guid}/decision", Who.Only(Roles.BureauStaff)),
        new("GET", "/api/indicators/figures/{id:guid}/evidence", Reporters),
        new("GET", "/dashboard", Readers),
        new("POST", "/dashboard", Readers),
        new("GET", "/dashboard/{Id}", Readers),
        new("POST", "/dashboard/{Id}", Readers),
        new("POST", "/api/indicators/reports", Who.Only(Roles.BureauStaff, Roles.Leadership)),
        new("GET", "/api/indicators/reports/{id:guid}/workbook", Who.Only(Roles.BureauStaff, Roles.Leadership)),
        new("GET", "/dashboard/report", Who.Only(Roles.BureauStaff, Roles.Leadership)),
        new("POST", "/dashboard/report", Who.Only(Roles.BureauStaff, Roles.Leadership)),
        new("GET", "/indicators/figures", Reporters),
        new("POST", "/indicators/figures", Reporters),
    ];
}
