using CountyIP.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Exports;

/// <summary>
/// The localized names an export writes, looked up once per export rather than once per cell: a resource lookup walks
/// the culture chain, and an export of the whole ledger has hundreds of thousands of cells. One instance per export,
/// so one culture.
/// </summary>
internal sealed class CellNames
{
    private readonly IStringLocalizer text;
    private readonly Dictionary<Enum, string> enums = [];
    private readonly string yes;
    private readonly string no;

    internal CellNames(IStringLocalizer text, IStringLocalizer shared)
    {
        this.text = text;
        yes = shared["Common_Yes"];
        no = shared["Common_No"];
    }

    /// <summary>The localized name of <paramref name="value"/>; a [Flags] value by the names of its set flags, joined with 、.</summary>
    public string Enum(Enum value)
    {
        if (!enums.TryGetValue(value, out var name))
        {
            name = value.GetType().IsDefined(typeof(FlagsAttribute), false)
                ? string.Join('、', System.Enum.GetValues(value.GetType()).Cast<Enum>()
                    .Where(flag => Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag))
                    .Select(flag => text[EnumNames.Key(flag)].Value))
                : text[EnumNames.Key(value)];
            enums[value] = name;
        }

        return name;
    }

    public string YesNo(bool value) => value ? yes : no;
}
