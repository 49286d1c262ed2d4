using CountyIP.Modules.ReferenceData.Contracts;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// Departments are shown by name in the UI's language, never by code (house rule; issue 9: the case list showed
/// codes or nothing). A code no longer in the directory is shown as stored.
/// </summary>
internal static class DepartmentNames
{
    public static string Of(IEnumerable<DepartmentInfo> departments, string code) =>
        departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}
