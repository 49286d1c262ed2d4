using System.Globalization;
using System.Text;

namespace CountyIP.Modules.Import.Domain;

/// <summary>Clean-up of every imported cell (and header) before it is matched or handed to the Registry.</summary>
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
}
