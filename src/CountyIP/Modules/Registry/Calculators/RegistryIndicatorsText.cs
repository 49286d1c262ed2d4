using System.Globalization;
using System.Resources;
using CountyIP.Modules.Indicators.Contracts;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>Marker for the definitions of the registry's indicators (both languages travel with each value).</summary>
public sealed class RegistryIndicatorsText
{
    private static readonly ResourceManager Resources = new(typeof(RegistryIndicatorsText));
    private static readonly ResourceManager RegistryResources = new(typeof(RegistryText));

    internal static IndicatorText Get(string key) => new(
        Resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN")) ?? key,
        Resources.GetString(key, CultureInfo.GetCultureInfo("en")) ?? key);

    /// <summary>A label of the registry's own texts (enum names), so both modules' pages say the same.</summary>
    internal static IndicatorText Registry(string key) => new(
        RegistryResources.GetString(key, CultureInfo.GetCultureInfo("zh-CN")) ?? key,
        RegistryResources.GetString(key, CultureInfo.GetCultureInfo("en")) ?? key);
}
