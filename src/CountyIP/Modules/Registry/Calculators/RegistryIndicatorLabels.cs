using CountyIP.Modules.Indicators.Contracts;
using Reference = CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.Registry.Domain;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>
/// The names the registry's indicators show instead of codes (issue 9: "盖山镇", not 350104103; "新能源", not NewEnergy):
/// units from the district's reference data, the plan industries from the <c>industry-tag</c> code list the bureau
/// edits (the registry's own names when an entry is missing), enum values from the registry's texts. One instance per
/// request (scoped), so the reference data is read once however many calculators ask; the calculators await their
/// queries one after another, so sharing the request's DbContext is safe.
/// </summary>
internal sealed class RegistryIndicatorLabels(Reference.IReferenceDirectory reference)
{
    private const string IndustryList = "industry-tag";

    private Dictionary<string, Reference.UnitInfo>? units;
    private Dictionary<string, Reference.DictionaryEntryInfo>? industries;

    /// <summary>Whether values are written in Chinese: the request's UI language (the report job sets zh-CN).</summary>
    public static bool IsChinese => Platform.Localization.LocalizedName.IsChinese;

    /// <summary>The text in the current UI language.</summary>
    public static string Local(IndicatorText text) => text.Pick(IsChinese);

    /// <summary>An enum value's name in the current UI language, from the registry's <c>Enum_{Type}_{Value}</c> texts.</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        Local(RegistryIndicatorsText.Registry(Platform.Localization.EnumNames.Key(value)));

    /// <summary>Yes / no in the current UI language.</summary>
    public static string YesNo(bool value) => Local(RegistryIndicatorsText.Get(value ? "Value_Yes" : "Value_No"));

    /// <summary>The unit's name in both languages; "no unit" when null, the code itself when it is not a known unit.</summary>
    public async Task<IndicatorText> UnitAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RegistryIndicatorsText.Get("Unit_None");
        }

        units ??= (await reference.ListUnitsAsync(null, cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        return units.TryGetValue(code, out var unit)
            ? new IndicatorText(unit.NameZh, string.IsNullOrWhiteSpace(unit.NameEn) ? unit.NameZh : unit.NameEn)
            : new IndicatorText(code, code);
    }

    /// <summary>The unit's name in the current UI language (empty for no unit, as the registry lists show it).</summary>
    public async Task<string?> UnitNameAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(code) ? null : Local(await UnitAsync(code, cancellationToken));

    /// <summary>One plan industry's name in both languages.</summary>
    public async Task<IndicatorText> IndustryAsync(PlanIndustry industry, CancellationToken cancellationToken)
    {
        industries ??= (await reference.ListDictionaryAsync(IndustryList, activeOnly: false, cancellationToken))
            .ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        return industries.TryGetValue(IndustryCode(industry), out var entry)
            ? new IndicatorText(entry.NameZh, string.IsNullOrWhiteSpace(entry.NameEn) ? entry.NameZh : entry.NameEn)
            : RegistryIndicatorsText.Registry($"Enum_PlanIndustry_{industry}");
    }

    /// <summary>The industries of a tag set in the current UI language (null when untagged).</summary>
    public async Task<string?> IndustriesAsync(PlanIndustry tags, CancellationToken cancellationToken)
    {
        if (tags == PlanIndustry.None)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var industry in System.Enum.GetValues<PlanIndustry>().Where(i => i != PlanIndustry.None && tags.HasFlag(i)))
        {
            names.Add(Local(await IndustryAsync(industry, cancellationToken)));
        }

        return string.Join(IsChinese ? "、" : ", ", names);
    }

    /// <summary>
    /// The code of <paramref name="industry"/> in the <c>industry-tag</c> list (ReferenceData/dictionaries.json):
    /// the enum name in kebab case (NewEnergy → new-energy).
    /// </summary>
    internal static string IndustryCode(PlanIndustry industry)
    {
        var name = industry.ToString();
        var code = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }
}
