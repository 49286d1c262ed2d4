using System.Globalization;
using System.Resources;

namespace CountyIP.Modules.Indicators;

/// <summary>Marker for the indicators module's strings (IndicatorsText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class IndicatorsText
{
    private static readonly ResourceManager Resources = new(typeof(IndicatorsText));

    /// <summary>A string in the current UI culture, for the domain, which has no IStringLocalizer.</summary>
    internal static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>A string in a given culture, for texts that carry both languages (definitions).</summary>
    internal static string GetIn(string key, string culture) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(culture)) ?? key;

    internal static bool IsChinese => Platform.Localization.LocalizedName.IsChinese;
}
