using System.Text.Json;
using CountyIP.Modules.ReferenceData.Data;
using CountyIP.Modules.ReferenceData.Domain;
using CsCheck;

namespace CountyIP.UnitTests.ReferenceData;

/// <summary>Working days over the 2025/2026 arrangements shipped in src/CountyIP/ReferenceData.</summary>
public sealed class WorkingDayCalculatorTests
{
    private static readonly WorkingDayCalculator Calendar2026 = LoadShipped();

    private static WorkingDayCalculator LoadShipped()
    {
        var days = new List<CalendarDay>();
        foreach (var year in new[] { 2025, 2026 })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", $"holidays-{year}.json");
            var file = JsonSerializer.Deserialize<HolidayFile>(File.ReadAllText(path), ReferenceDataSeeder.Json)!;
            days.AddRange(HolidayFileExpander.Expand(file));
        }

        return WorkingDayCalculator.From(days);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-23", true)] // Monday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-10-01", false)] // 国庆, Thursday
    [InlineData("2026-10-10", true)] // Saturday, make-up working day
    [InlineData("2026-09-20", true)] // Sunday, make-up working day
    [InlineData("2026-02-16", false)] // 春节, Monday
    [InlineData("2026-01-04", true)] // Sunday, make-up working day after 元旦
    [InlineData("2025-01-28", false)] // 除夕 2025, Tuesday
    public void IsWorkingDay_ShippedCalendar_FollowsArrangement(string date, bool expected) =>
        Calendar2026.IsWorkingDay(D(date)).ShouldBe(expected);

    [Fact]
    public void AddWorkingDays_AcrossWeekend_SkipsSaturdayAndSunday() =>
        Calendar2026.AddWorkingDays(D("2026-11-26"), 2).ShouldBe(D("2026-11-30")); // Thu + 2 → Fri, Mon

    [Fact]
    public void AddWorkingDays_FromEveOfNationalDay_SkipsHolidayAndCountsMakeUpSaturday() =>
        // 9-30 Wed; 10-1..7 holiday; 10-8 Thu, 10-9 Fri, 10-10 Sat (make-up), 10-12 Mon, 10-13 Tue.
        Calendar2026.AddWorkingDays(D("2026-09-30"), 5).ShouldBe(D("2026-10-13"));

    [Fact]
    public void AddWorkingDays_ThroughSpringFestival_SkipsNineDaysAndCountsMakeUpDays() =>
        // 2-13 Fri; 2-14 Sat make-up (1); 2-15..23 holiday; 2-24 Tue (2).
        Calendar2026.AddWorkingDays(D("2026-02-13"), 2).ShouldBe(D("2026-02-24"));

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenOnHoliday() =>
        Calendar2026.AddWorkingDays(D("2026-10-03"), 0).ShouldBe(D("2026-10-03"));

    [Fact]
    public void AddWorkingDays_Negative_CountsBackwardsOverHoliday() =>
        // Before 10-8 (Thu): 9-30 Wed is the first working day back, 9-29 Tue the second.
        Calendar2026.AddWorkingDays(D("2026-10-08"), -2).ShouldBe(D("2026-09-29"));

    [Fact]
    public void AddWorkingDays_StartOnHoliday_FirstWorkingDayAfterCounts() =>
        Calendar2026.AddWorkingDays(D("2026-10-02"), 1).ShouldBe(D("2026-10-08"));

    [Fact]
    public void AddWorkingDays_BeyondLimit_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar2026.AddWorkingDays(D("2026-01-01"), WorkingDayCalculator.MaxDays + 1));

    [Fact]
    public void WorkingDaysBetween_NationalDayWeek_CountsMakeUpDays() =>
        Calendar2026.WorkingDaysBetween(D("2026-09-30"), D("2026-10-13")).ShouldBe(5);

    [Fact]
    public void WorkingDaysBetween_SameDay_IsZero() =>
        Calendar2026.WorkingDaysBetween(D("2026-05-06"), D("2026-05-06")).ShouldBe(0);

    [Fact]
    public void WorkingDaysBetween_EndBeforeStart_IsNegative() =>
        Calendar2026.WorkingDaysBetween(D("2026-10-08"), D("2026-09-29")).ShouldBe(-2);

    [Fact]
    public void IsWorkingDay_NoCalendar_WeekdaysOnly()
    {
        var plain = new WorkingDayCalculator([], []);
        plain.IsWorkingDay(D("2026-10-01")).ShouldBeTrue();
        plain.IsWorkingDay(D("2026-10-10")).ShouldBeFalse();
    }

    [Fact]
    public void WorkingDaysBetween_AfterAddWorkingDays_ReturnsTheDays() =>
        Gen.Select(Gen.Int[0, 800], Gen.Int[-300, 300]).Sample((offset, days) =>
        {
            var start = D("2025-03-01").AddDays(offset);
            var end = Calendar2026.AddWorkingDays(start, days);
            Calendar2026.WorkingDaysBetween(start, end).ShouldBe(days);
            if (days != 0)
            {
                Calendar2026.IsWorkingDay(end).ShouldBeTrue();
            }
        });

    [Fact]
    public void ShippedCalendars_MakeUpDays_AreAllWeekends()
    {
        foreach (var year in new[] { 2025, 2026 })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", $"holidays-{year}.json");
            var file = JsonSerializer.Deserialize<HolidayFile>(File.ReadAllText(path), ReferenceDataSeeder.Json)!;
            HolidayFileExpander.Expand(file)
                .Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay)
                .ShouldAllBe(d => d.Date.DayOfWeek == DayOfWeek.Saturday || d.Date.DayOfWeek == DayOfWeek.Sunday);
        }
    }

    [Fact]
    public void ShippedCalendar2026_HolidayCount_MatchesNotice() =>
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7 = 33 days off, 6 make-up days.
        Enumerable.Range(0, 365).Select(i => D("2026-01-01").AddDays(i))
            .Count(d => !Calendar2026.IsWorkingDay(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .ShouldBe(33 - CountWeekendHolidays2026());

    private static int CountWeekendHolidays2026()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "holidays-2026.json");
        var file = JsonSerializer.Deserialize<HolidayFile>(File.ReadAllText(path), ReferenceDataSeeder.Json)!;
        var expanded = HolidayFileExpander.Expand(file).ToList();
        expanded.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(33);
        expanded.Count(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).ShouldBe(6);
        return expanded.Count(d => d.Kind == CalendarDayKind.Holiday && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }
}
