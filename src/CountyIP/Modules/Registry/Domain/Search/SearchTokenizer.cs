using System.Globalization;
using System.Text;

namespace CountyIP.Modules.Registry.Domain.Search;

/// <summary>
/// Splits text into the tokens the full-text index holds and a query looks for (DESIGN.md, issue 13 §1): Chinese,
/// Japanese and Korean runs become overlapping two-character tokens (锂电池 → 锂电, 电池), so any two-character term is
/// a token and a longer one a phrase of them; Latin words and numbers stay whole (LiFePO4 → lifepo4). Text is
/// normalised first: full-width forms to ASCII (ＡＢＣ１２ → abc12, NFKC), lower case, Latin diacritics removed, so the
/// same word typed either way finds the same records. Both databases receive these tokens as they are: SQLite's
/// FTS5 table splits them on the spaces between them, PostgreSQL gets them as lexemes of a tsvector.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>A longer Latin word or number is cut here: no one types it, and a PostgreSQL lexeme has a size limit.</summary>
    public const int MaxWordLength = 60;

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string? text, List<string> tokens)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var normal = Normalise(text);
        var word = new StringBuilder();
        var cjk = new List<string>();
        foreach (var rune in normal.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                FlushWord(word, tokens);
                cjk.Add(rune.ToString());
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                FlushCjk(cjk, tokens);
                if (word.Length < MaxWordLength)
                {
                    word.Append(Rune.ToLowerInvariant(rune).ToString());
                }
            }
            else
            {
                FlushWord(word, tokens);
                FlushCjk(cjk, tokens);
            }
        }

        FlushWord(word, tokens);
        FlushCjk(cjk, tokens);
    }

    /// <summary>Full-width and compatibility forms folded (NFKC); Latin diacritics removed (é → e).</summary>
    public static string Normalise(string text)
    {
        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        if (!folded.Any(c => c is >= '\u00C0' and <= '\u024F'))
        {
            return folded;
        }

        var decomposed = folded.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Han (with the extension blocks and compatibility ideographs), kana and Hangul: scripts written without spaces.</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0x20000 and <= 0x3134F => true,
        >= 0x3040 and <= 0x30FF => true,
        >= 0x31F0 and <= 0x31FF => true,
        >= 0xAC00 and <= 0xD7AF => true,
        >= 0x1100 and <= 0x11FF => true,
        >= 0x3130 and <= 0x318F => true,
        _ => false,
    };

    private static void FlushWord(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }

    private static void FlushCjk(List<string> run, List<string> tokens)
    {
        if (run.Count == 1)
        {
            // A lone character (锂-ion) is kept as it is; a run of two or more is cut into overlapping pairs.
            tokens.Add(run[0]);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            tokens.Add(run[i] + run[i + 1]);
        }

        run.Clear();
    }
}
