using System.Globalization;
using System.Resources;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.UseCases.Validation;

/// <summary>
/// The one wording of an identifier error (why, and the expected check character), in the current UI culture: used by
/// the identifier attributes on commands (API and pages, ADR 0018) and by <see cref="InputErrors"/> (handlers, import rows).
/// </summary>
internal static class IdentifierMessages
{
    private static readonly ResourceManager Text = new(typeof(RegistryText));

    public static string Describe(IdentifierError error) => error.Kind switch
    {
        IdentifierErrorKind.Empty => Get("Error_Required"),
        IdentifierErrorKind.WrongLength => Get("Error_WrongLength", error.Found ?? string.Empty),
        IdentifierErrorKind.InvalidCharacter => Get("Error_InvalidCharacter", error.Found ?? string.Empty, error.Position ?? 0),
        IdentifierErrorKind.WrongCheckCharacter => Get("Error_WrongCheckCharacter", error.Found ?? string.Empty, error.Expected ?? string.Empty),
        IdentifierErrorKind.MissingCheckCharacter => Get("Error_MissingCheckCharacter", error.Expected ?? string.Empty),
        IdentifierErrorKind.UnknownType => Get("Error_UnknownPatentType", error.Found ?? string.Empty),
        IdentifierErrorKind.YearOutOfRange => Get("Error_YearOutOfRange", error.Found ?? string.Empty),
        IdentifierErrorKind.OutOfRange => Get("Error_OutOfRange", error.Found ?? string.Empty),
        _ => error.Position is { } p ? Get("Error_InvalidFormatItem", error.Found ?? string.Empty, p) : Get("Error_InvalidFormat", error.Found ?? string.Empty),
    };

    private static string Get(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Text.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
