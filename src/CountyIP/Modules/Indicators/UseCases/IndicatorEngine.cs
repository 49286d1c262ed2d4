using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Indicators.Domain;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Computes every target of a plan for a year or for the pilot period (issue 4 §1). It takes the targets from the
/// Plans module and the values from the calculators modules contribute through <see cref="IIndicatorCalculator"/>;
/// a target no module computes falls back to figures reported by hand and approved, else "not yet tracked".
/// <para>Windows per period kind (plan file: periodKind):</para>
/// <list type="bullet">
/// <item>annual, annual-average, ratio, trend — a year is 1 Jan..31 Dec; for the pilot period annual and
/// annual-average targets take the average over the pilot years that have begun (an annual target is met only
/// when every year met it: "每年", "年授权"), a ratio divides the sums of the whole pilot, a trend target takes the
/// weakest year-on-year change of the pilot years ("持续增长" must hold every year);</item>
/// <item>cumulative-over-pilot and milestone — from the start of the pilot to the end of the year (or of the
/// pilot): a stock is taken at the end, a flow counts the whole span;</item>
/// <item>trend actuals are the change in count against the same days of the previous year.</item>
/// </list>
/// Windows never reach past today: a running period is measured up to today and judged against its elapsed share.
/// </summary>
// Issue 10 item 3: the plan catalogue comes by constructor (no service locator), so a missing Plans module fails
// when the container is built instead of every plan silently reading as "not found".
internal sealed class IndicatorEngine(
    IPlanCatalog plans,
    IEnumerable<IIndicatorCalculator> calculators,
    CountyIpDbContext db,
    IndicatorUnitNames units,
    IFiscalYearFigures fiscalYears,
    TimeProvider clock)
{
    // The last registration of a target wins, so a later module (or a test) can replace a calculator.
    private readonly Dictionary<string, IIndicatorCalculator> moduleCalculators =
        calculators.GroupBy(c => c.TargetId).ToDictionary(g => g.Key, g => g.Last());

    private readonly Dictionary<(string, DateOnly, DateOnly, string?), IndicatorValue?> cache = [];

    public DateOnly Today => TimeDisplay.Today(clock);

    /// <summary>The plan, or null when it does not exist.</summary>
    public Task<PlanDefinition?> FindPlanAsync(string? planId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(planId) ? plans.GetActiveAsync(cancellationToken) : plans.FindAsync(planId, cancellationToken);

    /// <summary>The module calculator of <paramref name="targetId"/>, else the reported-figures fallback.</summary>
    public IIndicatorCalculator CalculatorFor(string targetId) =>
        moduleCalculators.TryGetValue(targetId, out var calculator) ? calculator
        : targetId == SpecialFundRatioCalculator.Id ? new SpecialFundRatioCalculator(db, units, fiscalYears)
        : new ReportedFigureCalculator(db, units, targetId);

    /// <summary>Whether a module computes the target from its records (then figures cannot be reported by hand).</summary>
    public bool IsComputedByModule(string targetId) => moduleCalculators.ContainsKey(targetId);

    public async Task<IndicatorResult> ComputeAsync(PlanDefinition plan, PlanTarget target, IndicatorPeriod period, string? unitCode, CancellationToken cancellationToken)
    {
        var calculator = CalculatorFor(target.Id);
        var today = Today;
        var pilotFrom = new DateOnly(plan.PilotFromYear, 1, 1);
        var pilotTo = new DateOnly(plan.PilotToYear, 12, 31);

        decimal? actual;
        bool? met;
        decimal elapsed;
        bool accumulates;
        IndicatorValue? detail = null;
        decimal? previous = null;
        decimal? projection = null;
        if (period.Year is { } year)
        {
            var window = YearWindow(plan, target, year);
            (actual, detail) = await ValueAsync(plan, target, calculator, window, unitCode, cancellationToken);
            met = IndicatorRules.IsMet(target.Comparison, target.TargetValue, actual);
            accumulates = target.PeriodKind is TargetPeriodKind.Annual or TargetPeriodKind.AnnualAverage or TargetPeriodKind.CumulativeOverPilot;
            elapsed = IsOverPilot(target)
                ? IndicatorRules.ElapsedShare(pilotFrom, pilotTo, Min(today, window.To))
                : IndicatorRules.ElapsedShare(window.From, window.To, today);
            if (target.PeriodKind != TargetPeriodKind.Trend)
            {
                (previous, _) = await ValueAsync(plan, target, calculator, YearWindow(plan, target, year - 1), unitCode, cancellationToken);
            }

            if (target.PeriodKind is TargetPeriodKind.Annual or TargetPeriodKind.AnnualAverage)
            {
                projection = IndicatorRules.ProjectYearEnd(actual, year, today);
            }
        }
        else
        {
            elapsed = IndicatorRules.ElapsedShare(pilotFrom, pilotTo, today);
            accumulates = target.PeriodKind == TargetPeriodKind.CumulativeOverPilot;
            (actual, met, detail) = await PilotValueAsync(plan, target, calculator, unitCode, cancellationToken);
        }

        var status = IndicatorRules.Judge(target.Comparison, target.TargetValue, actual, elapsed, accumulates);
        if (status == IndicatorStatus.Met && met == false)
        {
            // An annual target averaged over the pilot: the average reached it but a year did not.
            status = elapsed >= 1m ? IndicatorStatus.Behind : IndicatorStatus.AtRisk;
        }

        var years = await SeriesAsync(plan, target, calculator, period.Year, unitCode, cancellationToken);
        var chinese = IndicatorsText.IsChinese;
        return new IndicatorResult(
            target.Id,
            target.Section,
            chinese || string.IsNullOrWhiteSpace(target.Name.En) ? target.Name.Zh : target.Name.En,
            target.Unit,
            target.Comparison,
            target.PeriodKind,
            target.TargetValue,
            actual,
            met,
            status,
            IndicatorRules.Progress(target.Comparison, target.TargetValue, actual),
            previous,
            actual is not null && previous is not null ? actual - previous : null,
            projection,
            calculator.Definition.Pick(chinese),
            target.Clause,
            detail?.Numerator,
            detail?.Denominator,
            detail?.Source,
            years,
            calculator.Breakdowns);
    }

    /// <summary>The window a year query of <paramref name="target"/> measures (before clamping to today).</summary>
    public static (DateOnly From, DateOnly To) YearWindow(PlanDefinition plan, PlanTarget target, int year) =>
        IsOverPilot(target)
            ? (new DateOnly(Math.Min(plan.PilotFromYear, year), 1, 1), new DateOnly(year, 12, 31))
            : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The window of the pilot period for evidence (the whole pilot).</summary>
    public static (DateOnly From, DateOnly To) PilotWindow(PlanDefinition plan) =>
        (new DateOnly(plan.PilotFromYear, 1, 1), new DateOnly(plan.PilotToYear, 12, 31));

    /// <summary>The window clamped to today, or null when it has not begun.</summary>
    public (DateOnly From, DateOnly To)? Clamp((DateOnly From, DateOnly To) window) =>
        window.From > Today ? null : (window.From, Min(window.To, Today));

    private static bool IsOverPilot(PlanTarget target) =>
        target.PeriodKind is TargetPeriodKind.CumulativeOverPilot or TargetPeriodKind.Milestone;

    private async Task<(decimal? Actual, bool? Met, IndicatorValue? Detail)> PilotValueAsync(
        PlanDefinition plan, PlanTarget target, IIndicatorCalculator calculator, string? unitCode, CancellationToken cancellationToken)
    {
        var today = Today;
        switch (target.PeriodKind)
        {
            case TargetPeriodKind.Annual or TargetPeriodKind.AnnualAverage or TargetPeriodKind.Trend:
            {
                var values = new List<decimal>();
                IndicatorValue? last = null;
                for (var year = plan.PilotFromYear; year <= Math.Min(plan.PilotToYear, today.Year); year++)
                {
                    var (value, detail) = await ValueAsync(plan, target, calculator, YearWindow(plan, target, year), unitCode, cancellationToken);
                    if (value is null)
                    {
                        continue;
                    }

                    // A running year counts with its year-end projection, so the average is not dragged down by it.
                    values.Add(target.PeriodKind == TargetPeriodKind.Trend ? value.Value : IndicatorRules.ProjectYearEnd(value, year, today) ?? value.Value);
                    last = detail ?? last;
                }

                if (values.Count == 0)
                {
                    return (null, null, null);
                }

                if (target.PeriodKind == TargetPeriodKind.Trend)
                {
                    var weakest = values.Min();
                    return (weakest, IndicatorRules.IsMet(target.Comparison, target.TargetValue, weakest), last);
                }

                var average = Math.Round(values.Average(), 2);
                var met = target.PeriodKind == TargetPeriodKind.Annual
                    ? values.All(v => IndicatorRules.IsMet(target.Comparison, target.TargetValue, v) == true)
                    : IndicatorRules.IsMet(target.Comparison, target.TargetValue, average);
                return (average, met, last);
            }

            default:
            {
                var (value, detail) = await ValueAsync(plan, target, calculator, PilotWindow(plan), unitCode, cancellationToken);
                return (value, IndicatorRules.IsMet(target.Comparison, target.TargetValue, value), detail);
            }
        }
    }

    /// <summary>Yearly values for the chart: the year before the pilot to the end of the pilot (or the asked year).</summary>
    private async Task<IReadOnlyList<YearValue>> SeriesAsync(
        PlanDefinition plan, PlanTarget target, IIndicatorCalculator calculator, int? askedYear, string? unitCode, CancellationToken cancellationToken)
    {
        var last = Math.Min(Math.Max(plan.PilotToYear, askedYear ?? plan.PilotToYear), Today.Year);
        var series = new List<YearValue>();
        for (var year = plan.PilotFromYear - 1; year <= last; year++)
        {
            var (value, _) = await ValueAsync(plan, target, calculator, YearWindow(plan, target, year), unitCode, cancellationToken);
            series.Add(new YearValue(year, value));
        }

        return series;
    }

    private async Task<(decimal? Actual, IndicatorValue? Detail)> ValueAsync(
        PlanDefinition plan, PlanTarget target, IIndicatorCalculator calculator, (DateOnly From, DateOnly To) window, string? unitCode, CancellationToken cancellationToken)
    {
        if (Clamp(window) is not { } clamped)
        {
            return (null, null);
        }

        var current = await CachedAsync(plan, calculator, clamped, unitCode, cancellationToken);
        if (target.PeriodKind != TargetPeriodKind.Trend || current is null)
        {
            return (current?.Value, current);
        }

        // Growth compares the same days of the previous year (同比), so a running year is compared fairly.
        var before = (clamped.From.AddYears(-1), clamped.To.AddYears(-1));
        var previous = await CachedAsync(plan, calculator, before, unitCode, cancellationToken);
        return previous is null ? (null, null) : (current.Value - previous.Value, current);
    }

    private async Task<IndicatorValue?> CachedAsync(
        PlanDefinition plan, IIndicatorCalculator calculator, (DateOnly From, DateOnly To) window, string? unitCode, CancellationToken cancellationToken)
    {
        var key = (calculator.TargetId, window.From, window.To, unitCode);
        if (!cache.TryGetValue(key, out var value))
        {
            value = await calculator.ComputeAsync(new IndicatorQuery(plan.Id, window.From, window.To, unitCode), cancellationToken);
            cache[key] = value;
        }

        return value;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A year (<see cref="Year"/>) or the whole pilot period (null).</summary>
public sealed record IndicatorPeriod(int? Year)
{
    public static readonly IndicatorPeriod Pilot = new((int?)null);

    public bool IsPilot => Year is null;
}

/// <summary>
/// One target with its actual value (null when not tracked), judged. Ratios are fractions. <see cref="Change"/> is
/// against the previous year; <see cref="Projection"/> the year-end projection of a running year.
/// </summary>
public sealed record IndicatorResult(
    string Id,
    string Section,
    string Name,
    string Unit,
    TargetComparison Comparison,
    TargetPeriodKind PeriodKind,
    decimal? Target,
    decimal? Actual,
    bool? Met,
    IndicatorStatus Status,
    decimal? Progress,
    decimal? PreviousActual,
    decimal? Change,
    decimal? Projection,
    string Definition,
    string Clause,
    decimal? Numerator,
    decimal? Denominator,
    IndicatorSource? Source,
    IReadOnlyList<YearValue> Years,
    IReadOnlySet<BreakdownKind> Breakdowns)
{
    public bool IsRatio => Unit == "%";
}

public sealed record YearValue(int Year, decimal? Value);
