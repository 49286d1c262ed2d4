using System.Globalization;

namespace CountyIP.Modules.Governance.Pages;

/// <summary>Dates as the bureau writes them (2014-07-10), the same in both languages.</summary>
internal static class Dates
{
    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
