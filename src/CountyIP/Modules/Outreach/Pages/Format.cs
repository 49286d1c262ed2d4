using System.Globalization;

namespace CountyIP.Modules.Outreach.Pages;

/// <summary>Dates and times as the module's pages show them.</summary>
internal static class Format
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "—";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
