using CountyIP.Platform.Security;

namespace CountyIP.Modules.Indicators.Domain;

/// <summary>
/// Who may report a target's figure by hand (issue 18 §8 "figures reported by the wrong body"). Every target a module
/// does not compute may be reported by the bureau, and by a town or department for its own share — except where the
/// figure is the district's alone: the special fund's share of the district's general budget expenditure is a
/// district fiscal figure (source 三(四)1 "区财政每年安排知识产权专项资金"), which only the bureau reports.
/// </summary>
public static class ReportingBodies
{
    private static readonly Dictionary<string, string[]> Reserved = new(StringComparer.Ordinal)
    {
        ["special-fund-ratio"] = [Roles.BureauStaff],
    };

    private static readonly string[] Anyone = [Roles.BureauStaff, Roles.TownLiaison, Roles.DepartmentLiaison];

    /// <summary>The roles that may report <paramref name="targetId"/>.</summary>
    public static IReadOnlyList<string> For(string targetId) => Reserved.TryGetValue(targetId, out var roles) ? roles : Anyone;

    public static bool MayReport(string targetId, ICurrentUser user) => For(targetId).Any(user.IsInRole);
}
