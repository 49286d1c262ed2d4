using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.UnitTests.Registry;

/// <summary>
/// The annual-fee calendar against hand-computed dates (issue 13 §6): patent years from the filing date (a 29 February
/// filing's anniversaries fall on 28 February in common years), the fee bands of shared/domain §4.3, the surcharge bands
/// of §4.2 through the 6-month grace period, and the stages the reminders follow.
/// </summary>
public sealed class AnnualFeesTests
{
    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("1999-06-01", "1999-06-01", 1)]
    [InlineData("1999-06-01", "2000-05-31", 1)]
    [InlineData("1999-06-01", "2000-06-01", 2)]
    [InlineData("2012-02-29", "2013-02-27", 1)]
    [InlineData("2012-02-29", "2013-02-28", 2)]
    [InlineData("2012-02-29", "2016-02-28", 4)]
    [InlineData("2012-02-29", "2016-02-29", 5)]
    [InlineData("2013-12-31", "2026-12-31", 14)]
    public void PatentYear_CountsAnniversariesOfTheFilingDate(string filed, string day, int year) =>
        AnnualFees.PatentYear(D(filed), D(day)).ShouldBe(year);

    [Fact]
    public void PatentYear_BeforeFiling_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => AnnualFees.PatentYear(D("2014-01-02"), D("2014-01-01")));

    [Theory]
    [InlineData(PatentType.Invention, 1, 900)]
    [InlineData(PatentType.Invention, 3, 900)]
    [InlineData(PatentType.Invention, 4, 1200)]
    [InlineData(PatentType.Invention, 9, 2000)]
    [InlineData(PatentType.Invention, 10, 4000)]
    [InlineData(PatentType.Invention, 15, 6000)]
    [InlineData(PatentType.Invention, 20, 8000)]
    [InlineData(PatentType.UtilityModel, 5, 900)]
    [InlineData(PatentType.UtilityModel, 8, 1200)]
    [InlineData(PatentType.UtilityModel, 10, 2000)]
    [InlineData(PatentType.Design, 11, 3000)]
    [InlineData(PatentType.Design, 15, 3000)]
    public void Fee_ByTypeAndYear(PatentType type, int year, int fee) => AnnualFees.Fee(type, year).ShouldBe(fee);

    [Theory]
    [InlineData(PatentType.Invention, 21)]
    [InlineData(PatentType.UtilityModel, 11)]
    [InlineData(PatentType.Design, 16)]
    [InlineData(PatentType.Invention, 0)]
    public void Fee_PastTheTerm_None(PatentType type, int year) => AnnualFees.Fee(type, year).ShouldBeNull();

    [Theory]
    [InlineData("2026-03-31", "2026-03-30", "0")]
    [InlineData("2026-03-31", "2026-04-30", "0")]
    [InlineData("2026-03-31", "2026-05-01", "0.05")]
    [InlineData("2026-03-31", "2026-05-31", "0.05")]
    [InlineData("2026-03-31", "2026-06-01", "0.10")]
    [InlineData("2026-03-31", "2026-09-30", "0.25")]
    [InlineData("2026-08-31", "2027-02-28", "0.25")]
    public void SurchargeRate_FivePercentForEachMonthPastTheFirst(string due, string paid, string rate) =>
        AnnualFees.SurchargeRate(D(due), D(paid)).ShouldBe(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-31", "2026-10-01")]
    [InlineData("2026-08-31", "2027-03-01")]
    public void SurchargeRate_AfterTheGracePeriod_None(string due, string paid) =>
        AnnualFees.SurchargeRate(D(due), D(paid)).ShouldBeNull();

    [Fact]
    public void Entry_ALeapDayFiling_DueOnThe28th_InGraceWithItsSurcharge()
    {
        // An invention filed 2012-02-29 paid through year 14 (to 2026-02-27): year 15 falls due 2026-02-28 at 6,000 yuan.
        var row = new FeeCalendarHandler.Row(Guid.NewGuid(), "201210012345.6", "一种电池", PatentType.Invention, "某公司", null, "350104001", D("2012-02-29"), D("2026-02-27"));

        var entry = FeeCalendarHandler.Entry(row, D("2026-04-15"));

        entry.DueOn.ShouldBe(D("2026-02-28"));
        entry.PatentYear.ShouldBe(15);
        entry.GraceEndsOn.ShouldBe(D("2026-08-28"));
        entry.Fee.ShouldBe(6_000m);
        entry.SurchargeRate.ShouldBe(0.05m, "one month and some days late");
        entry.AmountToday.ShouldBe(6_300m);
        entry.Stage.ShouldBe(FeeStage.InGrace);
        entry.DaysLeft.ShouldBe(-46);
    }

    [Theory]
    [InlineData("2026-12-06", FeeStage.Within7Days)]
    [InlineData("2026-12-13", FeeStage.Within7Days)]
    [InlineData("2026-12-14", FeeStage.Within30Days)]
    [InlineData("2027-01-05", FeeStage.Within30Days)]
    [InlineData("2027-01-06", FeeStage.Within90Days)]
    [InlineData("2027-03-06", FeeStage.Within90Days)]
    [InlineData("2027-03-07", FeeStage.Later)]
    [InlineData("2026-12-05", FeeStage.InGrace)]
    public void StageOf_CountsDaysToTheDueDay(string due, FeeStage stage) => FeeCalendarHandler.StageOf(D(due), D("2026-12-06")).ShouldBe(stage);
}
