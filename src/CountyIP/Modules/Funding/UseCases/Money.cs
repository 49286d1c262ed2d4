using System.Globalization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>Amounts in CNY are kept to the fen (issue 12 §4): an input with a third decimal is refused, never rounded.</summary>
internal static class Money
{
    public static bool IsFenExact(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Thousands separators and two decimals, as finance offices write amounts (¥ omitted: the column says CNY).</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A date in messages (ISO, the form both languages' pages show).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
