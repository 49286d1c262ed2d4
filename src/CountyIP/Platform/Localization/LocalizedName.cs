using System.Globalization;

namespace CountyIP.Platform.Localization;

/// <summary>
/// Reference rows (units, departments, code lists, plan texts) carry a Chinese and an English name; a person sees the
/// one of their UI language, and the Chinese one when no English name was given.
/// </summary>
public static class LocalizedName
{
    /// <summary>True when the request's UI language is Chinese (the default).</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name in the current UI language.</summary>
    public static string Pick(string zh, string? en) => IsChinese || string.IsNullOrWhiteSpace(en) ? zh : en;
}
