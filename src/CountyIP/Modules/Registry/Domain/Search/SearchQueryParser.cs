using System.Text;
using System.Text.RegularExpressions;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Domain.Search;

/// <summary>One term of a query: its tokens (a phrase when more than one), the field it is limited to, and whether the last token is a prefix (<c>ipc:</c>).</summary>
public sealed record SearchTerm(SearchField? Field, IReadOnlyList<string> Tokens, bool Prefix, string Text);

/// <summary>
/// A parsed query: every group must match (AND), a group matches when any of its terms does (<c>OR</c>), and no
/// excluded term may match (<c>-</c>). <see cref="Words"/> are the tokens a result page highlights.
/// </summary>
public sealed record SearchExpression(IReadOnlyList<IReadOnlyList<SearchTerm>> Groups, IReadOnlyList<SearchTerm> Excluded)
{
    public IEnumerable<SearchTerm> Terms => Groups.SelectMany(g => g);

    /// <summary>The query as the engine reads it, for cache keys and logs.</summary>
    public override string ToString() =>
        string.Join(" AND ", Groups.Select(g => "(" + string.Join(" OR ", g.Select(Describe)) + ")"))
        + string.Concat(Excluded.Select(t => " NOT " + Describe(t)));

    private static string Describe(SearchTerm t) => $"{t.Field?.ToString() ?? "*"}:\"{string.Join(' ', t.Tokens)}\"{(t.Prefix ? "*" : string.Empty)}";
}

/// <summary>Why a query was refused: a code the UI turns into a sentence in the reader's language, and the part of the query at fault.</summary>
public sealed record SearchQueryError(SearchQueryErrorKind Kind, string? Found = null);

public enum SearchQueryErrorKind
{
    Empty,
    TooLong,
    TooManyTerms,
    TermTooShort,
    UnbalancedQuote,
    UnknownField,
    InvalidIpc,
    OnlyExclusions,
}

/// <summary>
/// Reads the query syntax a patent searcher expects (issue 13 §1): words are ANDed, <c>"quoted phrases"</c> (also
/// “中文引号”), <c>OR</c> between two terms, <c>-</c> before a term to exclude it, and field prefixes <c>ti:</c> title,
/// <c>ab:</c> abstract, <c>pa:</c> applicant, <c>in:</c> inventor, <c>ag:</c> agency, <c>no:</c> number and
/// <c>ipc:</c> classification (a prefix: <c>ipc:H01M</c> finds H01M 10/0525). A term of one character is refused
/// (a bigram index cannot answer it without reading everything), as are an empty query, more than
/// <see cref="MaxLength"/> characters or <see cref="MaxTerms"/> terms. An application number in any accepted form
/// and a bare IPC symbol (H01M10/0525) are recognised without a prefix.
/// </summary>
public static partial class SearchQueryParser
{
    public const int MaxLength = 200;

    public const int MaxTerms = 12;

    /// <summary>The prefixes, as typed, and the field each limits a term to.</summary>
    public static readonly IReadOnlyDictionary<string, SearchField> Prefixes = new Dictionary<string, SearchField>(StringComparer.OrdinalIgnoreCase)
    {
        ["ti"] = SearchField.Title,
        ["ab"] = SearchField.Abstract,
        ["pa"] = SearchField.Applicant,
        ["in"] = SearchField.Inventor,
        ["ag"] = SearchField.Agency,
        ["ipc"] = SearchField.Ipc,
        ["no"] = SearchField.Number,
    };

    public static (SearchExpression? Expression, SearchQueryError? Error) Parse(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length > MaxLength)
        {
            return Fail(SearchQueryErrorKind.TooLong, MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        text = SearchTokenizer.Normalise(text).Replace('“', '"').Replace('”', '"').Replace('＂', '"');
        if (text.Count(c => c == '"') % 2 != 0)
        {
            return Fail(SearchQueryErrorKind.UnbalancedQuote);
        }

        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var joinNext = false;
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }

            SearchField? field = null;
            var prefix = FieldPrefix().Match(text, i);
            if (prefix.Success && prefix.Index == i)
            {
                var name = prefix.Groups[1].Value;
                if (!Prefixes.TryGetValue(name, out var f))
                {
                    return Fail(SearchQueryErrorKind.UnknownField, name + ":");
                }

                field = f;
                i += prefix.Length;
            }

            string body;
            var quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    // Even in number, but a quote inside a word (12"屏幕) took this one's partner.
                    return Fail(SearchQueryErrorKind.UnbalancedQuote);
                }

                body = text[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                body = text[i..end];
                i = end;
            }

            if (!quoted && !negated && field is null && body == "OR")
            {
                joinNext = groups.Count > 0;
                continue;
            }

            var (term, error) = Term(field, body.Trim(), quoted);
            if (error is not null)
            {
                return (null, error);
            }

            if (term is null)
            {
                // Punctuation alone (a stray dash or colon) says nothing.
                joinNext = false;
                continue;
            }

            if (++count > MaxTerms)
            {
                return Fail(SearchQueryErrorKind.TooManyTerms, MaxTerms.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (negated)
            {
                excluded.Add(term);
            }
            else if (joinNext)
            {
                groups[^1].Add(term);
            }
            else
            {
                groups.Add([term]);
            }

            joinNext = false;
        }

        if (groups.Count == 0)
        {
            return Fail(excluded.Count > 0 ? SearchQueryErrorKind.OnlyExclusions : SearchQueryErrorKind.Empty);
        }

        return (new SearchExpression([.. groups], excluded), null);
    }

    private static (SearchTerm? Term, SearchQueryError? Error) Term(SearchField? field, string body, bool quoted)
    {
        if (field == SearchField.Ipc || (field is null && !quoted && BareIpc().IsMatch(body)))
        {
            return Ipc(body);
        }

        if ((field is null or SearchField.Number) && !quoted && PatentApplicationNumber.Parse(body) is { IsValid: true, Value: { } number })
        {
            return (new SearchTerm(SearchField.Number, SearchTokenizer.Tokenize(number.Value), false, body), null);
        }

        var tokens = SearchTokenizer.Tokenize(body);
        if (tokens.Count == 0)
        {
            return (null, null);
        }

        // One character in all (电, A, 7) would need every record read: refused with a message instead (issue 13 §1).
        if (tokens.Count == 1 && new System.Globalization.StringInfo(tokens[0]).LengthInTextElements < 2)
        {
            return (null, new SearchQueryError(SearchQueryErrorKind.TermTooShort, body));
        }

        return (new SearchTerm(field, tokens, false, body), null);
    }

    /// <summary>An IPC prefix: section, class, subclass, main group, subgroup, each optional after the one before.</summary>
    private static (SearchTerm? Term, SearchQueryError? Error) Ipc(string body)
    {
        var symbol = Regex.Replace(body.ToUpperInvariant(), @"\s+", string.Empty);
        var match = IpcPrefix().Match(symbol);
        if (!match.Success || symbol.Length == 0)
        {
            return (null, new SearchQueryError(SearchQueryErrorKind.InvalidIpc, body));
        }

        var code = new StringBuilder();
        code.Append(match.Groups["section"].Value).Append(match.Groups["class"].Value).Append(match.Groups["subclass"].Value);
        if (match.Groups["group"].Success)
        {
            code.Append(match.Groups["group"].Value.TrimStart('0').PadLeft(4, '0'));
        }

        if (match.Groups["subgroup"].Success)
        {
            code.Append(match.Groups["subgroup"].Value);
        }

        return (new SearchTerm(SearchField.Ipc, [code.ToString().ToLowerInvariant()], true, body), null);
    }

    private static (SearchExpression?, SearchQueryError?) Fail(SearchQueryErrorKind kind, string? found = null) => (null, new SearchQueryError(kind, found));

    [GeneratedRegex(@"([A-Za-z]{1,4}):")]
    private static partial Regex FieldPrefix();

    [GeneratedRegex(@"^(?<section>[A-H])(?:(?<class>\d{2})(?:(?<subclass>[A-Z])(?:(?<group>\d{1,4})(?:/(?<subgroup>\d{1,6}))?)?)?)?$")]
    private static partial Regex IpcPrefix();

    /// <summary>A subclass or a full symbol typed without a prefix (H01M, H01M10/0525): read as <c>ipc:</c>.</summary>
    [GeneratedRegex(@"^[A-H]\d{2}[A-Z](\s*\d{1,4}(/\d{1,6})?)?$")]
    private static partial Regex BareIpc();
}
