using CountyIP.Modules.Registry.Domain;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>Display helpers shared by the registry pages.</summary>
internal static class RegistryLabels
{
    public static string Tags(IStringLocalizer text, PlanIndustry tags) =>
        string.Join('、', Enum.GetValues<PlanIndustry>().Where(t => t != PlanIndustry.None && tags.HasFlag(t)).Select(t => text[$"Enum_PlanIndustry_{t}"].Value));

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string StatusTone(PatentLegalStatus status) => status switch
    {
        PatentLegalStatus.Granted => "success",
        PatentLegalStatus.Pending => "info",
        _ => "secondary",
    };
}
