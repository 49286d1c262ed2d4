using System.Text.Json.Serialization;

namespace CountyIP.Modules.Registry.Domain.Search;

/// <summary>The registers searched beside the patents with the same engine (issue 13 §1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchRecordKind>))]
public enum SearchRecordKind
{
    Trademark,
    Copyright,
    Enterprise,
}

/// <summary>
/// What the full-text index holds for a trademark, a copyright registration or an enterprise: four fields that a
/// query's prefixes reach as they do a patent's — <c>ti:</c> the name (the mark, the work's title, the enterprise's
/// name), <c>pa:</c> the holder (owner), <c>ab:</c> the detail (Nice classes, the address), <c>no:</c> the numbers
/// (registration and certificate numbers, the credit code). Inventors, agencies and IPC are patents' alone.
/// </summary>
public sealed record RecordSearchDocument(string Name, string Holder, string Detail, string Numbers)
{
    /// <summary>The fields a record has, in the index's column order; a prefix outside them is refused.</summary>
    public static readonly IReadOnlyList<SearchField> Searchable = [SearchField.Title, SearchField.Applicant, SearchField.Abstract, SearchField.Number];

    public static RecordSearchDocument Of(Trademark t) => new(Tokens(t.Mark), Tokens(t.OwnerName), Tokens(t.NiceClasses), Tokens(t.RegistrationNumber));

    public static RecordSearchDocument Of(CopyrightRegistration c) => new(Tokens(c.Title), Tokens(c.OwnerName), string.Empty, Tokens($"{c.RegistrationNumber} {c.CertificateNumber}"));

    public static RecordSearchDocument Of(Enterprise e) => new(Tokens(e.Name), string.Empty, Tokens(e.Address), Tokens(e.CreditCode));

    /// <summary>The fields in the index's column order.</summary>
    public IReadOnlyList<string> Fields => [Name, Holder, Detail, Numbers];

    private static string Tokens(string? text) => string.Join(' ', SearchTokenizer.Tokenize(text));
}
