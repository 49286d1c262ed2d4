using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Web;

namespace CountyIP.UnitTests.Indicators;

public sealed class ReportedFigureTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Submitter = Guid.NewGuid();

    private static ReportedFigure NewFigure() => ReportedFigure.Submit(
        "cangshan-2013", "special-fund-ratio", 2013, null, null, 2_100_000m, 1_000_000_000m, null, "k", "budget.pdf", Submitter, "a", Now);

    [Fact]
    public void Approve_BySubmitter_RefusedFourEyes()
    {
        var figure = NewFigure();

        Should.Throw<BusinessRuleException>(() => figure.Approve(Submitter, "a", Now)).Code.ShouldBe("indicators.four-eyes");
        figure.Status.ShouldBe(ReportedFigureStatus.Submitted);
    }

    [Fact]
    public void Approve_ByAnother_ApprovedWithApprover()
    {
        var figure = NewFigure();
        var approver = Guid.NewGuid();

        figure.Approve(approver, "b", Now);

        figure.Status.ShouldBe(ReportedFigureStatus.Approved);
        figure.DecidedById.ShouldBe(approver);
        figure.DecidedByName.ShouldBe("b");
    }

    [Fact]
    public void Reject_WithoutReason_Refused()
    {
        var figure = NewFigure();

        Should.Throw<BusinessRuleException>(() => figure.Reject(Guid.NewGuid(), "b", " ", Now)).Code.ShouldBe("indicators.rejection-reason");
    }

    [Fact]
    public void Approve_AlreadyRejected_Refused()
    {
        var figure = NewFigure();
        figure.Reject(Guid.NewGuid(), "b", "wrong year", Now);

        Should.Throw<BusinessRuleException>(() => figure.Approve(Guid.NewGuid(), "c", Now)).Code.ShouldBe("indicators.figure-decided");
        figure.RejectionReason.ShouldBe("wrong year");
    }
}
