using System.Globalization;
using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Plans;

/// <summary>Plans carry Chinese and English texts; people see the one of their UI language.</summary>
internal static class LocalName
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Pick(LocalizedText text) => IsChinese || string.IsNullOrWhiteSpace(text.En) ? text.Zh : text.En;
}
