using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Import.Domain;

namespace CountyIP.UnitTests.Registry.Import;

public sealed class CellTextTests
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
        CellText.TryParseDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2013, 5, 1));
    }

    [Theory]
    [InlineData("2013-02-30")]
    [InlineData("2013.5")]
    [InlineData("明天")]
    [InlineData("20131301")]
    [InlineData("0")]
    public void TryParseDate_NotADate_False(string text) => CellText.TryParseDate(text, out _).ShouldBeFalse();

    [Fact]
    public void Clean_FullWidthDigitsLettersAndStraySpaces_HalfWidthSingleSpaced() =>
        CellText.Clean("\u3000ＣＮ２０１３１０５０３９１４５\u00A0  福州（集团）\t有限公司 ").ShouldBe("CN2013105039145 福州（集团） 有限公司");

    [Fact]
    public void Clean_BlankCell_Null() => CellText.Clean(" \u3000 ").ShouldBeNull();

    [Fact]
    public void SplitList_HalfAndFullWidthSemicolons_Splits() =>
        CellText.SplitList("甲公司；乙公司; 张三 ;").ShouldBe(["甲公司", "乙公司", "张三"]);

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
        ImportColumns.ParseLegalStatus(text).ShouldBe(expected);

    [Fact]
    public void Map_CnipaHeadersInAnyOrderWithFullWidthBrackets_MapsAndReportsUnknown()
    {
        var map = ImportColumns.Map(ImportKind.Patents, ["备注", "发明名称", "申请（专利权）人", " 申请号 ", "申请日", "IPC主分类号"]);

        map.Missing.ShouldBeEmpty();
        map.IndexOf(ImportColumns.Patent.ApplicationNumber).ShouldBe(3);
        map.IndexOf(ImportColumns.Patent.Applicants).ShouldBe(2);
        map.IndexOf(ImportColumns.Patent.IpcMain).ShouldBe(5);
        map.Unknown.ShouldBe(["备注"]);
    }

    [Fact]
    public void Map_RequiredHeaderMissing_Reported() =>
        ImportColumns.Map(ImportKind.Patents, ["申请号", "名称", "申请人"]).Missing.Select(c => c.Field).ShouldBe([ImportColumns.Patent.FilingDate]);
}
