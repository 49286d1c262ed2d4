namespace CountyIP.Modules.Governance.Domain;

/// <summary>What was measured for one unit on one indicator: the actual and the target it is scored against.</summary>
/// <param name="Actual">The count or share (0.8 = 80%); null when there was nothing to measure (no task or report due).</param>
/// <param name="Target">The unit's target; null when none was set (the line scores nothing and says why).</param>
public sealed record Measurement(decimal? Actual, decimal? Target);

/// <summary>Why a line scored what it did, when it is not simply the rule applied.</summary>
public enum ScoreNote
{
    None = 0,

    /// <summary>No target set for the unit: the line scores nothing until the office sets one.</summary>
    NoTarget = 1,

    /// <summary>Nothing fell due in the year (no task, no report): the unit is not marked down for it.</summary>
    NothingDue = 2,

    /// <summary>The linear score reached its cap.</summary>
    Capped = 3,
}

public sealed record ScoreLine(string IndicatorCode, decimal? Actual, decimal? Target, decimal Weight, decimal Score, ScoreNote Note);

public sealed record UnitScore(string OwnerCode, OwnerKind OwnerKind, IReadOnlyList<ScoreLine> Lines, decimal Bonus, decimal Deduction, decimal Total, int Rank);

/// <summary>
/// The scoring rules of a scheme, as plain arithmetic the unit tests check against a hand-computed table:
/// <list type="bullet">
/// <item>Linear: weight × actual ÷ target, at most weight × cap; threshold: the whole weight when actual ≥ target.</item>
/// <item>A share measure (tasks or reports on time) with nothing due scores its whole weight; a plan indicator without
/// a target for the unit scores nothing.</item>
/// <item>Bonus items add up to the bonus cap; deductions take off at most the deduction cap.</item>
/// <item>Lines round to 2 decimals (half away from zero); ranks are within towns and within departments, equal totals
/// share a rank (1, 1, 3).</item>
/// </list>
/// </summary>
public static class AssessmentScoring
{
    public static IReadOnlyList<UnitScore> Score(
        AssessmentScheme scheme,
        IReadOnlyList<(string Code, OwnerKind Kind)> owners,
        IReadOnlyDictionary<(string Owner, string Indicator), Measurement> measured,
        IReadOnlyDictionary<string, decimal[]> adjustments)
    {
        var unranked = owners.Select(o =>
        {
            var lines = scheme.Indicators.Where(i => i.AppliesTo(o.Kind)).OrderBy(i => i.SortOrder)
                .Select(i => Line(i, measured.GetValueOrDefault((o.Code, i.Code)) ?? new Measurement(null, null)))
                .ToList();
            var points = adjustments.GetValueOrDefault(o.Code) ?? [];
            var bonus = Math.Min(points.Where(p => p > 0).Sum(), scheme.BonusCap);
            var deduction = Math.Min(-points.Where(p => p < 0).Sum(), scheme.DeductionCap);
            return (o.Code, o.Kind, Lines: lines, Bonus: bonus, Deduction: deduction, Total: Round(lines.Sum(l => l.Score) + bonus - deduction));
        }).ToList();

        return [.. unranked.Select(u => new UnitScore(u.Code, u.Kind, u.Lines, u.Bonus, u.Deduction, u.Total,
            1 + unranked.Count(other => other.Kind == u.Kind && other.Total > u.Total)))];
    }

    public static ScoreLine Line(AssessmentIndicator indicator, Measurement m)
    {
        var share = indicator.Measure != AssessmentMeasure.PlanIndicator;
        if (share && m.Actual is null)
        {
            return new(indicator.Code, null, 1m, indicator.Weight, indicator.Weight, ScoreNote.NothingDue);
        }

        var target = share ? 1m : m.Target;
        if (target is not { } t || t <= 0 || m.Actual is not { } actual)
        {
            return new(indicator.Code, m.Actual, m.Target, indicator.Weight, 0m, ScoreNote.NoTarget);
        }

        if (indicator.Rule == ScoringRule.Threshold)
        {
            return new(indicator.Code, actual, t, indicator.Weight, actual >= t ? indicator.Weight : 0m, ScoreNote.None);
        }

        var raw = indicator.Weight * actual / t;
        var cap = indicator.Weight * indicator.Cap;
        return raw > cap
            ? new(indicator.Code, actual, t, indicator.Weight, Round(cap), ScoreNote.Capped)
            : new(indicator.Code, actual, t, indicator.Weight, Round(raw), ScoreNote.None);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
