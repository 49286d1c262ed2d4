using System.Globalization;
using System.Resources;

namespace CountyIP.Modules.Protection;

/// <summary>Marker for the protection module's strings (ProtectionText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class ProtectionText
{
    private static readonly ResourceManager Resources = new(typeof(ProtectionText));

    /// <summary>A string in the current UI culture, for the domain, which has no IStringLocalizer.</summary>
    internal static string Get(string key) => Get(key, CultureInfo.CurrentUICulture);

    /// <summary>A string in a given culture (official documents are written in Chinese whatever the screen language).</summary>
    internal static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? key;
}
