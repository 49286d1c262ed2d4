using System.Globalization;

namespace CountyIP.Modules.Governance.Pages;

/// <summary>Dates (2014-07-10) and numbers (at most two decimals, a dash for none) as the bureau writes them, the same in both languages.</summary>
internal static class Dates
{
    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
