using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>How numbers of indicators are written for people: ratios as percentages, counts with separators.</summary>
public static class IndicatorFormat
{
    private static readonly JsonSerializerOptions ChartJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Stable kebab-case names: not-tracked, not-started, met, on-track, at-risk, behind.</summary>
    public static string StatusName(Domain.IndicatorStatus status) => status switch
    {
        Domain.IndicatorStatus.NotTracked => "not-tracked",
        Domain.IndicatorStatus.NotStarted => "not-started",
        Domain.IndicatorStatus.Met => "met",
        Domain.IndicatorStatus.OnTrack => "on-track",
        Domain.IndicatorStatus.AtRisk => "at-risk",
        _ => "behind",
    };

    public static string Value(decimal? value, string unit)
    {
        if (value is null)
        {
            return "—";
        }

        return unit == "%"
            ? (value.Value * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%"
            : value.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A signed change (+12, −3, +0.05%).</summary>
    public static string Change(decimal? value, string unit) => value switch
    {
        null => "—",
        > 0m => "+" + Value(value, unit),
        _ => Value(value, unit),
    };

    /// <summary>The ECharts option of one indicator: yearly values as bars, the target as a line.</summary>
    public static string ChartOption(IndicatorResult item, string seriesName, string targetName)
    {
        var percent = item.IsRatio;
        decimal? Scale(decimal? v) => v is null ? null : percent ? Math.Round(v.Value * 100m, 4) : v;
        var hasTarget = item.Target is not null && item.Comparison == TargetComparison.AtLeast;
        var option = new Dictionary<string, object?>
        {
            ["animation"] = false,
            ["grid"] = new { left = 48, right = 16, top = 24, bottom = 28 },
            ["tooltip"] = new { trigger = "axis" },
            ["xAxis"] = new { type = "category", data = item.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)).ToArray() },
            ["yAxis"] = new { type = "value", name = percent ? "%" : item.Unit },
            ["series"] = new object[]
            {
                new
                {
                    name = seriesName,
                    type = "bar",
                    data = item.Years.Select(y => Scale(y.Value)).ToArray(),
                    markLine = hasTarget
                        ? new { symbol = "none", data = new object[] { new { name = targetName, yAxis = Scale(item.Target) } } }
                        : null,
                },
            },
        };
        return JsonSerializer.Serialize(option, ChartJson);
    }
}
