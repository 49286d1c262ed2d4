namespace CountyIP.Modules.Plans.Contracts;

/// <summary>
/// What meeting a plan target means, next to <see cref="TargetComparison"/> itself, so every module that shows a figure
/// against a target (the dashboard, the fund's fiscal years) judges it the same way.
/// </summary>
public static class TargetRules
{
    /// <summary>Whether the comparison holds for <paramref name="actual"/>; null when not tracked.</summary>
    public static bool? IsMet(TargetComparison comparison, decimal? target, decimal? actual) => actual is null
        ? null
        : comparison switch
        {
            // 持续增长 and 稳步提升 both ask for more than the year before: a change of 0 is no rise (issue 10 item 7a).
            TargetComparison.Growth or TargetComparison.SteadyRise => actual > 0m,
            TargetComparison.Exists => actual >= 1m,
            _ => actual >= (target ?? 0m),
        };
}
