namespace CountyIP.Modules.Registry.Domain.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z).
/// Position 1 is the registration authority, 2 the organisation type — both may be letters (N…, Y…, A…) —,
/// 3-8 the division code, 9-17 the organisation code, 18 the check character.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const int Length = 18;

    /// <summary>Wi = 3^(i-1) mod 31, i = 1..17 (GB 32100-2015 §5).</summary>
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Registration authority code (position 1), e.g. '9' market regulation, '1' 机构编制, 'N' agriculture.</summary>
    public char Authority => Value[0];

    /// <summary>Organisation type within the authority (position 2).</summary>
    public char OrganisationType => Value[1];

    /// <summary>Division code of the registering authority (positions 3-8), e.g. 350104 Cangshan.</summary>
    public string DivisionCode => Value[2..8];

    /// <summary>Organisation code (GB 11714, positions 9-17).</summary>
    public string OrganisationCode => Value[8..17];

    public override string ToString() => Value;

    public static IdentifierCheck<UnifiedSocialCreditCode> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<UnifiedSocialCreditCode>(IdentifierErrorKind.Empty);
        }

        if (text.Length != Length)
        {
            return IdentifierCheck.Fail<UnifiedSocialCreditCode>(IdentifierErrorKind.WrongLength, found: text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                return IdentifierCheck.Fail<UnifiedSocialCreditCode>(IdentifierErrorKind.InvalidCharacter, position: i + 1, found: text[i].ToString());
            }
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        return text[Length - 1] == expected
            ? IdentifierCheck.Ok<UnifiedSocialCreditCode>(new UnifiedSocialCreditCode(text))
            : IdentifierCheck.Fail<UnifiedSocialCreditCode>(IdentifierErrorKind.WrongCheckCharacter, expected.ToString(), Length, text[Length - 1].ToString());
    }

    /// <summary>C18 = (31 - Σ Ci·Wi mod 31) mod 31, mapped back through the alphabet.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != Length - 1)
        {
            throw new ArgumentException("The body has 17 characters.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{body[i]}' is not in the code alphabet.", nameof(body));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
