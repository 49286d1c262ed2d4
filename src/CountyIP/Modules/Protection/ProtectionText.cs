using System.Globalization;
using System.Resources;

namespace CountyIP.Modules.Protection;

/// <summary>Marker for the protection module's strings (ProtectionText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class ProtectionText
{
    private static readonly ResourceManager Resources = new(typeof(ProtectionText));

    /// <summary>A string in the current UI culture, for the domain, which has no IStringLocalizer.</summary>
    internal static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
