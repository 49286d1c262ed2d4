using System.Text.Json;
using System.Text.Json.Serialization;
using CountyIP.Modules.Funding.UseCases;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.Pages;

/// <summary>
/// The two charts of the budget execution report as ECharts options for <c>&lt;cip-chart&gt;</c>: the budget lines
/// (appropriated, committed, paid side by side) and the months (committed and paid in each month as bars, their running
/// totals as lines). Amounts are drawn in 万元 (ten thousand yuan), the unit finance offices chart in; the tables beside
/// them keep the yuan and fen.
/// </summary>
internal static class BudgetExecutionCharts
{
    private static readonly JsonSerializerOptions ChartJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string ByLine(BudgetExecutionView view, IStringLocalizer<FundingText> text)
    {
        var rows = view.ByLine.Rows;
        var series = new List<object>();
        if (view.IsApproved)
        {
            series.Add(Bar(text["Report_Chart_Appropriated"], rows.Select(r => r.Appropriated ?? 0m)));
        }

        series.Add(Bar(text["Report_Chart_Committed"], rows.Select(r => r.Committed)));
        series.Add(Bar(text["Report_Chart_Paid"], rows.Select(r => r.Paid)));
        return Option(rows.Select(r => r.Label), series, text, rotateLabels: true);
    }

    public static string ByMonth(BudgetExecutionView view, IStringLocalizer<FundingText> text)
    {
        var rows = view.ByMonth.Rows;
        var series = new List<object>
        {
            Bar(text["Report_Chart_Committed"], rows.Select(r => r.Committed)),
            Bar(text["Report_Chart_Paid"], rows.Select(r => r.Paid)),
            Line(text["Report_Chart_CumulativeCommitted"], Running(rows.Select(r => r.Committed))),
            Line(text["Report_Chart_CumulativePaid"], Running(rows.Select(r => r.Paid))),
        };
        return Option(rows.Select(r => r.Key), series, text, rotateLabels: false);
    }

    private static IEnumerable<decimal> Running(IEnumerable<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
            yield return sum;
        }
    }

    private static decimal TenThousands(decimal yuan) => Math.Round(yuan / 10_000m, 2);

    private static object Bar(string name, IEnumerable<decimal> yuan) =>
        new { name, type = "bar", data = yuan.Select(TenThousands).ToArray() };

    private static object Line(string name, IEnumerable<decimal> yuan) =>
        new { name, type = "line", symbol = "circle", symbolSize = 4, data = yuan.Select(TenThousands).ToArray() };

    private static string Option(IEnumerable<string> categories, List<object> series, IStringLocalizer<FundingText> text, bool rotateLabels) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["animation"] = false,
                ["legend"] = new { top = 0 },
                ["grid"] = new { left = 8, right = 16, top = 52, bottom = 8, containLabel = true },
                ["tooltip"] = new { trigger = "axis" },
                ["xAxis"] = new { type = "category", data = categories.ToArray(), axisLabel = new { rotate = rotateLabels ? 30 : 0, interval = 0, hideOverlap = true } },
                ["yAxis"] = new { type = "value", name = text["Report_Chart_TenThousand"].Value },
                ["series"] = series,
            },
            ChartJson);
}
