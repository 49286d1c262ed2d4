using CountyIP.Modules.Indicators.Domain;
using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.UnitTests.Indicators;

public sealed class IndicatorRulesTests
{
    [Theory]
    [InlineData("2012-12-31", 0.0)]
    [InlineData("2013-12-31", 1.0)]
    [InlineData("2014-02-01", 1.0)]
    public void ElapsedShare_OutsideOrLastDay_ZeroOrOne(string today, double expected)
    {
        IndicatorRules.ElapsedShare(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe((decimal)expected);
    }

    [Fact]
    public void ElapsedShare_FirstDay_OneDayElapsed()
    {
        IndicatorRules.ElapsedShare(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), new DateOnly(2013, 1, 1)).ShouldBe(1m / 365m);
    }

    [Fact]
    public void ElapsedShare_MidYear_DaysSoFarOverDaysInYear()
    {
        // 2013-07-02 is day 183 of 365.
        IndicatorRules.ElapsedShare(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), new DateOnly(2013, 7, 2)).ShouldBe(183m / 365m);
    }

    [Theory]
    [InlineData(1000, 1.0, true, IndicatorStatus.Met)]
    [InlineData(999, 1.0, true, IndicatorStatus.Behind)]
    [InlineData(500, 0.5, true, IndicatorStatus.OnTrack)]
    [InlineData(450, 0.5, true, IndicatorStatus.AtRisk)]
    [InlineData(449, 0.5, true, IndicatorStatus.Behind)]
    [InlineData(1000, 0.3, true, IndicatorStatus.Met)]
    [InlineData(950, 0.5, false, IndicatorStatus.AtRisk)]
    [InlineData(899, 0.5, false, IndicatorStatus.Behind)]
    public void Judge_AtLeast_ThresholdsAgainstElapsedShare(int actual, double elapsed, bool accumulates, IndicatorStatus expected)
    {
        IndicatorRules.Judge(TargetComparison.AtLeast, 1000m, actual, (decimal)elapsed, accumulates).ShouldBe(expected);
    }

    [Fact]
    public void Judge_NoActual_NotTrackedNeverBehind()
    {
        IndicatorRules.Judge(TargetComparison.AtLeast, 1000m, null, 1m, accumulates: true).ShouldBe(IndicatorStatus.NotTracked);
    }

    [Fact]
    public void Judge_PeriodNotBegun_NotStarted()
    {
        IndicatorRules.Judge(TargetComparison.AtLeast, 1000m, 0m, 0m, accumulates: true).ShouldBe(IndicatorStatus.NotStarted);
    }

    [Theory]
    [InlineData(TargetComparison.Growth, 1, 1.0, IndicatorStatus.Met)]
    [InlineData(TargetComparison.Growth, 0, 1.0, IndicatorStatus.Behind)]
    [InlineData(TargetComparison.Growth, 0, 0.5, IndicatorStatus.AtRisk)]
    [InlineData(TargetComparison.Growth, 3, 0.5, IndicatorStatus.OnTrack)]
    [InlineData(TargetComparison.SteadyRise, 1, 1.0, IndicatorStatus.Met)]
    [InlineData(TargetComparison.SteadyRise, 0, 1.0, IndicatorStatus.Behind)]
    [InlineData(TargetComparison.SteadyRise, 0, 0.5, IndicatorStatus.AtRisk)]
    [InlineData(TargetComparison.SteadyRise, -1, 1.0, IndicatorStatus.Behind)]
    public void Judge_GrowthAndSteadyRise_MetOnlyAboveZero(TargetComparison comparison, int change, double elapsed, IndicatorStatus expected)
    {
        IndicatorRules.Judge(comparison, null, change, (decimal)elapsed, accumulates: false).ShouldBe(expected);
    }

    [Fact]
    public void Judge_ExistsBuilt_Met()
    {
        IndicatorRules.Judge(TargetComparison.Exists, null, 1m, 0.4m, accumulates: false).ShouldBe(IndicatorStatus.Met);
        IndicatorRules.Judge(TargetComparison.Exists, null, 0m, 1m, accumulates: false).ShouldBe(IndicatorStatus.Behind);
    }

    [Fact]
    public void Progress_RatioTarget_ActualOverTarget()
    {
        IndicatorRules.Progress(TargetComparison.AtLeast, 0.8m, 0.6m).ShouldBe(0.75m);
        IndicatorRules.Progress(TargetComparison.Growth, null, 5m).ShouldBeNull();
        IndicatorRules.Progress(TargetComparison.AtLeast, 0.8m, null).ShouldBeNull();
    }

    [Fact]
    public void ProjectYearEnd_HalfYear_DoublesTheCount()
    {
        // 2014-07-02 is day 183 of 365: 183 so far → 365 at year end.
        IndicatorRules.ProjectYearEnd(183m, 2014, new DateOnly(2014, 7, 2)).ShouldBe(365m);
    }

    [Fact]
    public void ProjectYearEnd_YearEnded_NoProjection()
    {
        IndicatorRules.ProjectYearEnd(100m, 2013, new DateOnly(2014, 1, 1)).ShouldBeNull();
        IndicatorRules.ProjectYearEnd(100m, 2015, new DateOnly(2014, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void IsMet_Comparisons_FollowThePlanWording()
    {
        IndicatorRules.IsMet(TargetComparison.AtLeast, 0.0021m, 0.0021m).ShouldBe(true);
        IndicatorRules.IsMet(TargetComparison.AtLeast, 0.0021m, 0.00209m).ShouldBe(false);
        IndicatorRules.IsMet(TargetComparison.Growth, null, 0m).ShouldBe(false);
        // 稳步提升: a flat year is no rise (issue 10 item 7a).
        IndicatorRules.IsMet(TargetComparison.SteadyRise, null, 0m).ShouldBe(false);
        IndicatorRules.IsMet(TargetComparison.SteadyRise, null, 1m).ShouldBe(true);
        IndicatorRules.IsMet(TargetComparison.AtLeast, 1m, null).ShouldBeNull();
    }
}
