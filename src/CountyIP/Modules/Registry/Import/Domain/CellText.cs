using System.Globalization;
using System.Text;

namespace CountyIP.Modules.Registry.Import.Domain;

/// <summary>Clean-up of every imported cell and the date forms exports use.</summary>
public static class CellText
{
    /// <summary>
    /// Full-width digits and letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A) become half-width, ideographic and
    /// no-break spaces become spaces, runs of whitespace one space, and the ends are trimmed. Full-width punctuation is
    /// kept: registered names are written with （） and must still match exactly.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (IsClean(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var raw in value)
        {
            var c = raw switch
            {
                >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(raw - 0xFEE0),
                '\u3000' or '\u00A0' or '\t' or '\r' or '\n' => ' ',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Most cells need nothing: no full-width letter or digit, no space at the ends, no other whitespace than single spaces.</summary>
    private static bool IsClean(string value)
    {
        if (value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c is >= '\uFF10' and <= '\uFF5A' or '\u3000' or '\u00A0' || (c < ' ' && c != ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a list cell on <c>;</c> or <c>；</c> (CNIPA exports join applicants and inventors so).</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrEmpty(value)
            ? []
            : value.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// A date written as 2013-05-01, 2013/5/1, 2013.05.01, 2013年5月1日 or 20130501, or an Excel serial number (days
    /// since 1899-12-30; Excel's phantom 1900-02-29 makes serials below 61 one day off, which no filing date reaches).
    /// A year with a point and one or two digits (2013.5) is not taken as a serial: it reads as a mistyped date.
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (IsPlainNumber(text) && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            if (serial is < 1 or >= 2958466)
            {
                return false;
            }

            date = ExcelEpoch.AddDays((int)Math.Floor(serial));
            return true;
        }

        // A date cell that also carries a time of day ("2013-05-01 00:00:00").
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            text = text[..space];
        }

        var parts = text.Split(['-', '/', '.', '年', '月', '日'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && Set(new DateOnly(y, m, d), out date);
    }

    /// <summary>Digits with at most one decimal point and at most 7 integer digits: an Excel serial (a time of day after the point).</summary>
    private static bool IsPlainNumber(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        return integer.Length is >= 1 and <= 7 && integer.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit)
            && (dot < 0 || fraction.Length > 2 || integer.Length != 4);
    }

    private static bool Set(DateOnly value, out DateOnly date)
    {
        date = value;
        return true;
    }

    /// <summary>Yes/no in the forms exports and people write (是/否, Y/N, true/false, 1/0, 有/无).</summary>
    public static bool? ParseYesNo(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "是" or "有" or "Y" or "YES" or "TRUE" or "1" or "√" => true,
        "否" or "无" or "N" or "NO" or "FALSE" or "0" => false,
        _ => null,
    };
}
