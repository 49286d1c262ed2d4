using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CountyIP.IntegrationTests.Crawler;

/// <summary>
/// "Speaks the wrong language" (issue 9 §3): in the Chinese UI no Latin-script word outside a short allow-list; in the
/// English UI no Chinese in the page's own furniture (menu, headings, table headers, labels, buttons, status tags).
/// Data values (names, titles, identifiers) are the records' own words: an element marked <c>translate="no"</c> (the
/// HTML attribute for "do not translate this") is skipped in both checks, and the Chinese check ignores tokens glued
/// to digits, dots or slashes (application numbers, IPC symbols, user names such as demo.staff, file names).
/// </summary>
public static partial class PageLanguage
{
    /// <summary>Latin words that are the Chinese UI's own terms of art (abbreviations a Chinese officer reads as such).</summary>
    private static readonly HashSet<string> LatinAllowList = new(StringComparer.Ordinal)
    {
        "IPC", "PCT", "PDF", "API", "TOTP", "CNIPA", "WIPO", "Excel", "Word", "CSV", "UTF", "GB", "ID", "IP", "QR",
        "OpenAPI", "JSON", "URL", "HTTPS", "CountyIP", "SQLite", "PostgreSQL", "Bearer", "App", "xlsx", "docx", "pdf",
        "csv", "GBK", "ISO", "WO", "CN", "US", "EP", "JP", "KR", "DE", "GB", "FR",
    };

    /// <summary>Elements that never carry UI text a person reads, or carry data values only.</summary>
    private const string Skipped = "script, style, template, noscript, svg, code, pre, kbd, [translate='no']";

    /// <summary>
    /// Text in another language on purpose, marked with <c>lang</c>: the language switch's 中文/English, a record's
    /// English name column, a citation of the Chinese plan's clause numbering (二(二)1) in the English UI.
    /// </summary>
    private const string NotChinese = "[lang]:not([lang|='zh'])";

    private const string NotEnglish = "[lang]:not([lang|='en'])";

    /// <summary>The English page's own furniture; data cells (<c>td</c>, <c>dd</c>, links inside them) are not in it.</summary>
    private const string Furniture = "th, label, button, legend, summary, .badge, .cip-menu a, .cip-menu-group-title, h2, h3, h4, h5, h6, .form-text, .alert, .card-header, .breadcrumb-item:not(:last-child)";

    /// <summary>Latin words in the Chinese page's visible text, outside the allow-list.</summary>
    public static IReadOnlyList<string> LatinWords(IHtmlDocument page)
    {
        var text = VisibleText(page.Body, NotChinese);
        return LatinWord().Matches(text).Select(m => m.Value).Where(w => !LatinAllowList.Contains(w) && !IsAcronym(w)).Distinct().ToList();
    }

    /// <summary>Chinese text in the English page's furniture.</summary>
    public static IReadOnlyList<string> ChineseInFurniture(IHtmlDocument page)
    {
        var found = new List<string>();
        foreach (var element in page.QuerySelectorAll(Furniture))
        {
            if (element.Closest("[translate='no']") is not null || element.Closest("[lang]")?.GetAttribute("lang")?.StartsWith("en", StringComparison.Ordinal) == false)
            {
                continue;
            }

            var text = VisibleText(element, NotEnglish);
            if (Chinese().IsMatch(text))
            {
                found.Add(Shorten(text));
            }
        }

        return found.Distinct().ToList();
    }

    private static string VisibleText(IElement? root, string otherLanguage)
    {
        if (root is null)
        {
            return "";
        }

        var clone = (IElement)root.Clone(deep: true);
        foreach (var skipped in clone.QuerySelectorAll(Skipped + ", " + otherLanguage).ToList())
        {
            skipped.Remove();
        }

        return string.Join(' ', clone.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>LED, USB, JPEG, MB: capitals-only abbreviations are read as such in Chinese text (patent titles use them too).</summary>
    private static bool IsAcronym(string word) => word.Length <= 6 && word.All(char.IsAsciiLetterUpper);

    private static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= 60 ? collapsed : collapsed[..60] + "…";
    }

    // A word of two or more Latin letters not glued to a digit, dot, @, slash, colon or # (identifiers, file and user
    // names); a hyphenated code such as market-regulation is two words, so a code shown instead of a name is found.
    [GeneratedRegex(@"(?<![A-Za-z0-9._@/\\:#+])[A-Za-z]{2,}(?![A-Za-z0-9._@/\\:#+])")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\u3400-\u9fff\uf900-\ufaff]")]
    private static partial Regex Chinese();
}
