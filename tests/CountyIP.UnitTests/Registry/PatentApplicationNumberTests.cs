using System.Globalization;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CsCheck;

namespace CountyIP.UnitTests.Registry;

public sealed class PatentApplicationNumberTests
{
    private static readonly Gen<string> CurrentBodies =
        from year in Gen.Int[2003, 2035]
        from type in Gen.OneOfConst('1', '2', '3', '8', '9')
        from serial in Gen.Int[0, 9_999_999]
        select string.Create(CultureInfo.InvariantCulture, $"{year:D4}{type}{serial:D7}");

    private static readonly Gen<string> OldBodies =
        from yy in Gen.OneOfConst(89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 0, 1, 2, 3)
        from type in Gen.OneOfConst('1', '2', '3', '8', '9')
        from serial in Gen.Int[0, 99_999]
        select string.Create(CultureInfo.InvariantCulture, $"{yy:D2}{type}{serial:D5}");

    private static readonly Gen<string> ValidNumbers =
        Gen.OneOf(CurrentBodies, OldBodies).Select(body => body + "." + PatentApplicationNumber.CheckCharacter(body));

    [Fact]
    public void CheckCharacter_WorkedExamples_MatchIdentifiersNote()
    {
        PatentApplicationNumber.CheckCharacter("201710601862").ShouldBe('3');
        PatentApplicationNumber.CheckCharacter("95115608").ShouldBe('X');
        PatentApplicationNumber.CheckCharacter("201310123456").ShouldBe('2');
    }

    [Theory]
    [InlineData("201710601862.3", "201710601862.3")]
    [InlineData("CN201710601862.3", "201710601862.3")]
    [InlineData("ZL 2017 1 0601862.3", "201710601862.3")]
    [InlineData("zl201710601862.3", "201710601862.3")]
    [InlineData("2017106018623", "201710601862.3")]
    [InlineData(" ２０１７１０６０１８６２．３ ", "201710601862.3")]
    [InlineData("ＣＮ２０１７１０６０１８６２。３", "201710601862.3")]
    [InlineData("95115608.X", "95115608.X")]
    [InlineData("95115608x", "95115608.X")]
    [InlineData("CN 95115608.X", "95115608.X")]
    public void Parse_AcceptedInputForms_GiveCanonicalForm(string input, string canonical)
    {
        var result = PatentApplicationNumber.Parse(input);

        result.IsValid.ShouldBeTrue();
        result.Value!.Value.ShouldBe(canonical);
    }

    [Fact]
    public void Parse_MissingDotExportExample_IsValid()
    {
        var result = PatentApplicationNumber.Parse("2013105039145");

        result.Value!.Value.ShouldBe("201310503914.5");
        result.Value.Type.ShouldBe(PatentType.Invention);
        result.Value.FilingYear.ShouldBe(2013);
    }

    [Fact]
    public void Parse_WrongCheckCharacter_NamesExpectedOne()
    {
        var result = PatentApplicationNumber.Parse("201310123456.X");

        result.IsValid.ShouldBeFalse();
        result.Error!.Kind.ShouldBe(IdentifierErrorKind.WrongCheckCharacter);
        result.Error.Expected.ShouldBe("2");
        result.Error.Found.ShouldBe("X");
    }

    [Theory]
    [InlineData("201710601862.3", PatentType.Invention, false)]
    [InlineData("201720601862", PatentType.UtilityModel, false)]
    [InlineData("201730601862", PatentType.Design, false)]
    [InlineData("201780601862", PatentType.Invention, true)]
    [InlineData("201790601862", PatentType.UtilityModel, true)]
    public void Parse_TypeDigit_GivesTypeAndPctRoute(string body, PatentType type, bool pct)
    {
        body = body[..12];
        var result = PatentApplicationNumber.Parse(body + "." + PatentApplicationNumber.CheckCharacter(body));

        result.Value!.Type.ShouldBe(type);
        result.Value.ViaPct.ShouldBe(pct);
    }

    [Fact]
    public void Parse_UnknownTypeDigit_Rejected()
    {
        const string body = "201740601862";
        var result = PatentApplicationNumber.Parse(body + "." + PatentApplicationNumber.CheckCharacter(body));

        result.Error!.Kind.ShouldBe(IdentifierErrorKind.UnknownType);
        result.Error.Position.ShouldBe(5);
    }

    [Fact]
    public void Parse_1985To1988WithoutCheck_AcceptedAsIssued()
    {
        var result = PatentApplicationNumber.Parse("87100123");

        result.IsValid.ShouldBeTrue();
        result.Value!.Value.ShouldBe("87100123");
        result.Value.Check.ShouldBeNull();
        result.Value.FilingYear.ShouldBe(1987);
    }

    [Fact]
    public void Parse_1989OrLaterWithoutCheck_AsksForExpectedCheck()
    {
        var result = PatentApplicationNumber.Parse("95115608");

        result.Error!.Kind.ShouldBe(IdentifierErrorKind.MissingCheckCharacter);
        result.Error.Expected.ShouldBe("X");
        PatentApplicationNumber.Parse("201710601862").Error!.Expected.ShouldBe("3");
    }

    [Theory]
    [InlineData("", IdentifierErrorKind.Empty)]
    [InlineData("CN", IdentifierErrorKind.Empty)]
    [InlineData("20171060186.3", IdentifierErrorKind.WrongLength)]
    [InlineData("2017A0601862.3", IdentifierErrorKind.InvalidCharacter)]
    [InlineData("201710601862.33", IdentifierErrorKind.InvalidFormat)]
    [InlineData("199910601862.3", IdentifierErrorKind.YearOutOfRange)]
    [InlineData("201710601862.Y", IdentifierErrorKind.InvalidCharacter)]
    public void Parse_MalformedInput_SaysWhy(string input, IdentifierErrorKind kind)
    {
        PatentApplicationNumber.Parse(input).Error!.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Parse_GeneratedNumberWithComputedCheck_RoundTrips()
    {
        ValidNumbers.Sample(number =>
        {
            var result = PatentApplicationNumber.Parse(number);
            result.IsValid.ShouldBeTrue();
            result.Value!.Value.ShouldBe(number);
            PatentApplicationNumber.Parse("CN" + number.Replace(".", string.Empty, StringComparison.Ordinal)).Value!.Value.ShouldBe(number);
        });
    }

    [Fact]
    public void Parse_AnySingleCharacterChanged_IsRejected()
    {
        var gen = from number in ValidNumbers
                  from position in Gen.Int[0, 20]
                  from replacement in Gen.Char["0123456789X"]
                  let index = position % number.Length
                  where index != number.Length - 2 && number[index] != replacement
                  select (number, index, replacement);

        gen.Sample((number, index, replacement) =>
        {
            var changed = string.Concat(number.AsSpan(0, index), replacement.ToString(), number.AsSpan(index + 1));
            PatentApplicationNumber.Parse(changed).IsValid.ShouldBeFalse();
        });
    }
}
