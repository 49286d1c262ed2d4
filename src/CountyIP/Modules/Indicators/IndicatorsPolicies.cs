using CountyIP.Platform.Security;

namespace CountyIP.Modules.Indicators;

/// <summary>
/// Who may see and report indicator figures (DESIGN.md roles table): bureau staff and leadership see the district,
/// a TownLiaison their unit's share; BureauAdmin and Auditor touch no business data; liaisons report figures by
/// hand, bureau staff approve them.
/// </summary>
public static class IndicatorsPolicies
{
    public const string Read = "Indicators.Read";
    public const string ReportFigures = "Indicators.ReportFigures";
    public const string ApproveFigures = "Indicators.ApproveFigures";

    /// <summary>The district-wide self-assessment report: bureau staff and leadership.</summary>
    public const string Report = "Indicators.Report";

    /// <summary>
    /// Monitoring figures without a plan target (protection cases, enforcement): district-wide aggregates that cannot
    /// be split by unit, so bureau staff and leadership only.
    /// </summary>
    public const string Monitoring = "Indicators.Monitoring";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [Read] = [Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison],
        [ReportFigures] = [Roles.BureauStaff, Roles.TownLiaison, Roles.DepartmentLiaison],
        [ApproveFigures] = [Roles.BureauStaff],
        [Report] = [Roles.BureauStaff, Roles.Leadership],
        [Monitoring] = [Roles.BureauStaff, Roles.Leadership],
    };
}
