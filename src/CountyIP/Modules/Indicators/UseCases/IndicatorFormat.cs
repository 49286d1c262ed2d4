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

    // The counting units the plan writes in Chinese (plans/cangshan-2013.json "unit"), by their resx key.
    private static readonly Dictionary<string, string> PlanUnits = new(StringComparer.Ordinal)
    {
        ["家"] = "Organisations",
        ["件"] = "Items",
        ["次"] = "Events",
        ["人次"] = "PersonTimes",
        ["项"] = "Projects",
        ["天"] = "Days",
        ["个"] = "Items",
        ["元"] = "Yuan",
    };

    /// <summary>
    /// The plan's counting unit in the UI language ("家" → "organisations" in English); empty for a percentage, whose
    /// value already carries "%"; a unit the plan adds later stays as written.
    /// </summary>
    public static string UnitText(string unit) =>
        unit == "%" ? string.Empty
        : PlanUnits.TryGetValue(unit, out var key) ? IndicatorsText.Get($"PlanUnit_{key}")
        : unit;

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
        var series = new List<object>
        {
            new
            {
                name = seriesName,
                type = "bar",
                data = item.Years.Select(y => Scale(y.Value)).ToArray(),
                markLine = hasTarget
                    // The label sits inside the plot above the line's end: at the default position (right of the
                    // line's end) it is cut off by the chart's edge.
                    ? new
                    {
                        symbol = "none",
                        label = new { position = "insideEndTop", formatter = "{b} {c}", backgroundColor = "rgba(255,255,255,0.85)", padding = 2 },
                        data = new object[] { new { name = targetName, yAxis = Scale(item.Target) } },
                    }
                    : null,
            },
        };
        if (hasTarget)
        {
            // An invisible copy of the target keeps it inside the value axis, so the line shows when every year is
            // far below it (1000 grants a year against bars of 400).
            series.Add(new
            {
                name = targetName,
                type = "line",
                data = item.Years.Select(_ => Scale(item.Target)).ToArray(),
                symbol = "none",
                silent = true,
                lineStyle = new { opacity = 0 },
                tooltip = new { show = false },
            });
        }

        var option = new Dictionary<string, object?>
        {
            ["animation"] = false,
            ["grid"] = new { left = 48, right = 16, top = 28, bottom = 24 },
            ["tooltip"] = new { trigger = "axis" },
            ["xAxis"] = new { type = "category", data = item.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)).ToArray() },
            ["yAxis"] = new { type = "value", name = percent ? "%" : UnitText(item.Unit) },
            ["series"] = series,
        };
        return JsonSerializer.Serialize(option, ChartJson);
    }
}
