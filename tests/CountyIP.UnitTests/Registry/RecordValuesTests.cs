using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases.RecordImport;

namespace CountyIP.UnitTests.Registry;

/// <summary>Imported cell values as Registry fields (ADR 0020): dates in the forms exports use, lists, CNIPA status wording.</summary>
public sealed class RecordValuesTests
{
    [Theory]
    [InlineData("2013-05-01")]
    [InlineData("2013/5/1")]
    [InlineData("2013.05.01")]
    [InlineData("20130501")]
    [InlineData("2013年5月1日")]
    [InlineData("41395")]
    [InlineData("41395.5")]
    [InlineData(" 2013-05-01 00:00:00 ")]
    public void TryParseDate_AcceptedForms_GiveFirstOfMay2013(string text)
    {
        RecordValues.TryParseDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2013, 5, 1));
    }

    [Theory]
    [InlineData("2013-02-30")]
    [InlineData("2013.5")]
    [InlineData("明天")]
    [InlineData("20131301")]
    [InlineData("0")]
    public void TryParseDate_NotADate_False(string text) => RecordValues.TryParseDate(text, out _).ShouldBeFalse();

    [Fact]
    public void SplitList_HalfAndFullWidthSemicolons_Splits() =>
        RecordValues.SplitList("甲公司；乙公司; 张三 ;").ShouldBe(["甲公司", "乙公司", "张三"]);

    [Theory]
    [InlineData("有效", PatentLegalStatus.Granted)]
    [InlineData("审中", PatentLegalStatus.Pending)]
    [InlineData("实质审查", PatentLegalStatus.Pending)]
    [InlineData("未缴年费专利权终止", PatentLegalStatus.Lapsed)]
    [InlineData("视为撤回", PatentLegalStatus.Withdrawn)]
    [InlineData("驳回", PatentLegalStatus.Rejected)]
    [InlineData("全部无效", PatentLegalStatus.Invalidated)]
    [InlineData("期限届满", PatentLegalStatus.Expired)]
    [InlineData("Granted", PatentLegalStatus.Granted)]
    public void ParseLegalStatus_CnipaWording_Status(string text, PatentLegalStatus expected) =>
        RecordValues.ParseLegalStatus(text).ShouldBe(expected);
}
