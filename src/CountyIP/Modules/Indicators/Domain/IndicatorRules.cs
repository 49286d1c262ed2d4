using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Indicators.Domain;

/// <summary>
/// How an actual value is judged against its target, with the share of the period elapsed (issue 4 §2).
/// The thresholds are shown on the dashboard beside the legend:
/// <list type="bullet">
/// <item>met — the comparison already holds (at least the target; growth and steady rise: a change &gt; 0 —
/// "稳步提升" asks for a rise, so a flat year is not met, issue 10 item 7a), or for growth
/// after the period ended;</item>
/// <item>on track — a quantity that accumulates over the period has reached at least target × share elapsed
/// (a ratio or a stock that does not accumulate is compared with the whole target);</item>
/// <item>at risk — at least <see cref="AtRiskShare"/> (90%) of that expectation; for growth and steady rise, a
/// change that does not yet hold while the period still runs (the same period of the previous year is compared);</item>
/// <item>behind — below that, or the period ended without the target met.</item>
/// </list>
/// </summary>
public static class IndicatorRules
{
    public const decimal AtRiskShare = 0.9m;

    /// <summary>Share of <paramref name="from"/>..<paramref name="to"/> elapsed on <paramref name="today"/>, 0 to 1 (days, inclusive).</summary>
    public static decimal ElapsedShare(DateOnly from, DateOnly to, DateOnly today)
    {
        if (today < from)
        {
            return 0m;
        }

        if (today >= to)
        {
            return 1m;
        }

        var total = to.DayNumber - from.DayNumber + 1;
        return (today.DayNumber - from.DayNumber + 1) / (decimal)total;
    }

    /// <summary>Whether the comparison holds for <paramref name="actual"/>; null when not tracked.</summary>
    public static bool? IsMet(TargetComparison comparison, decimal? target, decimal? actual) => TargetRules.IsMet(comparison, target, actual);

    /// <param name="accumulates">True when the actual grows through the period (a count of the year so far).</param>
    public static IndicatorStatus Judge(TargetComparison comparison, decimal? target, decimal? actual, decimal elapsedShare, bool accumulates)
    {
        if (actual is null)
        {
            return IndicatorStatus.NotTracked;
        }

        if (elapsedShare <= 0m)
        {
            return IndicatorStatus.NotStarted;
        }

        var ended = elapsedShare >= 1m;
        if (comparison is TargetComparison.Growth or TargetComparison.SteadyRise)
        {
            var holds = IsMet(comparison, target, actual) == true;
            return (holds, ended) switch
            {
                (true, true) => IndicatorStatus.Met,
                (true, false) => IndicatorStatus.OnTrack,
                (false, true) => IndicatorStatus.Behind,
                _ => IndicatorStatus.AtRisk,
            };
        }

        if (IsMet(comparison, target, actual) == true)
        {
            return IndicatorStatus.Met;
        }

        if (ended)
        {
            return IndicatorStatus.Behind;
        }

        var goal = comparison == TargetComparison.Exists ? 1m : target ?? 0m;
        var expected = accumulates ? goal * elapsedShare : goal;
        if (actual >= expected)
        {
            return IndicatorStatus.OnTrack;
        }

        return actual >= expected * AtRiskShare ? IndicatorStatus.AtRisk : IndicatorStatus.Behind;
    }

    /// <summary>Actual as a share of the target (1 = reached); null for growth and steady-rise targets.</summary>
    public static decimal? Progress(TargetComparison comparison, decimal? target, decimal? actual) => (comparison, actual, target) switch
    {
        (_, null, _) => null,
        (TargetComparison.Exists, { } a, _) => a >= 1m ? 1m : 0m,
        (TargetComparison.AtLeast, { } a, { } t) when t > 0m => Math.Round(a / t, 4),
        _ => null,
    };

    /// <summary>
    /// Year-end projection of a count from the part of the year elapsed: actual ÷ share elapsed (the months so far,
    /// measured in days). Null when the year has not begun or has ended (then the actual is final).
    /// </summary>
    public static decimal? ProjectYearEnd(decimal? actual, int year, DateOnly today)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var share = ElapsedShare(from, to, today);
        if (actual is null || share <= 0m || share >= 1m)
        {
            return null;
        }

        return Math.Round(actual.Value / share, 0);
    }
}
