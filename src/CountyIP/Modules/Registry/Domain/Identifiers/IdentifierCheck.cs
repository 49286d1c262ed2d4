using System.Text.Json.Serialization;

namespace CountyIP.Modules.Registry.Domain.Identifiers;

/// <summary>Why an identifier was refused. The API and pages turn it into a localised message.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentifierErrorKind>))]
public enum IdentifierErrorKind
{
    Empty,
    WrongLength,
    InvalidCharacter,
    InvalidFormat,
    WrongCheckCharacter,
    MissingCheckCharacter,
    UnknownType,
    YearOutOfRange,
    OutOfRange,
}

/// <summary>
/// The reason an identifier is invalid. <see cref="Expected"/> carries the check character the body calls for
/// (for <see cref="IdentifierErrorKind.WrongCheckCharacter"/> and <see cref="IdentifierErrorKind.MissingCheckCharacter"/>);
/// <see cref="Position"/> is 1-based where a single character is at fault.
/// </summary>
public sealed record IdentifierError(IdentifierErrorKind Kind, string? Expected = null, int? Position = null, string? Found = null);

/// <summary>Outcome of parsing an identifier: the canonical value or the reason it was refused.</summary>
public readonly record struct IdentifierCheck<T>(T? Value, IdentifierError? Error)
    where T : class
{
    public bool IsValid => Error is null && Value is not null;
}

/// <summary>Factory for <see cref="IdentifierCheck{T}"/>.</summary>
public static class IdentifierCheck
{
    public static IdentifierCheck<T> Ok<T>(T value)
        where T : class => new(value, null);

    public static IdentifierCheck<T> Fail<T>(IdentifierErrorKind kind, string? expected = null, int? position = null, string? found = null)
        where T : class => new(null, new IdentifierError(kind, expected, position, found));
}

/// <summary>Clean-up every identifier parser applies to typed or imported text.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Full-width ASCII (U+FF01–U+FF5E, common in Chinese input methods and exports) becomes half-width, the
    /// ideographic space becomes a space, the ideographic full stop a dot; then trimmed and upper-cased.
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        Span<char> buffer = input.Length <= 256 ? stackalloc char[input.Length] : new char[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            buffer[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                '\u3002' => '.',
                _ => c,
            };
        }

        return new string(buffer).Trim().ToUpperInvariant();
    }

    /// <summary><see cref="Normalize"/> and every whitespace character removed.</summary>
    public static string Compact(string? input)
    {
        var normalized = Normalize(input);
        return string.Create(normalized.Count(c => !char.IsWhiteSpace(c)), normalized, static (span, source) =>
        {
            var j = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    span[j++] = c;
                }
            }
        });
    }
}
