using System.Text.Json.Serialization;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Domain.Search;

/// <summary>The searchable fields of a patent; a query's field prefix names one (<see cref="SearchQueryParser"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchField>))]
public enum SearchField
{
    Title,
    Abstract,
    Applicant,
    Inventor,
    Agency,
    Ipc,
    Number,
}

/// <summary>
/// What the full-text index holds for one patent: the tokens of each field (<see cref="SearchTokenizer"/>), joined with
/// spaces. IPC symbols are indexed as one code each so that a prefix finds a class, subclass or group
/// (<see cref="IpcCode"/>); application, publication and grant numbers as their tokens.
/// </summary>
public sealed record PatentSearchDocument(string Title, string Abstract, string Applicants, string Inventors, string Agency, string Ipc, string Numbers)
{
    public static PatentSearchDocument Of(Patent patent) => Of(
        patent.Title, patent.Abstract, patent.Applicants.OrderBy(a => a.Order).Select(a => a.Name), patent.Inventors, patent.AgencyName,
        patent.IpcMain, patent.IpcFurther, patent.ApplicationNumber, patent.PublicationNumber, patent.GrantNumber);

    /// <summary>The document from the fields themselves (the rebuild reads only these, not whole patents).</summary>
    public static PatentSearchDocument Of(
        string title, string? @abstract, IEnumerable<string> applicants, string? inventors, string? agency,
        string? ipcMain, string? ipcFurther, string applicationNumber, string? publicationNumber, string? grantNumber) => new(
        Tokens(title),
        Tokens(@abstract),
        Tokens(string.Join(" ; ", applicants)),
        Tokens(inventors),
        Tokens(agency),
        string.Join(' ', IpcCodes(ipcMain, ipcFurther)),
        Tokens(string.Join(' ', applicationNumber, publicationNumber, grantNumber)));

    /// <summary>The fields in the index's column order.</summary>
    public IReadOnlyList<(SearchField Field, string Tokens)> Fields =>
    [
        (SearchField.Title, Title), (SearchField.Abstract, Abstract), (SearchField.Applicant, Applicants), (SearchField.Inventor, Inventors),
        (SearchField.Agency, Agency), (SearchField.Ipc, Ipc), (SearchField.Number, Numbers),
    ];

    /// <summary>
    /// An IPC symbol as one token that its broader symbols are prefixes of: subclass, main group padded to four digits,
    /// subgroup (H01M 10/0525 → h01m00100525), so <c>ipc:H01M</c>, <c>ipc:H01M10</c> and <c>ipc:H01M10/05</c> are
    /// prefix matches and H01M 10 never matches H01M 100.
    /// </summary>
    public static string IpcCode(IpcSymbol symbol) =>
        (symbol.SubclassSymbol + symbol.MainGroup.PadLeft(4, '0') + symbol.Subgroup).ToLowerInvariant();

    private static IEnumerable<string> IpcCodes(string? main, string? further)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in (string?[])[main, further])
        {
            if (IpcSymbol.ParseList(text) is { IsValid: true, Value: { } symbols })
            {
                foreach (var symbol in symbols)
                {
                    if (seen.Add(IpcCode(symbol)))
                    {
                        yield return IpcCode(symbol);
                    }
                }
            }
        }
    }

    private static string Tokens(string? text) => string.Join(' ', SearchTokenizer.Tokenize(text));
}
