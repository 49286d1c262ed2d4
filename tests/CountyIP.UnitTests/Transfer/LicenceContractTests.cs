using CountyIP.Modules.Transfer.Domain;

namespace CountyIP.UnitTests.Transfer;

/// <summary>The licence's own rules: territories, the 3-month filing time (《专利实施许可合同备案办法》), the term in effect.</summary>
public sealed class LicenceContractTests
{
    private static readonly DateTime Now = new(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("", "福建省", true)]
    [InlineData("全国", "福州市", true)]
    [InlineData("福建省", "福建省", true)]
    [InlineData("福建省", "浙江省", false)]
    public void Territories_TheWholeCountryOverlapsEverything_OthersOnlyThemselves(string a, string b, bool overlap) =>
        LicenceContract.TerritoriesOverlap(LicenceContract.NormaliseTerritory(a), LicenceContract.NormaliseTerritory(b)).ShouldBe(overlap);

    [Theory]
    [InlineData("2014-05-07", false)]
    [InlineData("2014-05-08", true)]
    public void File_ThreeMonthsAfterTheEffectiveDate_IsOnTime_TheDayAfterIsLate(string filedOn, bool late)
    {
        var licence = Licence(new DateOnly(2014, 2, 7), new DateOnly(2016, 2, 6));

        licence.File("2014350104000001", DateOnly.Parse(filedOn, System.Globalization.CultureInfo.InvariantCulture), Now);

        licence.FilingDueOn.ShouldBe(new DateOnly(2014, 5, 7));
        licence.FiledLate.ShouldBe(late);
        licence.State.ShouldBe(LicenceState.Filed);
    }

    [Fact]
    public void InEffect_WithinTheTermUntilCancelled()
    {
        var licence = Licence(new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31));

        licence.InEffectOn(new DateOnly(2014, 12, 31)).ShouldBeTrue();
        licence.InEffectOn(new DateOnly(2015, 1, 1)).ShouldBeFalse();
        licence.Cancel(new DateOnly(2014, 6, 1), "协议解除", Now);
        licence.InEffectOn(new DateOnly(2014, 7, 1)).ShouldBeFalse();
    }

    private static LicenceContract Licence(DateOnly start, DateOnly end) =>
        new(Guid.NewGuid(), "许可人", null, "被许可人", LicenceKind.Ordinary, "全国", start, end, end, start, 1000m,
            [new ContractRight(ContractRight.PatentKey(Guid.NewGuid()), RightKind.Patent, Guid.NewGuid(), "201310000001.2", "专利")], "test", Now);
}
