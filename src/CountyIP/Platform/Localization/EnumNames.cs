using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Localization;

/// <summary>
/// Enums are shown by their localized names, never raw (house rule): the name of <c>Kind.Value</c> is the resx entry
/// <c>Enum_Kind_Value</c> of the module's (or the shared) string table, in zh-CN and en. One place for the key scheme,
/// so a page writes <c>@T.EnumName(item.Level)</c> instead of assembling keys.
/// </summary>
public static class EnumNames
{
    public static string EnumName<TEnum>(this IStringLocalizer localizer, TEnum value)
        where TEnum : struct, Enum => localizer[Key(value)];

    /// <summary>The name, or empty for no value.</summary>
    public static string EnumName<TEnum>(this IStringLocalizer localizer, TEnum? value)
        where TEnum : struct, Enum => value is { } v ? localizer[Key(v)] : string.Empty;

    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => Key((Enum)value);

    /// <summary>The key of a value whose type is known only at run time (an export's enum column).</summary>
    public static string Key(Enum value) => $"Enum_{value.GetType().Name}_{value}";
}
