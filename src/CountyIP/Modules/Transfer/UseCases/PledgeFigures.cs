using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>One line of the pledge figures: the loans granted and their amount.</summary>
/// <param name="Key">The year, the bank's code or the plan industry's code (<c>none</c>: an enterprise with no plan industry).</param>
public sealed record PledgeFigure(string Key, string Name, int Loans, [property: Money] decimal Amount);

/// <summary>
/// Pledge financing in figures (issue 16 §3; source 四(一)2 推动专利权质押融资): loans and amounts per year, per bank
/// and per plan industry of the pledgor, for the years FromYear–ToYear (<c>GET
/// /api/transfer/pledges/figures</c>).
/// </summary>
public sealed record PledgeFiguresView(
    int FromYear, int ToYear, int Loans, [property: Money] decimal Amount,
    IReadOnlyList<PledgeFigure> ByYear, IReadOnlyList<PledgeFigure> ByBank, IReadOnlyList<PledgeFigure> ByIndustry);

/// <summary>
/// The figures as a careful officer counts them: a loan counts once, in the year of its start date (the day the loan
/// and its pledge began), whether released since or not; amounts are the loan amounts, not the valuations. An
/// enterprise tagged with several plan industries counts in each of them, so the industry lines may add up to more
/// than the total; one with none counts under 未标注产业. An enterprise sees its own loans only.
/// </summary>
internal sealed class PledgeFiguresHandler(
    CountyIpDbContext db, BankDirectory banks, IEnterpriseRegistry enterprises, IReferenceDirectory reference, TransferScope scope,
    IStringLocalizer<TransferText> text, TimeProvider clock)
{
    public const string NoIndustry = "none";
    private const string IndustryList = "industry-tag";

    public async Task<PledgeFiguresView> GetAsync(int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        var scoped = db.Set<Pledge>().AsNoTracking();
        if (scope.OwnEnterprise is { } own)
        {
            scoped = scoped.Where(p => p.PledgorId == own);
        }

        // By default the years from the first loan to the last (this year when there is none); 2000-2100, at most 30 lines.
        var last = toYear ?? (await scoped.MaxAsync(p => (DateOnly?)p.StartDate, cancellationToken))?.Year ?? TimeDisplay.Today(clock).Year;
        var to = Math.Clamp(last, 2000, 2100);
        var first = fromYear ?? (await scoped.MinAsync(p => (DateOnly?)p.StartDate, cancellationToken))?.Year ?? to - 4;
        var from = Math.Clamp(first, Math.Max(2000, to - 29), to);
        var pledges = scoped.Where(p => p.StartDate >= new DateOnly(from, 1, 1) && p.StartDate <= new DateOnly(to, 12, 31));

        var loans = (await pledges.Select(p => new { p.StartDate, p.BankCode, p.PledgorId, p.Amount }).ToListAsync(cancellationToken))
            .Select(p => (p.StartDate.Year, p.BankCode, p.PledgorId, p.Amount)).ToList();
        var bankNames = await banks.NamesAsync(cancellationToken);
        var industryNames = (await reference.ListDictionaryAsync(IndustryList, activeOnly: false, cancellationToken))
            .ToDictionary(e => e.Code, e => (Name: LocalizedName.Pick(e.NameZh, e.NameEn), e.SortOrder), StringComparer.Ordinal);
        var pledgors = await enterprises.FindManyAsync([.. loans.Select(l => l.PledgorId).Distinct()], cancellationToken);
        var industriesOf = loans.Select(l => l.PledgorId).Distinct().ToDictionary(
            id => id, id => pledgors.GetValueOrDefault(id)?.Industries is { Count: > 0 } tags ? tags : (IReadOnlyList<string>)[NoIndustry]);

        var byYear = Enumerable.Range(from, to - from + 1)
            .Select(y => Line(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture), loans.Where(l => l.Year == y).Select(l => l.Amount)))
            .ToList();
        var byBank = loans.GroupBy(l => l.BankCode, StringComparer.Ordinal)
            .Select(g => Line(g.Key, bankNames.GetValueOrDefault(g.Key, g.Key), g.Select(l => l.Amount)))
            .OrderByDescending(f => f.Amount).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var byIndustry = loans.SelectMany(l => industriesOf[l.PledgorId], (l, industry) => (industry, l.Amount))
            .GroupBy(x => x.industry, StringComparer.Ordinal)
            .Select(g => Line(g.Key, g.Key == NoIndustry ? text["Figures_NoIndustry"] : industryNames.TryGetValue(g.Key, out var n) ? n.Name : g.Key, g.Select(x => x.Amount)))
            .OrderBy(f => f.Key == NoIndustry).ThenBy(f => industryNames.TryGetValue(f.Key, out var n) ? n.SortOrder : int.MaxValue).ToList();
        return new PledgeFiguresView(from, to, loans.Count, loans.Sum(l => l.Amount), byYear, byBank, byIndustry);
    }

    private static PledgeFigure Line(string key, string name, IEnumerable<decimal> amounts)
    {
        var list = amounts.ToList();
        return new PledgeFigure(key, name, list.Count, list.Sum());
    }
}
