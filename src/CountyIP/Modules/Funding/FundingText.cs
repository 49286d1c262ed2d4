using System.Globalization;
using System.Resources;

namespace CountyIP.Modules.Funding;

/// <summary>Marker for the Special fund strings (FundingText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class FundingText
{
    private static readonly ResourceManager Resources = new(typeof(FundingText));

    /// <summary>A string in the current UI culture, for input rules (<c>IValidatableObject</c>), which have no IStringLocalizer.</summary>
    internal static string Get(string key, params object[] arguments)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments);
    }
}
