namespace CountyIP.Modules.ReferenceData;

/// <summary>Reference rows carry a Chinese and an English name; people see the one of their UI language.</summary>
internal static class LocalName
{
    public static bool IsChinese => Platform.Localization.LocalizedName.IsChinese;

    public static string Pick(string zh, string en) => Platform.Localization.LocalizedName.Pick(zh, en);
}
