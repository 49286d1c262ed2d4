using CountyIP.Modules.ReferenceData.Contracts;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Unit names for the indicator pages (issue 9: "盖山镇", never 350104103): the TownLiaison's scope on the dashboard,
/// the unit of a figure reported by hand. Read once per request from the reference data; a code that is no known
/// unit stays the code, no code is the whole district.
/// </summary>
internal sealed class IndicatorUnitNames(IReferenceDirectory directory)
{
    private Dictionary<string, UnitInfo>? units;

    /// <summary>The unit's name in the current UI language; "the district" for null.</summary>
    public async Task<string> NameAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code))
        {
            return IndicatorsText.Get("Unit_District");
        }

        units ??= (await directory.ListUnitsAsync(null, cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        return units.TryGetValue(code, out var unit) ? unit.Name : code;
    }
}
