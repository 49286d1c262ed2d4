using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Plans;

/// <summary>Plans carry Chinese and English texts; people see the one of their UI language.</summary>
internal static class LocalName
{
    public static bool IsChinese => Platform.Localization.LocalizedName.IsChinese;

    public static string Pick(LocalizedText text) => Platform.Localization.LocalizedName.Pick(text.Zh, text.En);
}
