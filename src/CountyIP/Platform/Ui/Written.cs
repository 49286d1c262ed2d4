using System.Globalization;

namespace CountyIP.Platform.Ui;

/// <summary>
/// Dates, times and amounts as the bureau writes them, the same in both languages (2014-07-10, 09:30, 1,250,000.00):
/// the one formatter of the modules' pages.
/// </summary>
public static class Written
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A dash for no date (a table cell that must not look forgotten).</summary>
    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "—";

    /// <summary>Nothing for no date (inside a sentence or a form value).</summary>
    public static string DayOrEmpty(DateOnly? date) => date is { } d ? Day(d) : string.Empty;

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>At most two decimals, a dash for none.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Yuan with fen and thousands separators, a dash for none.</summary>
    public static string Yuan(decimal? value) => value?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? "—";
}
