using System.Text.Json.Serialization;
using System.Globalization;

namespace CountyIP.Modules.Registry.Domain.Identifiers;

/// <summary>The three patent types of the Patent Law (art. 2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatentType>))]
public enum PatentType
{
    Invention = 1,
    UtilityModel = 2,
    Design = 3,
}

/// <summary>
/// A Chinese patent application number (专利申请号, ZC 0006-2003). Current form (from 2003-10-01):
/// <c>YYYYTNNNNNNN.C</c>; old form (1989 – 2003-09-30): <c>YYTNNNNN.C</c>; 1985-1988: <c>YYTNNNNN</c> with no
/// check character. T: 1 invention, 2 utility model, 3 design, 8 PCT invention entering China, 9 PCT utility model.
/// Input may carry a <c>CN</c> (databases) or <c>ZL</c> (certificates, 专利号) prefix, spaces, full-width characters,
/// and may lack the dot; <see cref="Value"/> is always the canonical form.
/// </summary>
public sealed record PatentApplicationNumber
{
    /// <summary>Weights for the current 12-digit body; the old 8-digit body uses the first eight (2..9).</summary>
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    private PatentApplicationNumber(string body, char? check, int filingYear, PatentType type, bool viaPct)
    {
        Body = body;
        Check = check;
        FilingYear = filingYear;
        Type = type;
        ViaPct = viaPct;
        Value = check is null ? body : string.Concat(body, ".", check.Value.ToString());
    }

    /// <summary>Canonical form, e.g. <c>201710601862.3</c>, <c>95115608.X</c>, <c>87100123</c>.</summary>
    public string Value { get; }

    /// <summary>The 12 or 8 digits before the dot.</summary>
    public string Body { get; }

    /// <summary>Null only for 1985-1988 numbers, which were issued without one.</summary>
    public char? Check { get; }

    public int FilingYear { get; }

    public PatentType Type { get; }

    /// <summary>Type digit 8 or 9: an international (PCT) application entering the Chinese national phase.</summary>
    public bool ViaPct { get; }

    public bool IsOldForm => Body.Length == 8;

    public override string ToString() => Value;

    public static IdentifierCheck<PatentApplicationNumber> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.StartsWith("CN", StringComparison.Ordinal) || text.StartsWith("ZL", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length == 0)
        {
            return Fail(IdentifierErrorKind.Empty);
        }

        string body;
        char? check;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            body = text[..dot];
            var tail = text[(dot + 1)..];
            if (tail.Length != 1)
            {
                return Fail(IdentifierErrorKind.InvalidFormat);
            }

            check = tail[0];
        }
        else if (text.Length is 13 or 9)
        {
            // The dot is often missing in exports (2013105039145).
            body = text[..^1];
            check = text[^1];
        }
        else
        {
            body = text;
            check = null;
        }

        for (var i = 0; i < body.Length; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                return Fail(IdentifierErrorKind.InvalidCharacter, position: i + 1, found: body[i].ToString());
            }
        }

        if (body.Length is not (12 or 8))
        {
            return Fail(IdentifierErrorKind.WrongLength, found: body.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (check is { } c && !(char.IsAsciiDigit(c) || c == 'X'))
        {
            return Fail(IdentifierErrorKind.InvalidCharacter, position: body.Length + 2, found: c.ToString());
        }

        var current = body.Length == 12;
        var year = current ? int.Parse(body.AsSpan(0, 4), CultureInfo.InvariantCulture) : OldFormYear(int.Parse(body.AsSpan(0, 2), CultureInfo.InvariantCulture));
        // The 12-digit form exists from 2003-10-01 (ZC 0006-2003); the 8-digit form covers 1985 – 2003-09-30.
        if (current ? year < 2003 : year is < 1985 or > 2003)
        {
            return Fail(IdentifierErrorKind.YearOutOfRange, found: year.ToString(CultureInfo.InvariantCulture));
        }

        var typeDigit = body[current ? 4 : 2];
        (PatentType Type, bool Pct)? kind = typeDigit switch
        {
            '1' => (PatentType.Invention, false),
            '2' => (PatentType.UtilityModel, false),
            '3' => (PatentType.Design, false),
            '8' => (PatentType.Invention, true),
            '9' => (PatentType.UtilityModel, true),
            _ => null,
        };
        if (kind is null)
        {
            return Fail(IdentifierErrorKind.UnknownType, position: current ? 5 : 3, found: typeDigit.ToString());
        }

        var expected = CheckCharacter(body);
        var noCheckEra = !current && year <= 1988;
        if (check is null)
        {
            // 1985-1988 numbers were issued without a check character.
            return noCheckEra
                ? IdentifierCheck.Ok<PatentApplicationNumber>(new PatentApplicationNumber(body, null, year, kind.Value.Type, kind.Value.Pct))
                : Fail(IdentifierErrorKind.MissingCheckCharacter, expected.ToString());
        }

        return check == expected
            ? IdentifierCheck.Ok<PatentApplicationNumber>(new PatentApplicationNumber(body, check, year, kind.Value.Type, kind.Value.Pct))
            : Fail(IdentifierErrorKind.WrongCheckCharacter, expected.ToString(), body.Length + 2, check.ToString());
    }

    /// <summary>
    /// Σ digit·weight (weights 2,3,4,5,6,7,8,9,2,3,4,5; old form 2..9) mod 11; 10 is written X. The plain remainder,
    /// not 11 − r (ZC 0006-2003 as restated at dfrtw.com/zhuanlichaxun/31487.html).
    /// </summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length is not (12 or 8))
        {
            throw new ArgumentException("The body has 12 or 8 digits.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                throw new ArgumentException("The body is digits only.", nameof(body));
            }

            sum += (body[i] - '0') * Weights[i];
        }

        var r = sum % 11;
        return r == 10 ? 'X' : (char)('0' + r);
    }

    private static int OldFormYear(int yy) => yy >= 85 ? 1900 + yy : 2000 + yy;

    private static IdentifierCheck<PatentApplicationNumber> Fail(IdentifierErrorKind kind, string? expected = null, int? position = null, string? found = null) =>
        IdentifierCheck.Fail<PatentApplicationNumber>(kind, expected, position, found);
}
