using System.Text.RegularExpressions;

namespace CountyIP.Modules.Registry.Domain.Identifiers;

/// <summary>
/// An International Patent Classification symbol: section A-H, two-digit class, subclass letter, main group
/// <c>/</c> subgroup, canonical <c>H01M 10/0525</c>. Exports drop the space and may append the version
/// <c>(2006.01)</c>; lists are joined with <c>;</c>.
/// </summary>
public sealed partial record IpcSymbol
{
    private IpcSymbol(char section, string @class, char subclass, string group, string subgroup)
    {
        Section = section;
        Class = @class;
        Subclass = subclass;
        MainGroup = group;
        Subgroup = subgroup;
        Value = $"{section}{@class}{subclass} {group}/{subgroup}";
    }

    /// <summary>Canonical form, e.g. <c>H01M 10/0525</c>.</summary>
    public string Value { get; }

    public char Section { get; }

    public string Class { get; }

    public char Subclass { get; }

    public string MainGroup { get; }

    public string Subgroup { get; }

    /// <summary>Section, class and subclass, e.g. <c>H01M</c>.</summary>
    public string SubclassSymbol => $"{Section}{Class}{Subclass}";

    public override string ToString() => Value;

    public static IdentifierCheck<IpcSymbol> Parse(string? input)
    {
        var text = IdentifierText.Normalize(input);
        text = VersionSuffix().Replace(text, string.Empty).Trim();
        if (text.Length == 0)
        {
            return IdentifierCheck.Fail<IpcSymbol>(IdentifierErrorKind.Empty);
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return IdentifierCheck.Fail<IpcSymbol>(IdentifierErrorKind.InvalidFormat, found: text);
        }

        return IdentifierCheck.Ok<IpcSymbol>(new IpcSymbol(
            match.Groups[1].Value[0],
            match.Groups[2].Value,
            match.Groups[3].Value[0],
            match.Groups[4].Value.TrimStart('0') is { Length: > 0 } g ? g : "0",
            match.Groups[5].Value));
    }

    /// <summary>
    /// Parses a list joined with <c>;</c> (also full-width <c>；</c> or <c>,</c>). Empty items are skipped and
    /// duplicates dropped. The first invalid item fails the list; <see cref="IdentifierError.Position"/> is its 1-based index.
    /// </summary>
    public static IdentifierCheck<IReadOnlyList<IpcSymbol>> ParseList(string? input)
    {
        var items = IdentifierText.Normalize(input).Split([';', ',', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<IpcSymbol>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var parsed = Parse(items[i]);
            if (!parsed.IsValid)
            {
                return IdentifierCheck.Fail<IReadOnlyList<IpcSymbol>>(parsed.Error!.Kind, position: i + 1, found: items[i]);
            }

            if (!result.Contains(parsed.Value!))
            {
                result.Add(parsed.Value!);
            }
        }

        return IdentifierCheck.Ok<IReadOnlyList<IpcSymbol>>(result);
    }

    [GeneratedRegex(@"\s*\(\s*\d{4}\s*\.\s*\d{2}\s*\)\s*$")]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"^([A-H])(\d{2})([A-Z])\s*(\d{1,4})\s*/\s*(\d{2,6})$")]
    private static partial Regex Pattern();
}
