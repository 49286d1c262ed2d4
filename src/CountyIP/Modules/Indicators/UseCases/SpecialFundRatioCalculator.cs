using System.Globalization;
using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// 二(二)1, the special fund as a share of the district's general budget expenditure: for each year of the window, the
/// fiscal year approved in the Funding module (issue 12 §1); only for a year with no approved fiscal record, a figure
/// reported by hand and approved (issue 4 §3). The parts are summed over the window's years and divided once (the pilot
/// period is the sum of its years). Fiscal years are district-wide, so a unit's view keeps to the unit's own reported
/// figures. No year with figures → null → "not yet tracked".
/// </summary>
internal sealed class SpecialFundRatioCalculator(CountyIpDbContext db, IndicatorUnitNames units, IFiscalYearFigures fiscalYears) : IIndicatorCalculator
{
    public const string Id = "special-fund-ratio";

    /// <summary>Where a year's figures came from, as <see cref="IndicatorSource.Kind"/> (the dashboard's badge).</summary>
    public const string FiscalYearSource = "fiscal-year";

    public string TargetId => Id;

    public IndicatorText Definition => ReportedFigureCalculator.Text("Definition_SpecialFundRatio");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind>();

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var years = await YearsAsync(query, cancellationToken);
        if (years.Count == 0)
        {
            return null;
        }

        var fund = years.Sum(y => y.Fund);
        var expenditure = years.Sum(y => y.Expenditure);
        var latest = years.MaxBy(y => (y.Year, y.ApprovedUtc))!;
        var source = new IndicatorSource(latest.FromFiscalYear ? FiscalYearSource : "reported", latest.ApprovedBy, latest.ApprovedUtc);
        return expenditure > 0m ? new IndicatorValue(Math.Round(fund / expenditure, 6), fund, expenditure, source) : null;
    }

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var years = await YearsAsync(query, cancellationToken);
        IReadOnlyList<IndicatorText> columns =
            [Text("Column_Year"), Text("Column_Unit"), Text("Column_SpecialFund"), Text("Column_BudgetExpenditure"), Text("Column_Evidence"), Text("Column_SubmittedBy"), Text("Column_ApprovedBy")];
        var items = new List<EvidenceRecord>();
        foreach (var y in years.Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize))
        {
            var unit = await units.NameAsync(y.UnitCode, cancellationToken);
            items.Add(new EvidenceRecord(
                y.Key,
                [y.Year.ToString(CultureInfo.InvariantCulture), unit, Number(y.Fund), Number(y.Expenditure), y.Evidence, y.EnteredBy, y.ApprovedBy],
                y.Href));
        }

        return new EvidencePage(columns, items, years.Count);
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BreakdownRow>>([]);

    /// <summary>The window's years, each from its approved fiscal record when there is one, else from the reported figures.</summary>
    private async Task<List<YearFigures>> YearsAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var result = new List<YearFigures>();
        if (query.UnitCode is null)
        {
            foreach (var f in await fiscalYears.ApprovedAsync(query.From.Year, query.To.Year, cancellationToken))
            {
                result.Add(new YearFigures($"fiscal-{f.Year}", f.Year, null, f.SpecialFundAppropriation, f.GeneralBudgetExpenditure,
                    f.SourceDocument, f.EnteredBy, f.ApprovedBy, f.ApprovedUtc, FromFiscalYear: true, $"/funding/years/{f.Year}"));
            }
        }

        var covered = result.Select(y => y.Year).ToHashSet();
        var reported = await ReportedFigureCalculator.Approved(db, query, Id)
            .Where(f => f.Numerator != null && f.Denominator != null)
            .OrderBy(f => f.Year).ThenBy(f => f.DecidedUtc)
            .ToListAsync(cancellationToken);
        foreach (var f in reported.Where(f => !covered.Contains(f.Year)))
        {
            result.Add(new YearFigures(f.Id.ToString(), f.Year, f.UnitCode, f.Numerator!.Value, f.Denominator!.Value,
                f.EvidenceFileName, f.SubmittedByName, f.DecidedByName, f.DecidedUtc, FromFiscalYear: false, $"/api/indicators/figures/{f.Id}/evidence"));
        }

        return [.. result.OrderBy(y => y.Year).ThenBy(y => y.Key, StringComparer.Ordinal)];
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static IndicatorText Text(string key) => ReportedFigureCalculator.Text(key);

    private sealed record YearFigures(
        string Key, int Year, string? UnitCode, decimal Fund, decimal Expenditure, string? Evidence, string? EnteredBy, string? ApprovedBy,
        DateTime? ApprovedUtc, bool FromFiscalYear, string Href);
}
