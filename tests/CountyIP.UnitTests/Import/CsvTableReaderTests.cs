using System.Text;
using CountyIP.Modules.Import.UseCases.Parsing;

namespace CountyIP.UnitTests.Import;

public sealed class CsvTableReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_OneRecordEach()
    {
        using var reader = Open("申请号,名称\r\n\"1\",\"一种\"\"装置\"\",含逗号, 与\n换行\"\r\n\r\n2,乙\n", new UTF8Encoding(false));

        reader.Headers.ShouldBe(["申请号", "名称"]);
        var first = reader.Next()!;
        first.Number.ShouldBe(2);
        first[1].Text.ShouldBe("一种\"装置\",含逗号, 与\n换行");
        var second = reader.Next()!;
        second.Number.ShouldBe(5);
        second[0].Text.ShouldBe("2");
        reader.Next().ShouldBeNull();
    }

    [Fact]
    public void Read_Gb18030WithoutBom_Detected()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = Open("申请号,申请(专利权)人\n1,福州仓山电机厂\n", Encoding.GetEncoding("GB18030"));

        reader.Headers[1].ShouldBe("申请(专利权)人");
        reader.Next()![1].Text.ShouldBe("福州仓山电机厂");
    }

    [Fact]
    public void Read_Utf8WithBomAndTabs_BomDroppedTabSeparated()
    {
        using var reader = Open("申请号\t名称\n1\t甲\n", new UTF8Encoding(true), bom: true);

        reader.Headers.ShouldBe(["申请号", "名称"]);
        reader.Next()![1].Text.ShouldBe("甲");
    }

    private static CsvTableReader Open(string text, Encoding encoding, bool bom = false) =>
        new(new MemoryStream([.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]));
}
