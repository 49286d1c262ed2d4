using CountyIP.Modules.Registry.Domain.Identifiers;
using CsCheck;

namespace CountyIP.UnitTests.Registry;

public sealed class UnifiedSocialCreditCodeTests
{
    private static readonly Gen<string> ValidCodes =
        Gen.Char[UnifiedSocialCreditCode.Alphabet].Array[17, 17]
            .Select(body => new string(body) + UnifiedSocialCreditCode.CheckCharacter(body));

    [Fact]
    public void Parse_StandardWorkedExample_IsValid()
    {
        // GB 32100-2015 example: Σ = 1640, 1640 mod 31 = 28, check = 31 - 28 = 3.
        UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4").ShouldBe('3');
        var result = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        result.IsValid.ShouldBeTrue();
        result.Value!.DivisionCode.ShouldBe("350100");
        result.Value.OrganisationCode.ShouldBe("M000100Y4");
    }

    [Fact]
    public void Parse_WrongCheckCharacter_NamesExpectedCharacter()
    {
        var result = UnifiedSocialCreditCode.Parse("91350100M000100Y4Z");

        result.IsValid.ShouldBeFalse();
        result.Error!.Kind.ShouldBe(IdentifierErrorKind.InvalidCharacter);
        result.Error.Position.ShouldBe(18);

        var wrong = UnifiedSocialCreditCode.Parse("91350100M000100Y44");
        wrong.Error!.Kind.ShouldBe(IdentifierErrorKind.WrongCheckCharacter);
        wrong.Error.Expected.ShouldBe("3");
    }

    [Theory]
    [InlineData("N2350104MA000000")]
    [InlineData("Y1")]
    [InlineData("A1")]
    public void Parse_LettersInFirstTwoPositions_Accepted(string prefix)
    {
        var body = (prefix + "350104MA2YXB8K0000")[..17];
        var code = body + UnifiedSocialCreditCode.CheckCharacter(body);

        UnifiedSocialCreditCode.Parse(code).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Parse_FullWidthLowerCaseAndSpaces_Normalised()
    {
        var result = UnifiedSocialCreditCode.Parse(" ９１３５０１００ｍ０００１００ｙ４３ ");

        result.Value!.Value.ShouldBe("91350100M000100Y43");
    }

    [Theory]
    [InlineData("", IdentifierErrorKind.Empty)]
    [InlineData("91350100M000100Y4", IdentifierErrorKind.WrongLength)]
    [InlineData("91350100I000100Y43", IdentifierErrorKind.InvalidCharacter)]
    [InlineData("91350100O000100Y43", IdentifierErrorKind.InvalidCharacter)]
    public void Parse_MalformedInput_SaysWhy(string input, IdentifierErrorKind kind)
    {
        UnifiedSocialCreditCode.Parse(input).Error!.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Parse_GeneratedCodeWithComputedCheck_IsValid()
    {
        ValidCodes.Sample(code => UnifiedSocialCreditCode.Parse(code).IsValid.ShouldBeTrue());
    }

    [Fact]
    public void Parse_AnySingleCharacterChanged_IsRejected()
    {
        var gen = from code in ValidCodes
                  from position in Gen.Int[0, 17]
                  from replacement in Gen.Char[UnifiedSocialCreditCode.Alphabet]
                  where code[position] != replacement
                  select (code, position, replacement);

        gen.Sample((code, position, replacement) =>
        {
            var changed = string.Concat(code.AsSpan(0, position), replacement.ToString(), code.AsSpan(position + 1));
            var result = UnifiedSocialCreditCode.Parse(changed);
            result.IsValid.ShouldBeFalse();
            result.Error!.Kind.ShouldBe(IdentifierErrorKind.WrongCheckCharacter);
        });
    }
}
