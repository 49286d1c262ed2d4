using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Web;

namespace CountyIP.UnitTests.Protection;

public sealed class DeadlineCalculatorTests
{
    // A Spring Festival like 2026's: 15-23 February rest, Saturdays 14 and 28 February are make-up working days (调休).
    private static readonly TestDeadlinePolicy Calendar = new(
        Enumerable.Range(15, 9).Select(d => new DateOnly(2026, 2, d)),
        [new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28)]);

    [Fact]
    public void Due_WorkingDaysAcrossWeekend_SkipsSaturdayAndSunday()
    {
        DeadlineCalculator.Due(new DateOnly(2026, 3, 6), 5, DeadlineUnit.WorkingDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 3, 13));
    }

    [Fact]
    public void Due_WorkingDaysAcrossHolidayWithMakeUpDay_SkipsHolidayAndCountsMakeUpSaturday()
    {
        // 13 Feb (Fri) 1, 14 Feb (make-up Sat) 2, 15-23 holiday, 24 3, 25 4, 26 5.
        DeadlineCalculator.Due(new DateOnly(2026, 2, 12), 5, DeadlineUnit.WorkingDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 2, 26));
    }

    [Fact]
    public void Due_OneWorkingDayBeforeMakeUpSaturday_EndsOnThatSaturday()
    {
        DeadlineCalculator.Due(new DateOnly(2026, 2, 27), 1, DeadlineUnit.WorkingDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void Due_StartOnHoliday_StartDayNotCounted()
    {
        DeadlineCalculator.Due(new DateOnly(2026, 2, 20), 1, DeadlineUnit.WorkingDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 2, 24));
    }

    [Fact]
    public void Due_CalendarDaysEndingInHoliday_MovesToNextWorkingDay()
    {
        // 17 Nov 2025 + 90 days = 15 Feb 2026, inside the holiday: the period ends on 24 Feb.
        DeadlineCalculator.Due(new DateOnly(2025, 11, 17), 90, DeadlineUnit.CalendarDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 2, 24));
    }

    [Fact]
    public void Due_CalendarDaysEndingOnSunday_MovesToMonday()
    {
        DeadlineCalculator.Due(new DateOnly(2026, 3, 2), 90, DeadlineUnit.CalendarDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 6, 1));
    }

    [Fact]
    public void Due_CalendarDaysEndingOnWorkingDay_Unchanged()
    {
        DeadlineCalculator.Due(new DateOnly(2026, 3, 4), 90, DeadlineUnit.CalendarDays, Calendar.IsWorkingDay)
            .ShouldBe(new DateOnly(2026, 6, 2));
    }

    [Fact]
    public void NewCase_ReceivedBeforeHoliday_InitialReviewDueAfterHoliday()
    {
        var @case = new ProtectionCase("N", CaseKind.PatentInfringement, CaseChannel.Hotline, "r", "p", "d", "h", null, null, null, false, "staff",
            new DateTime(2026, 2, 12, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 12), Calendar);

        var review = @case.Deadlines.Single(d => d.Stage == DeadlineStage.InitialReview);
        review.DueDate.ShouldBe(new DateOnly(2026, 2, 26));
        review.IsLate(new DateOnly(2026, 2, 26)).ShouldBeFalse();
        review.IsLate(new DateOnly(2026, 2, 27)).ShouldBeTrue();
    }

    [Fact]
    public void NewCase_OnSiteComplaintOnSaturday_DueSameDayAndMetWhenConcludedThatDay()
    {
        var saturday = new DateOnly(2026, 6, 20);
        var @case = new ProtectionCase("N", CaseKind.TradeFairInfringement, CaseChannel.TradeFair, "展商", "展位 A1", "d", "h", null, null, null, false, "staff",
            new DateTime(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc), saturday, Calendar, fairId: Guid.NewGuid());

        var onSite = @case.Deadlines.Single(d => d.Stage == DeadlineStage.OnSiteHandling);
        onSite.DueDate.ShouldBe(saturday);
        onSite.IsLate(saturday).ShouldBeFalse();
        onSite.IsLate(saturday.AddDays(1)).ShouldBeTrue();
        @case.StartReview("staff", new DateTime(2026, 6, 20, 4, 0, 0, DateTimeKind.Utc), null);
        @case.Reject("staff", new DateTime(2026, 6, 20, 5, 0, 0, DateTimeKind.Utc), saturday, "展品已撤出", Calendar);
        onSite.CompletedOn.ShouldBe(saturday);
        onSite.IsLate(saturday.AddDays(3)).ShouldBeFalse();
    }

    [Fact]
    public void NewCase_OtherChannel_NoOnSiteLimitAndNoFair()
    {
        var @case = new ProtectionCase("N", CaseKind.TradeFairInfringement, CaseChannel.Hotline, "r", "p", "d", "h", null, null, null, false, "staff",
            new DateTime(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 20), Calendar);

        @case.Deadlines.ShouldNotContain(d => d.Stage == DeadlineStage.OnSiteHandling);
        Should.Throw<CountyIP.Platform.Web.BusinessRuleException>(() => new ProtectionCase("N", CaseKind.Other, CaseChannel.TradeFair, "r", "p", "d", "h", null, null, null, false, "staff",
            new DateTime(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 20), Calendar));
    }

    [Fact]
    public void ExtendDeadline_WithinMaximumWithReason_ExtendsOnceOnly()
    {
        var @case = CaseWorkflowTests.CaseIn(CaseState.BeingHandled);
        var conclusion = @case.Deadlines.Single(d => d.Stage == DeadlineStage.Conclusion && d.IsOpen);
        var due = conclusion.DueDate;

        @case.ExtendDeadline(DeadlineStage.Conclusion, 30, "expert testing needed", "director", DateTime.UtcNow, Calendar);

        conclusion.EffectiveDueDate.ShouldBe(DeadlineCalculator.Due(due, 30, DeadlineUnit.CalendarDays, Calendar.IsWorkingDay));
        conclusion.ExtensionApprovedBy.ShouldBe("director");
        Should.Throw<BusinessRuleException>(() => @case.ExtendDeadline(DeadlineStage.Conclusion, 1, "again", "director", DateTime.UtcNow, Calendar))
            .Code.ShouldBe("protection.deadline-extended-once");
    }

    [Theory]
    [InlineData(31, "reason", "director", "protection.deadline-extension-too-long")]
    [InlineData(0, "reason", "director", "protection.deadline-extension-too-long")]
    [InlineData(10, " ", "director", "protection.deadline-extension-reason")]
    public void ExtendDeadline_InvalidRequest_ThrowsAndKeepsDueDate(int days, string reason, string approver, string code)
    {
        var @case = CaseWorkflowTests.CaseIn(CaseState.BeingHandled);
        var conclusion = @case.Deadlines.Single(d => d.Stage == DeadlineStage.Conclusion && d.IsOpen);

        Should.Throw<BusinessRuleException>(() => @case.ExtendDeadline(DeadlineStage.Conclusion, days, reason, approver, DateTime.UtcNow, Calendar)).Code.ShouldBe(code);

        conclusion.ExtendedDueDate.ShouldBeNull();
    }

    [Fact]
    public void ExtendDeadline_RuleWithoutExtension_Refused()
    {
        var @case = CaseWorkflowTests.NewCase();

        Should.Throw<BusinessRuleException>(() => @case.ExtendDeadline(DeadlineStage.InitialReview, 1, "r", "d", DateTime.UtcNow, Calendar))
            .Code.ShouldBe("protection.deadline-extension-too-long");
    }
}
