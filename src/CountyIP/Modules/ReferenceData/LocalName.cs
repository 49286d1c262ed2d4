using System.Globalization;

namespace CountyIP.Modules.ReferenceData;

/// <summary>Reference rows carry a Chinese and an English name; people see the one of their UI language.</summary>
internal static class LocalName
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Pick(string zh, string en) => IsChinese || string.IsNullOrWhiteSpace(en) ? zh : en;
}
