using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.UnitTests.Registry;

/// <summary>The day a patent right ended, kept from the status history for "in force at the end of a period".</summary>
public sealed class PatentStatusTests
{
    private static Patent Granted()
    {
        var patent = new Patent { ApplicationNumber = "201220000001", Title = "测试", Type = PatentType.UtilityModel, FilingDate = new(2012, 1, 5), GrantDate = new(2012, 8, 1) };
        patent.ChangeStatus(PatentLegalStatus.Pending, new(2012, 1, 5), null);
        patent.ChangeStatus(PatentLegalStatus.Granted, new(2012, 8, 1), null);
        return patent;
    }

    [Fact]
    public void ChangeStatus_Granted_NoEndDay()
    {
        Granted().RightEndedOn.ShouldBeNull();
    }

    [Fact]
    public void ChangeStatus_LapsedThenInvalidated_KeepsTheFirstEndDay()
    {
        var patent = Granted();

        patent.ChangeStatus(PatentLegalStatus.Lapsed, new(2013, 12, 30), null);
        patent.ChangeStatus(PatentLegalStatus.Invalidated, new(2014, 3, 1), null);

        patent.RightEndedOn.ShouldBe(new DateOnly(2013, 12, 30));
        patent.StatusHistory.Count.ShouldBe(4);
    }

    [Fact]
    public void ChangeStatus_LapsedThenRestored_ClearsTheEndDay()
    {
        var patent = Granted();

        patent.ChangeStatus(PatentLegalStatus.Lapsed, new(2013, 9, 1), null);
        patent.ChangeStatus(PatentLegalStatus.Granted, new(2013, 11, 1), "恢复权利");

        patent.RightEndedOn.ShouldBeNull();
        patent.LegalStatus.ShouldBe(PatentLegalStatus.Granted);
    }
}
