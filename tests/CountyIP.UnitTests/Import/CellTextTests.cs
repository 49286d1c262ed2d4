using CountyIP.Modules.Import.Domain;
using Patent = CountyIP.Modules.Registry.Contracts.RecordFields.Patent;

namespace CountyIP.UnitTests.Import;

public sealed class CellTextTests
{
    [Fact]
    public void Clean_FullWidthDigitsLettersAndStraySpaces_HalfWidthSingleSpaced() =>
        CellText.Clean("\u3000ＣＮ２０１３１０５０３９１４５\u00A0  福州（集团）\t有限公司 ").ShouldBe("CN2013105039145 福州（集团） 有限公司");

    [Fact]
    public void Clean_BlankCell_Null() => CellText.Clean(" \u3000 ").ShouldBeNull();

    [Fact]
    public void Map_CnipaHeadersInAnyOrderWithFullWidthBrackets_MapsAndReportsUnknown()
    {
        var map = ImportColumns.Map(ImportKind.Patents, ["备注", "发明名称", "申请（专利权）人", " 申请号 ", "申请日", "IPC主分类号"]);

        map.Missing.ShouldBeEmpty();
        map.IndexOf(Patent.ApplicationNumber).ShouldBe(3);
        map.IndexOf(Patent.Applicants).ShouldBe(2);
        map.IndexOf(Patent.IpcMain).ShouldBe(5);
        map.Unknown.ShouldBe(["备注"]);
    }

    [Fact]
    public void Map_RequiredHeaderMissing_Reported() =>
        ImportColumns.Map(ImportKind.Patents, ["申请号", "名称", "申请人"]).Missing.Select(c => c.Field).ShouldBe([Patent.FilingDate]);
}
