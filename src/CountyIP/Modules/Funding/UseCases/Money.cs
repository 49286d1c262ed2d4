using System.Globalization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>Amounts in CNY are kept to the fen (issue 12 §4): an input with a third decimal is refused, never rounded.</summary>
internal static class Money
{
    public static bool IsFenExact(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Thousands separators and two decimals, as finance offices write amounts (¥ omitted: the column says CNY).</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Splits <paramref name="total"/> over <paramref name="weights"/> in proportion, to the fen, so that the parts add up
    /// to the total exactly (largest remainder; ties to the earlier part). All weights zero: equal parts.
    /// </summary>
    public static IReadOnlyList<decimal> Allocate(decimal total, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0)
        {
            return [];
        }

        var sum = weights.Sum();
        var shares = weights.Select(w => sum == 0 ? total / weights.Count : total * w / sum).ToList();
        var parts = shares.Select(s => decimal.Round(s, 2, MidpointRounding.ToZero)).ToArray();
        var fen = (int)((total - parts.Sum()) * 100);
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => shares[i] - parts[i]).ThenBy(i => i).Take(fen))
        {
            parts[i] += 0.01m;
        }

        return parts;
    }

    /// <summary>A date in messages (ISO, the form both languages' pages show).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
