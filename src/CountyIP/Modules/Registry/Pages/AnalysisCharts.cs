using System.Text.Json;
using CountyIP.Modules.Registry.UseCases;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>The charts of a search analysis as ECharts options for <c>&lt;cip-chart&gt;</c>: filings and grants by year, and a ranked bar list.</summary>
internal static class AnalysisCharts
{
    private static readonly int[] EdgeLength = [40, 140];

    public static string ByYear(PatentAnalysisView view, IStringLocalizer<RegistryText> text) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["animation"] = false,
        ["legend"] = new { top = 0 },
        ["grid"] = new { left = 8, right = 16, top = 40, bottom = 8, containLabel = true },
        ["tooltip"] = new { trigger = "axis" },
        ["xAxis"] = new { type = "category", data = view.Years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
        ["yAxis"] = new { type = "value", minInterval = 1 },
        ["series"] = new object[]
        {
            new { name = text["Analysis_Filed"].Value, type = "bar", data = view.Years.Select(y => y.Filed).ToArray() },
            new { name = text["Analysis_Granted"].Value, type = "line", symbol = "circle", symbolSize = 4, data = view.Years.Select(y => y.Granted).ToArray() },
        },
    });

    /// <summary>A horizontal bar per line, the largest on top.</summary>
    public static string Ranked(IReadOnlyList<(string Label, int Count)> lines) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["animation"] = false,
        ["grid"] = new { left = 8, right = 24, top = 8, bottom = 8, containLabel = true },
        ["tooltip"] = new { trigger = "axis" },
        ["xAxis"] = new { type = "value", minInterval = 1 },
        ["yAxis"] = new { type = "category", inverse = true, data = lines.Select(l => l.Label).ToArray(), axisLabel = new { width = 160, overflow = "truncate" } },
        ["series"] = new object[] { new { type = "bar", data = lines.Select(l => l.Count).ToArray() } },
    });

    /// <summary>The co-applicant network as a force-directed graph: a node per applicant sized by its patents, an edge per pair as thick as what they share.</summary>
    public static string Network(CoApplicantNetwork network)
    {
        var most = Math.Max(1, network.Nodes.Count == 0 ? 1 : network.Nodes.Max(n => n.Count));
        var strongest = Math.Max(1, network.Links.Count == 0 ? 1 : network.Links.Max(l => l.Patents));
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["animation"] = false,
            ["tooltip"] = new { },
            ["series"] = new object[]
            {
                new
                {
                    type = "graph",
                    layout = "force",
                    roam = true,
                    draggable = true,
                    zoom = 0.8,
                    force = new { repulsion = 120, gravity = 0.2, edgeLength = EdgeLength, layoutAnimation = false },
                    label = new { show = true, position = "right", fontSize = 11, width = 140, overflow = "truncate" },
                    data = network.Nodes.Select(n => new { name = n.Value, value = n.Count, symbolSize = 8 + (22.0 * n.Count / most) }).ToArray(),
                    links = network.Links.Select(l => new { source = l.Source, target = l.Target, value = l.Patents, lineStyle = new { width = 1 + (5.0 * l.Patents / strongest), opacity = 0.6 } }).ToArray(),
                },
            },
        });
    }
}
