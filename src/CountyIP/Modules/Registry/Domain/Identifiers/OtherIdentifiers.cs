using System.Globalization;
using System.Text.RegularExpressions;

namespace CountyIP.Modules.Registry.Domain.Identifiers;

/// <summary>商标注册号: a plain serial (7-8 digits today; no fixed length is enforced), Madrid marks with a <c>G</c> prefix.</summary>
public sealed partial record TrademarkRegistrationNumber(string Value)
{
    public bool IsMadrid => Value.StartsWith('G');

    public override string ToString() => Value;

    public static IdentifierCheck<TrademarkRegistrationNumber> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<TrademarkRegistrationNumber>(IdentifierErrorKind.Empty);
        }

        return Pattern().IsMatch(text)
            ? IdentifierCheck.Ok<TrademarkRegistrationNumber>(new TrademarkRegistrationNumber(text))
            : IdentifierCheck.Fail<TrademarkRegistrationNumber>(IdentifierErrorKind.InvalidFormat, found: text);
    }

    [GeneratedRegex(@"^G?\d{1,9}$")]
    private static partial Regex Pattern();
}

/// <summary>软著登记号: <c>YYYY</c> + <c>SR</c> + 6-7 digit serial, e.g. <c>2023SR0879891</c>.</summary>
public sealed partial record SoftwareCopyrightNumber(string Value)
{
    public int Year => int.Parse(Value.AsSpan(0, 4), CultureInfo.InvariantCulture);

    public override string ToString() => Value;

    public static IdentifierCheck<SoftwareCopyrightNumber> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<SoftwareCopyrightNumber>(IdentifierErrorKind.Empty);
        }

        return Pattern().IsMatch(text)
            ? IdentifierCheck.Ok<SoftwareCopyrightNumber>(new SoftwareCopyrightNumber(text))
            : IdentifierCheck.Fail<SoftwareCopyrightNumber>(IdentifierErrorKind.InvalidFormat, found: text);
    }

    [GeneratedRegex(@"^\d{4}SR\d{6,7}$")]
    private static partial Regex Pattern();
}

/// <summary>软件著作权登记证书号: <c>软著登字第NNNNNNN号</c>.</summary>
public sealed partial record SoftwareCertificateNumber(string Value)
{
    public override string ToString() => Value;

    public static IdentifierCheck<SoftwareCertificateNumber> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<SoftwareCertificateNumber>(IdentifierErrorKind.Empty);
        }

        return Pattern().IsMatch(text)
            ? IdentifierCheck.Ok<SoftwareCertificateNumber>(new SoftwareCertificateNumber(text))
            : IdentifierCheck.Fail<SoftwareCertificateNumber>(IdentifierErrorKind.InvalidFormat, found: text);
    }

    [GeneratedRegex(@"^软著登字第\d{7,8}号$")]
    private static partial Regex Pattern();
}

/// <summary>
/// 作品登记号: national form <c>国作登字-YYYY-L-NNNNNNNN</c> is checked exactly. Provinces use their own prefix
/// (闽作登字…) whose layout is unverified (identifiers.md), so any <c>…作登字</c> number is kept as written.
/// </summary>
public sealed partial record WorksRegistrationNumber(string Value)
{
    public bool IsNational => Value.StartsWith("国作登字", StringComparison.Ordinal);

    public override string ToString() => Value;

    public static IdentifierCheck<WorksRegistrationNumber> Parse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<WorksRegistrationNumber>(IdentifierErrorKind.Empty);
        }

        if (text.StartsWith("国作登字", StringComparison.Ordinal))
        {
            return National().IsMatch(text)
                ? IdentifierCheck.Ok<WorksRegistrationNumber>(new WorksRegistrationNumber(text))
                : IdentifierCheck.Fail<WorksRegistrationNumber>(IdentifierErrorKind.InvalidFormat, found: text);
        }

        return Provincial().IsMatch(text)
            ? IdentifierCheck.Ok<WorksRegistrationNumber>(new WorksRegistrationNumber(text))
            : IdentifierCheck.Fail<WorksRegistrationNumber>(IdentifierErrorKind.InvalidFormat, found: text);
    }

    [GeneratedRegex(@"^国作登字-\d{4}-[A-Z]-\d{8}$")]
    private static partial Regex National();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,3}作登字[-\p{IsCJKUnifiedIdeographs}A-Z0-9]+$")]
    private static partial Regex Provincial();
}

/// <summary>
/// A standard number: national <c>GB</c>, <c>GB/T</c>, <c>GB/Z</c>; industry prefixes (<c>JB/T</c>, <c>SJ/T</c>…);
/// local <c>DB35/T</c>; group <c>T/XXX</c>. Canonical form: prefix, one space, number(.part), <c>-</c>, year,
/// e.g. <c>GB/T 4754-2017</c>.
/// </summary>
public sealed partial record StandardNumber
{
    private StandardNumber(string prefix, string number, string year)
    {
        Prefix = prefix;
        Number = number;
        Year = year;
        Value = $"{prefix} {number}-{year}";
    }

    public string Value { get; }

    public string Prefix { get; }

    public string Number { get; }

    public string Year { get; }

    /// <summary>GB, GB/T or GB/Z.</summary>
    public bool IsNational => Prefix is "GB" or "GB/T" or "GB/Z";

    public override string ToString() => Value;

    public static IdentifierCheck<StandardNumber> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<StandardNumber>(IdentifierErrorKind.Empty);
        }

        var match = Pattern().Match(text);
        return match.Success
            ? IdentifierCheck.Ok<StandardNumber>(new StandardNumber(match.Groups["prefix"].Value, match.Groups["number"].Value, match.Groups["year"].Value))
            : IdentifierCheck.Fail<StandardNumber>(IdentifierErrorKind.InvalidFormat, found: text);
    }

    [GeneratedRegex(@"^(?<prefix>(?:GB|DB\d{2,6}|T/[A-Z0-9]{2,12}|[A-Z]{2,3})(?:/[TZ])?)\s*(?<number>\d{1,6}(?:\.\d{1,3})*)\s*-\s*(?<year>\d{4}|\d{2})$")]
    private static partial Regex Pattern();
}

/// <summary>Nice classification (trademarks): classes 1-34 goods, 35-45 services.</summary>
public static class NiceClasses
{
    public const int Min = 1;

    public const int Max = 45;

    public static bool IsServices(int niceClass) => niceClass >= 35;

    /// <summary>
    /// Parses classes written as <c>9;35;42</c>, <c>第9类</c>, <c>09</c> (also <c>,</c>, <c>、</c>, spaces). The result is
    /// sorted without duplicates; an item outside 1-45 or not a number fails with its 1-based index as position.
    /// </summary>
    public static (IReadOnlyList<int>? Classes, IdentifierError? Error) Parse(string? input)
    {
        var text = IdentifierText.Normalize(input).Replace("第", string.Empty, StringComparison.Ordinal).Replace("类", string.Empty, StringComparison.Ordinal);
        var items = text.Split([';', ',', '、', ' ', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            return (null, new IdentifierError(IdentifierErrorKind.Empty));
        }

        var classes = new SortedSet<int>();
        for (var i = 0; i < items.Length; i++)
        {
            if (!int.TryParse(items[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return (null, new IdentifierError(IdentifierErrorKind.InvalidFormat, Position: i + 1, Found: items[i]));
            }

            if (value is < Min or > Max)
            {
                return (null, new IdentifierError(IdentifierErrorKind.OutOfRange, Position: i + 1, Found: items[i]));
            }

            classes.Add(value);
        }

        return ([.. classes], null);
    }
}
