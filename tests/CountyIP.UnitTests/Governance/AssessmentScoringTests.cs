using CountyIP.Modules.Governance.Domain;

namespace CountyIP.UnitTests.Governance;

/// <summary>
/// The scoring rules against a table computed by hand (issue 14 §9): linear with and without a cap, threshold, a share
/// with nothing due, a missing target, bonus and deduction caps, rounding, and ranks within each kind of unit.
/// </summary>
public sealed class AssessmentScoringTests
{
    private static readonly DateTime Now = new(2015, 1, 20, 2, 0, 0, DateTimeKind.Utc);

    private static AssessmentScheme Scheme()
    {
        var scheme = new AssessmentScheme(2014, bonusCap: 5m, deductionCap: 3m, "office", Now);
        scheme.AddIndicator("pa", "专利申请量", null, AssessmentMeasure.PlanIndicator, "patent-applications", AssessedKinds.Both, 40m, ScoringRule.Linear, 1.2m, Now);
        scheme.AddIndicator("tasks", "督办", null, AssessmentMeasure.TasksOnTime, null, AssessedKinds.Both, 30m, ScoringRule.Linear, 1m, Now);
        scheme.AddIndicator("reports", "报送", null, AssessmentMeasure.ReportsOnTime, null, AssessedKinds.Units, 30m, ScoringRule.Threshold, 1m, Now);
        scheme.AddIndicator("dept-tasks", "部门督办", null, AssessmentMeasure.TasksOnTime, null, AssessedKinds.Departments, 70m, ScoringRule.Linear, 1m, Now);
        scheme.AddIndicator("dept-reports", "部门报送", null, AssessmentMeasure.ReportsOnTime, null, AssessedKinds.Departments, 30m, ScoringRule.Threshold, 1m, Now);
        return scheme;
    }

    [Fact]
    public void Weights_PlanIndicatorsApplyToTownsOnly_EachKindAddsUpTo100()
    {
        var scheme = Scheme();

        scheme.WeightFor(OwnerKind.Unit).ShouldBe(100m, "pa 40 + tasks 30 + reports 30");
        scheme.WeightFor(OwnerKind.Department).ShouldBe(130m, "tasks 30 + dept-tasks 70 + dept-reports 30: the office would be refused on publishing");
        scheme.Indicators.Single(i => i.Code == "pa").AppliesToKinds.ShouldBe(AssessedKinds.Units, "records carry a town, not a department");
    }

    [Fact]
    public void Score_HandComputedTable()
    {
        var scheme = Scheme();
        (string, OwnerKind)[] owners = [("A", OwnerKind.Unit), ("B", OwnerKind.Unit), ("C", OwnerKind.Unit), ("D", OwnerKind.Unit), ("X", OwnerKind.Department), ("Y", OwnerKind.Department)];
        var measured = new Dictionary<(string, string), Measurement>
        {
            // A: 150 of 100 → linear 40 × 1.5 = 60, capped at 40 × 1.2 = 48; tasks 3 of 4 → 22.5; reports all on time → 30.
            [("A", "pa")] = new(150m, 100m),
            [("A", "tasks")] = new(0.75m, 1m),
            [("A", "reports")] = new(1m, 1m),

            // B: 37 of 60 → 40 × 37 / 60 = 24.666… → 24.67; tasks 2 of 3 → 20; reports 1 of 2 → threshold missed → 0.
            [("B", "pa")] = new(37m, 60m),
            [("B", "tasks")] = new(2m / 3m, 1m),
            [("B", "reports")] = new(0.5m, 1m),

            // C: no target set → 0 (noted); nothing due for tasks and reports → their whole weights.
            [("C", "pa")] = new(12m, null),

            // D: exactly on target → 40; tasks 1 of 1 → 30; reports 1 → 30.
            [("D", "pa")] = new(80m, 80m),
            [("D", "tasks")] = new(1m, 1m),
            [("D", "reports")] = new(1m, 1m),

            // X: tasks 0.5 → 15 and 35; reports 1 → 30.
            [("X", "tasks")] = new(0.5m, 1m),
            [("X", "dept-tasks")] = new(0.5m, 1m),
            [("X", "dept-reports")] = new(1m, 1m),
        };
        var adjustments = new Dictionary<string, decimal[]>
        {
            ["A"] = [3m, 4m, -1m],   // bonus 7 capped at 5, deduction 1: +4
            ["B"] = [-2m, -2m],      // deduction 4 capped at 3
            ["D"] = [0.5m],          // bonus 0.5
        };

        var scores = AssessmentScoring.Score(scheme, owners, measured, adjustments).ToDictionary(s => s.OwnerCode);

        scores["A"].Lines.Select(l => l.Score).ShouldBe([48m, 22.5m, 30m]);
        scores["A"].Lines[0].Note.ShouldBe(ScoreNote.Capped);
        scores["A"].Bonus.ShouldBe(5m);
        scores["A"].Deduction.ShouldBe(1m);
        scores["A"].Total.ShouldBe(104.5m);

        scores["B"].Lines.Select(l => l.Score).ShouldBe([24.67m, 20m, 0m]);
        scores["B"].Deduction.ShouldBe(3m);
        scores["B"].Total.ShouldBe(41.67m);

        scores["C"].Lines.Select(l => l.Score).ShouldBe([0m, 30m, 30m]);
        scores["C"].Lines.Select(l => l.Note).ShouldBe([ScoreNote.NoTarget, ScoreNote.NothingDue, ScoreNote.NothingDue]);
        scores["C"].Total.ShouldBe(60m);

        scores["D"].Total.ShouldBe(100.5m);

        scores["X"].Lines.Select(l => l.Score).ShouldBe([15m, 35m, 30m]);
        scores["X"].Total.ShouldBe(80m);
        scores["Y"].Total.ShouldBe(130m, "nothing due anywhere: every share scores its weight");

        scores["A"].Rank.ShouldBe(1);
        scores["D"].Rank.ShouldBe(2);
        scores["C"].Rank.ShouldBe(3);
        scores["B"].Rank.ShouldBe(4);
        scores["Y"].Rank.ShouldBe(1, "departments rank among themselves");
        scores["X"].Rank.ShouldBe(2);
    }

    [Fact]
    public void Rank_EqualTotals_ShareARank_NextSkips()
    {
        var scheme = new AssessmentScheme(2014, 5m, 5m, "office", Now);
        scheme.AddIndicator("t", "督办", null, AssessmentMeasure.TasksOnTime, null, AssessedKinds.Both, 100m, ScoringRule.Linear, 1m, Now);
        var measured = new Dictionary<(string, string), Measurement> { [("C", "t")] = new(0.5m, 1m) };

        var scores = AssessmentScoring.Score(scheme, [("A", OwnerKind.Unit), ("B", OwnerKind.Unit), ("C", OwnerKind.Unit)], measured, new Dictionary<string, decimal[]>());

        scores.Select(s => s.Rank).ShouldBe([1, 1, 3]);
    }

    [Fact]
    public void Appeal_WindowAndDecision()
    {
        var scheme = Scheme();
        scheme.IsAppealOpenOn(new DateOnly(2015, 1, 25)).ShouldBeFalse("a draft is not open to appeal");
        scheme.Publish(new DateOnly(2015, 1, 30), Now);

        scheme.IsAppealOpenOn(new DateOnly(2015, 1, 30)).ShouldBeTrue("the last day counts");
        scheme.IsAppealOpenOn(new DateOnly(2015, 1, 31)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => scheme.AddIndicator("late", "迟加", null, AssessmentMeasure.TasksOnTime, null, AssessedKinds.Both, 1m, ScoringRule.Linear, 1m, Now));
        var appeal = new AssessmentAppeal(scheme.Id, "A", "pa", "理由", "town", Now);
        appeal.Decide(upheld: true, 2m, "支持", "office", Now);
        appeal.Points.ShouldBe(2m);
        Should.Throw<InvalidOperationException>(() => appeal.Decide(upheld: false, null, "再次", "office", Now));
    }
}
