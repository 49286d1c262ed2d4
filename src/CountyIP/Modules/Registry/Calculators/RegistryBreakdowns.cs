using System.Globalization;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Calculators;

/// <summary>
/// The breakdowns the registry's indicators share (issue 4 §2), each one SQL aggregate: by unit (town or
/// sub-district) and by the plan's industries (二(一): pillars 电气、机电、汽配; emerging 新材料、新能源、电子信息、生物医药),
/// taken from the enterprise the record belongs to (for a patent, its first applicant's enterprise).
/// </summary>
internal static class RegistryBreakdowns
{
    /// <summary>Counts per unit, labelled with the unit's name (records without a unit under "no unit").</summary>
    public static async Task<IReadOnlyList<BreakdownRow>> ByUnitAsync(IQueryable<string?> units, RegistryIndicatorLabels labels, CancellationToken cancellationToken)
    {
        var rows = await units.GroupBy(u => u).Select(g => new { Unit = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ToListAsync(cancellationToken);
        var result = new List<BreakdownRow>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new BreakdownRow(row.Unit ?? "-", await labels.UnitAsync(row.Unit, cancellationToken), row.Count));
        }

        return result;
    }

    /// <summary>
    /// Counts per plan industry; an enterprise tagged with two industries counts in both (the tags are not a
    /// partition), records without a tagged enterprise count under "no plan industry". SQL groups the tag
    /// combinations (at most 128), which are split into industries here.
    /// </summary>
    public static async Task<IReadOnlyList<BreakdownRow>> ByIndustryAsync(IQueryable<PlanIndustry?> tags, RegistryIndicatorLabels labels, CancellationToken cancellationToken)
    {
        var combinations = await tags.GroupBy(t => t).Select(g => new { Tags = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = new List<BreakdownRow>();
        foreach (var industry in Enum.GetValues<PlanIndustry>().Where(i => i != PlanIndustry.None))
        {
            var count = combinations.Where(c => c.Tags is { } t && t.HasFlag(industry)).Sum(c => c.Count);
            if (count > 0)
            {
                rows.Add(new BreakdownRow(industry.ToString(), await labels.IndustryAsync(industry, cancellationToken), count));
            }
        }

        var untagged = combinations.Where(c => c.Tags is null or PlanIndustry.None).Sum(c => c.Count);
        if (untagged > 0)
        {
            rows.Add(new BreakdownRow(nameof(PlanIndustry.None), RegistryIndicatorsText.Get("Industry_None"), untagged));
        }

        return rows;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;
}
