using System.Globalization;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.UnitTests.Funding;

/// <summary>
/// The fiscal year's four-eyes rule and the shape of its input (issue 12 §1, §4): only a second officer approves, the
/// approved figures stay in force while a correction waits, amounts are fen-exact and the lines add up.
/// </summary>
public sealed class FiscalYearTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Approve_ByWhoEnteredIt_IsRefused_ByAnother_PutsTheFiguresInForce()
    {
        var year = Entered(2013, 1_000_000_000m, 2_100_000m, "alice");

        year.CannotApprove("ALICE").ShouldBe(FiscalYearRefusal.SamePerson);
        year.CannotApprove("bob").ShouldBeNull();
        year.Approve("bob", Now);

        year.State.ShouldBe(FiscalYearState.Approved);
        year.ApprovedSpecialFundAppropriation.ShouldBe(2_100_000m);
        year.ApprovedEnteredBy.ShouldBe("alice");
        year.Lines.Single(l => l.Use == BudgetUse.Other).Approved.ShouldBe(2_100_000m);
        year.CannotApprove("carol").ShouldBe(FiscalYearRefusal.NothingPending);
    }

    [Fact]
    public void Correction_WhilePending_KeepsTheApprovedFiguresInForce()
    {
        var year = Entered(2014, 1_000_000_000m, 2_100_000m, "alice");
        year.Approve("bob", Now);

        year.Enter(1_000_000_000m, 1_500_000m, null, new Dictionary<BudgetUse, decimal> { [BudgetUse.Subsidy] = 1_500_000m }, "carol", Now);

        year.State.ShouldBe(FiscalYearState.PendingApproval);
        year.ApprovedSpecialFundAppropriation.ShouldBe(2_100_000m);
        year.Lines.Single(l => l.Use == BudgetUse.Subsidy).Proposed.ShouldBe(1_500_000m);
        year.Lines.Single(l => l.Use == BudgetUse.Subsidy).Approved.ShouldBe(0m);
        year.Lines.Count.ShouldBe(Enum.GetValues<BudgetUse>().Length);
    }

    [Fact]
    public void Input_ThirdDecimal_FundAboveBudget_LinesNotAddingUp_AreFieldErrorsInChinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var command = new EnterFiscalYearCommand
        {
            GeneralBudgetExpenditure = 100.001m,
            SpecialFundAppropriation = 200m,
            Lines = [new() { Use = BudgetUse.Subsidy, Amount = 150m }, new() { Use = BudgetUse.Subsidy, Amount = 1.005m }],
        };

        var errors = Validate(command);

        errors[nameof(EnterFiscalYearCommand.GeneralBudgetExpenditure)].ShouldHaveSingleItem().ShouldBe("金额以元为单位，最多两位小数。");
        errors[nameof(EnterFiscalYearCommand.SpecialFundAppropriation)].ShouldHaveSingleItem().ShouldContain("不能大于");
        errors["Lines[1].Amount"].ShouldHaveSingleItem().ShouldContain("两位小数");
        errors["Lines[1].Use"].ShouldHaveSingleItem().ShouldContain("只能出现一次");
        errors[nameof(EnterFiscalYearCommand.Lines)].ShouldHaveSingleItem().ShouldBe("各预算科目合计 151.01，与专项资金预算 200.00 不符。");
    }

    [Fact]
    public void Input_LinesAllZero_PutTheWholeAppropriationOnOther()
    {
        var command = new EnterFiscalYearCommand
        {
            GeneralBudgetExpenditure = 1_000m,
            SpecialFundAppropriation = 300m,
            Lines = [.. Enum.GetValues<BudgetUse>().Select(u => new BudgetLineInput { Use = u, Amount = 0m })],
        };

        Validate(command).ShouldBeEmpty();
        Entered(2015, command).Lines.Single(l => l.Use == BudgetUse.Other).Proposed.ShouldBe(300m);
    }

    [Fact]
    public void Input_LinesAddingUpToTheFen_AreAccepted()
    {
        var command = new EnterFiscalYearCommand
        {
            GeneralBudgetExpenditure = 1_000_000m,
            SpecialFundAppropriation = 2_100.01m,
            Lines = [new() { Use = BudgetUse.Subsidy, Amount = 2_000m }, new() { Use = BudgetUse.Rewards, Amount = 100.01m }],
        };

        Validate(command).ShouldBeEmpty();
        var year = Entered(2016, command);
        year.Lines.Sum(l => l.Proposed).ShouldBe(2_100.01m);
        year.Lines.Single(l => l.Use == BudgetUse.Other).Proposed.ShouldBe(0m);
    }

    private static Dictionary<string, string[]> Validate(object command) => InputValidation.Validate(command);

    private static FiscalYear Entered(int year, decimal expenditure, decimal fund, string by)
    {
        var record = new FiscalYear(year);
        record.Enter(expenditure, fund, "仓财预〔2013〕1号", new Dictionary<BudgetUse, decimal> { [BudgetUse.Other] = fund }, by, Now);
        return record;
    }

    private static FiscalYear Entered(int year, EnterFiscalYearCommand command)
    {
        var record = new FiscalYear(year);
        record.Enter(command.GeneralBudgetExpenditure!.Value, command.SpecialFundAppropriation!.Value, null, command.ByUse(), "alice", Now);
        return record;
    }
}
