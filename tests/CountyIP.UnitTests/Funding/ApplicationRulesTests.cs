using CountyIP.Modules.Funding.Domain;

namespace CountyIP.UnitTests.Funding;

/// <summary>
/// The workflow table of issue 12 §3, every status and action by every actor (allowed ones named, everything else
/// refused), and the amount rule of §2: factors, fixed and per-unit items, the caps, fen rounding.
/// </summary>
public sealed class ApplicationRulesTests
{
    private const ApplicationActor E = ApplicationActor.Enterprise;
    private const ApplicationActor T = ApplicationActor.TownLiaison;
    private const ApplicationActor S = ApplicationActor.BureauStaff;

    /// <summary>Every allowed step: (from, action, actor) → to. The test below checks that nothing else is.</summary>
    public static readonly TheoryData<ApplicationStatus, ApplicationAction, ApplicationActor, ApplicationStatus> Allowed = new()
    {
        { ApplicationStatus.Draft, ApplicationAction.Submit, E, ApplicationStatus.Submitted },
        { ApplicationStatus.Draft, ApplicationAction.Submit, S, ApplicationStatus.Submitted },
        { ApplicationStatus.Returned, ApplicationAction.Submit, E, ApplicationStatus.Submitted },
        { ApplicationStatus.Returned, ApplicationAction.Submit, S, ApplicationStatus.Submitted },
        { ApplicationStatus.Draft, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Draft, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Returned, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Returned, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Submitted, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Submitted, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.TownApproved, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.TownApproved, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.InNotice, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.InNotice, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Withdraw, E, ApplicationStatus.Withdrawn },
        { ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Withdraw, S, ApplicationStatus.Withdrawn },
        { ApplicationStatus.Submitted, ApplicationAction.TownApprove, T, ApplicationStatus.TownApproved },
        { ApplicationStatus.Submitted, ApplicationAction.Return, T, ApplicationStatus.Returned },
        { ApplicationStatus.Submitted, ApplicationAction.Reject, T, ApplicationStatus.Rejected },
        { ApplicationStatus.TownApproved, ApplicationAction.BureauApprove, S, ApplicationStatus.InNotice },
        { ApplicationStatus.TownApproved, ApplicationAction.Return, S, ApplicationStatus.Returned },
        { ApplicationStatus.TownApproved, ApplicationAction.Reject, S, ApplicationStatus.Rejected },
        { ApplicationStatus.InNotice, ApplicationAction.Approve, S, ApplicationStatus.Approved },
        { ApplicationStatus.InNotice, ApplicationAction.DismissObjection, S, ApplicationStatus.InNotice },
        { ApplicationStatus.InNotice, ApplicationAction.UpholdObjection, S, ApplicationStatus.Rejected },
        { ApplicationStatus.InNotice, ApplicationAction.Return, S, ApplicationStatus.Returned },
        { ApplicationStatus.InNotice, ApplicationAction.Reject, S, ApplicationStatus.Rejected },
        { ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Approve, S, ApplicationStatus.Approved },
        { ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Return, S, ApplicationStatus.Returned },
        { ApplicationStatus.AwaitingSecondApproval, ApplicationAction.Reject, S, ApplicationStatus.Rejected },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Workflow_AllowedStep_LeadsWhereTheTableSays(ApplicationStatus from, ApplicationAction action, ApplicationActor actor, ApplicationStatus to) =>
        ApplicationWorkflow.Find(from, action, actor)!.To.ShouldBe(to);

    [Fact]
    public void Workflow_EveryOtherStatusActionAndActor_IsRefused()
    {
        var allowed = Allowed.Select(row => (row.Data.Item1, row.Data.Item2, row.Data.Item3)).ToHashSet();
        var refused = 0;
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                foreach (var actor in Enum.GetValues<ApplicationActor>())
                {
                    if (!allowed.Contains((from, action, actor)))
                    {
                        ApplicationWorkflow.Find(from, action, actor).ShouldBeNull($"{actor} {action} from {from}");
                        refused++;
                    }
                }
            }
        }

        refused.ShouldBe((Enum.GetValues<ApplicationStatus>().Length * Enum.GetValues<ApplicationAction>().Length * 3) - Allowed.Count);
    }

    [Theory]
    [InlineData("town-approve", ApplicationAction.TownApprove)]
    [InlineData("dismiss-objection", ApplicationAction.DismissObjection)]
    [InlineData(" Submit ", ApplicationAction.Submit)]
    public void Workflow_ApiNames_ParseBack(string name, ApplicationAction action)
    {
        ApplicationWorkflow.Parse(name).ShouldBe(action);
        ApplicationWorkflow.Parse(ApplicationWorkflow.ApiName(action)).ShouldBe(action);
    }

    [Theory]
    [InlineData("pay")]
    [InlineData("object")]
    [InlineData("create")]
    [InlineData("approve-all")]
    public void Workflow_StepsNotTakenThroughTheActionsRoute_AreUnknown(string name) => ApplicationWorkflow.Parse(name).ShouldBeNull();

    private static PolicyItem Item(AchievementKind kind, AmountMode mode, decimal amount, decimal? perApplication = null, decimal? perYear = null, decimal service = 1m, decimal foreign = 1m) =>
        new("X1", "测试项目", kind, mode, amount, perApplication, perYear, service, foreign, BudgetUse.Subsidy);

    [Fact]
    public void Amount_PerUnit_AppliesTheFactorsPerRight_ThenThePerApplicationCap()
    {
        var item = Item(AchievementKind.InventionGrant, AmountMode.PerUnit, 5_000m, perApplication: 12_000m, service: 1.5m, foreign: 2m);

        var result = AmountRule.Compute(item, [(true, false), (false, false)], null, 0m);

        result.UnitAmounts.ShouldBe([7_500m, 5_000m]);
        result.Gross.ShouldBe(12_500m);
        result.Amount.ShouldBe(12_000m);
        result.Cap.ShouldBe(AmountCap.PerApplication);
    }

    [Fact]
    public void Amount_Fixed_PaysOnce_WhateverTheRights()
    {
        var item = Item(AchievementKind.NationalDesignation, AmountMode.Fixed, 200_000m);

        AmountRule.Compute(item, [(false, false), (false, false)], null, 0m).Amount.ShouldBe(200_000m);
    }

    [Fact]
    public void Amount_Quantity_IsRoundedToTheFen_AndTheYearlyCapTakesWhatIsLeft()
    {
        var item = Item(AchievementKind.PledgeLoanInterest, AmountMode.PerUnit, 0.5m, perYear: 200_000m);

        AmountRule.Compute(item, [], 12_345.67m, 0m).Amount.ShouldBe(6_172.84m);
        var capped = AmountRule.Compute(item, [], 100_000m, 195_000m);
        capped.Gross.ShouldBe(50_000m);
        capped.Amount.ShouldBe(5_000m);
        capped.Cap.ShouldBe(AmountCap.PerEnterpriseYear);
        AmountRule.Compute(item, [], 100m, 200_000m).Amount.ShouldBe(0m);
    }
}
