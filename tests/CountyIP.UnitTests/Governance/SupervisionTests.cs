using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Governance.UseCases;

namespace CountyIP.UnitTests.Governance;

/// <summary>The task and report workflows as plain C#: allowed steps per state, overdue by date, report periods and due dates.</summary>
public sealed class SupervisionTests
{
    private static readonly DateTime Now = new(2014, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Task_StepsFollowTheState_OverdueIsDerivedFromTheDate()
    {
        var task = new SupervisedTask("事项", null, "350104100", OwnerKind.Unit, new DateOnly(2014, 3, 20), null, "office", Now);
        task.AllowedActions.ShouldBe([SupervisedTaskAction.Progress, SupervisedTaskAction.RequestCompletion]);
        task.IsOverdueOn(new DateOnly(2014, 3, 20)).ShouldBeFalse("the deadline day itself is in time");
        task.IsOverdueOn(new DateOnly(2014, 3, 21)).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => task.Act(SupervisedTaskAction.Accept, null, "office", new DateOnly(2014, 3, 5), Now));

        task.Act(SupervisedTaskAction.RequestCompletion, "已完成", "town", new DateOnly(2014, 3, 18), Now);
        task.AllowedActions.ShouldBe([SupervisedTaskAction.Accept, SupervisedTaskAction.Return]);
        task.Act(SupervisedTaskAction.Return, "补充材料", "office", new DateOnly(2014, 3, 19), Now);
        task.State.ShouldBe(SupervisedTaskState.Open);
        task.Act(SupervisedTaskAction.RequestCompletion, null, "town", new DateOnly(2014, 3, 24), Now);
        task.Act(SupervisedTaskAction.Accept, null, "office", new DateOnly(2014, 3, 25), Now);

        task.State.ShouldBe(SupervisedTaskState.Completed);
        task.CompletedOn.ShouldBe(new DateOnly(2014, 3, 25));
        task.CompletedLate.ShouldBeTrue();
        task.IsOverdueOn(new DateOnly(2014, 4, 1)).ShouldBeFalse("a completed task is never overdue");
        task.AllowedActions.ShouldBeEmpty();
        task.Steps.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("progress", SupervisedTaskAction.Progress)]
    [InlineData("request-completion", SupervisedTaskAction.RequestCompletion)]
    [InlineData("RequestCompletion", SupervisedTaskAction.RequestCompletion)]
    [InlineData("complete", SupervisedTaskAction.RequestCompletion)]
    [InlineData("Accept", SupervisedTaskAction.Accept)]
    [InlineData("return", SupervisedTaskAction.Return)]
    public void TaskAction_SpelledAsClientsDo(string action, SupervisedTaskAction expected) => TaskActionCommand.Parse(action).ShouldBe(expected);

    [Fact]
    public void TaskAction_Unknown_IsNone() => TaskActionCommand.Parse("delete").ShouldBeNull();

    [Theory]
    [InlineData(ReportKind.Dynamic, "2014-06", "2014-06-01", "2014-06-30", "2014-07-10")]
    [InlineData(ReportKind.Dynamic, "2014-12", "2014-12-01", "2014-12-31", "2015-01-10")]
    [InlineData(ReportKind.HalfYear, "2014-H1", "2014-01-01", "2014-06-30", "2014-07-10")]
    [InlineData(ReportKind.Annual, "2014", "2014-01-01", "2014-12-31", "2015-01-10")]
    public void ReportPeriods_WindowAndDueDate(ReportKind kind, string period, string from, string to, string due)
    {
        ReportPeriods.IsValid(kind, period).ShouldBeTrue();
        ReportPeriods.Window(kind, period).ShouldBe((DateOnly.Parse(from), DateOnly.Parse(to)));
        ReportPeriods.DefaultDueOn(kind, period).ShouldBe(DateOnly.Parse(due));
    }

    [Theory]
    [InlineData(ReportKind.Dynamic, "2014-13")]
    [InlineData(ReportKind.Dynamic, "2014")]
    [InlineData(ReportKind.HalfYear, "2014-H2")]
    [InlineData(ReportKind.Annual, "14")]
    public void ReportPeriods_Malformed_Refused(ReportKind kind, string period) => ReportPeriods.IsValid(kind, period).ShouldBeFalse();

    /// <summary>The period whose round the daily follow-up issues: the one that ended last (January on 1 January is last year's December).</summary>
    [Theory]
    [InlineData(ReportKind.Dynamic, "2015-01-01", "2014-12")]
    [InlineData(ReportKind.Dynamic, "2015-03-31", "2015-02")]
    [InlineData(ReportKind.HalfYear, "2015-06-30", "2014-H1")]
    [InlineData(ReportKind.HalfYear, "2015-07-01", "2015-H1")]
    [InlineData(ReportKind.Annual, "2015-01-01", "2014")]
    [InlineData(ReportKind.Annual, "2015-12-31", "2014")]
    public void ReportPeriods_LatestClosed(ReportKind kind, string today, string period)
    {
        ReportPeriods.LatestClosed(kind, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(period);
        ReportPeriods.IsValid(kind, period).ShouldBeTrue();
    }

    [Fact]
    public void Report_SubmitOnceReviewReturnResubmit_LateOnTheFirstSubmission()
    {
        var report = new PeriodicReport(ReportKind.HalfYear, "2014-H1", "350104100", OwnerKind.Unit, new DateOnly(2014, 7, 10), Now);
        report.IsMissingOn(new DateOnly(2014, 7, 11)).ShouldBeTrue();
        report.SaveDraft("工作", null, null, Now);
        report.Submit("[]", "town", new DateOnly(2014, 7, 12), Now);
        Should.Throw<InvalidOperationException>(() => report.Submit("[]", "town", new DateOnly(2014, 7, 12), Now));
        report.Review(ReportAction.Return, "补充", "office", Now);
        report.CanEdit.ShouldBeTrue();
        report.Submit("[]", "town", new DateOnly(2014, 7, 20), Now);

        report.SubmittedOn.ShouldBe(new DateOnly(2014, 7, 12), "lateness is judged on the first submission");
        report.IsLate.ShouldBeTrue();
        report.AllowedActions.ShouldBe([ReportAction.Accept, ReportAction.Return]);
    }
}
