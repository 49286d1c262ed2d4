using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.UnitTests.Registry;

public sealed class OtherIdentifierTests
{
    [Theory]
    [InlineData("H01M 10/0525", "H01M 10/0525")]
    [InlineData("H01M10/0525", "H01M 10/0525")]
    [InlineData("h01m10/0525(2006.01)", "H01M 10/0525")]
    [InlineData("Ｈ０１Ｍ　１０／０５２５ (2010.01)", "H01M 10/0525")]
    [InlineData("A61K 31/00", "A61K 31/00")]
    public void IpcParse_AcceptedForms_GiveCanonicalForm(string input, string canonical)
    {
        var result = IpcSymbol.Parse(input);

        result.Value!.Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("I01M 10/0525")]
    [InlineData("H1M 10/0525")]
    [InlineData("H01M")]
    [InlineData("H01M 10/5")]
    public void IpcParse_Malformed_Rejected(string input)
    {
        IpcSymbol.Parse(input).Error!.Kind.ShouldBe(IdentifierErrorKind.InvalidFormat);
    }

    [Fact]
    public void IpcParseList_SemicolonJoined_ParsesEachAndDropsDuplicates()
    {
        var result = IpcSymbol.ParseList("H01M10/0525(2010.01);H01M4/131；H01M 10/0525;");

        result.Value!.Select(s => s.Value).ShouldBe(["H01M 10/0525", "H01M 4/131"]);
        result.Value![1].SubclassSymbol.ShouldBe("H01M");
    }

    [Fact]
    public void IpcParseList_BadItem_NamesItsIndex()
    {
        var result = IpcSymbol.ParseList("H01M10/0525;X99;G06F 17/30");

        result.Error!.Position.ShouldBe(2);
        result.Error.Found.ShouldBe("X99");
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("G1234567", true)]
    [InlineData("１２３４５６７", true)]
    [InlineData("12345678901", false)]
    [InlineData("A123", false)]
    public void TrademarkParse_Format_Checked(string input, bool valid)
    {
        TrademarkRegistrationNumber.Parse(input).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("2023SR0879891", true)]
    [InlineData("2013sr012345", true)]
    [InlineData("2023SR08798911", false)]
    [InlineData("23SR0879891", false)]
    public void SoftwareCopyrightParse_Format_Checked(string input, bool valid)
    {
        SoftwareCopyrightNumber.Parse(input).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("软著登字第1234567号", true)]
    [InlineData("软著登字第123456号", false)]
    public void SoftwareCertificateParse_Format_Checked(string input, bool valid)
    {
        SoftwareCertificateNumber.Parse(input).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("国作登字-2021-L-00268255", true)]
    [InlineData("国作登字-2021-l-00268255", true)]
    [InlineData("国作登字-21-L-00268255", false)]
    [InlineData("闽作登字-2013-A-00001234", true)]
    [InlineData("作品123", false)]
    public void WorksParse_NationalStrictProvincialKept(string input, bool valid)
    {
        WorksRegistrationNumber.Parse(input).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("GB/T 4754-2017", "GB/T 4754-2017")]
    [InlineData("GB/T4754-2017", "GB/T 4754-2017")]
    [InlineData("gb 18030-2005", "GB 18030-2005")]
    [InlineData("JB/T 10000.1-2013", "JB/T 10000.1-2013")]
    [InlineData("DB35/T 1234-2013", "DB35/T 1234-2013")]
    [InlineData("T/CAS 115-2013", "T/CAS 115-2013")]
    public void StandardParse_AcceptedForms_GiveCanonicalForm(string input, string canonical)
    {
        StandardNumber.Parse(input).Value!.Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("GB/T 4754")]
    [InlineData("4754-2017")]
    public void StandardParse_Malformed_Rejected(string input)
    {
        StandardNumber.Parse(input).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void NiceParse_MixedSeparators_SortedDistinct()
    {
        NiceClasses.Parse("第35类、9;09，42").Classes.ShouldBe([9, 35, 42]);
    }

    [Theory]
    [InlineData("0", IdentifierErrorKind.OutOfRange)]
    [InlineData("46", IdentifierErrorKind.OutOfRange)]
    [InlineData("9;x", IdentifierErrorKind.InvalidFormat)]
    [InlineData("", IdentifierErrorKind.Empty)]
    public void NiceParse_Invalid_SaysWhy(string input, IdentifierErrorKind kind)
    {
        NiceClasses.Parse(input).Error!.Kind.ShouldBe(kind);
    }
}
