using CountyIP.Modules.Protection.Domain;

namespace CountyIP.UnitTests.Protection;

public sealed class TrackingCodeTests
{
    [Fact]
    public void New_Always_FiveGroupsOfFiveCrockfordCharacters()
    {
        var code = TrackingCode.New();

        code.Length.ShouldBe(29);
        code.Split('-').ShouldAllBe(g => g.Length == 5);
        TrackingCode.Normalize(code).ShouldNotBeNull();
    }

    [Fact]
    public void New_ManyCodes_AllDifferent()
    {
        Enumerable.Range(0, 10_000).Select(_ => TrackingCode.New()).Distinct().Count().ShouldBe(10_000);
    }

    [Fact]
    public void Hash_LookAlikesAndSeparators_SameHash()
    {
        var code = "0IL1O-ABCDE-FGHJK-MNPQR-STVWX";

        TrackingCode.Hash("oil1o abcde fghjk mnpqr stvwx").ShouldBe(TrackingCode.Hash(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDE")]
    [InlineData("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU")]
    public void Normalize_NotACode_Null(string? input)
    {
        TrackingCode.Normalize(input).ShouldBeNull();
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("123", "****")]
    public void MaskMobile_Number_KeepsFirstThreeAndLastFour(string input, string expected)
    {
        PersonalDataMask.Mobile(input).ShouldBe(expected);
    }
}
