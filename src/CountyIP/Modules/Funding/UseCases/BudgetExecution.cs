using System.Globalization;
using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// A fiscal year's budget execution (预算执行情况, issue 12 §5; ADR 0026): the year's summary and the same money broken
/// down by month, budget line, policy item, unit and industry. Every table's <see cref="ExecutionTable.Total"/> is the
/// sum of its rows, and the totals of the five tables are the same committed and paid money.
/// </summary>
/// <param name="IsApproved">The year's appropriation is approved: without it there is no appropriation, remaining money or rate.</param>
/// <param name="LedgerAgrees">The budget lines' committed and paid counters equal the sums of the applications (the ledger check an auditor makes).</param>
public sealed record BudgetExecutionView(
    int Year,
    FiscalYearState State,
    bool IsApproved,
    ExecutionSummary Summary,
    ExecutionTable ByMonth,
    ExecutionTable ByLine,
    ExecutionTable ByItem,
    ExecutionTable ByUnit,
    ExecutionTable ByIndustry,
    bool LedgerAgrees,
    DateTime ComputedUtc);

/// <summary>
/// The year at a glance, what a leader reads first. <see cref="Appropriated"/> is the approved special fund appropriation;
/// <see cref="Committed"/> the approved applications charged to the year (paid ones included, as the budget lines count
/// them); <see cref="Paid"/> what payment batches have paid of it; <see cref="ToPay"/> = committed − paid;
/// <see cref="Remaining"/> = appropriated − committed (what can still be committed); <see cref="CommitmentRate"/> =
/// committed ÷ appropriated and <see cref="ExecutionRate"/> = paid ÷ appropriated (fractions); <see cref="Applications"/>
/// the approved applications; <see cref="EnterprisesApproved"/> and <see cref="EnterprisesSupported"/> the distinct
/// enterprises with an approved, and with a paid, application; <see cref="PaidOnInventionPatents"/> what was paid under
/// invention-patent grant items and <see cref="InventionShare"/> its share of <see cref="Paid"/>.
/// </summary>
public sealed record ExecutionSummary(
    [property: Money] decimal? Appropriated,
    [property: Money] decimal Committed,
    [property: Money] decimal Paid,
    [property: Money] decimal ToPay,
    [property: Money] decimal? Remaining,
    decimal? CommitmentRate,
    decimal? ExecutionRate,
    int Applications,
    int EnterprisesApproved,
    int EnterprisesSupported,
    [property: Money] decimal PaidOnInventionPatents,
    decimal? InventionShare);

/// <summary>One breakdown: its rows and their total (the sum of the rows, to the fen).</summary>
public sealed record ExecutionTable(IReadOnlyList<ExecutionRow> Rows, ExecutionRow Total);

/// <summary>
/// One row of a breakdown. <see cref="Key"/> is stable (a month <c>2014-03</c>, a budget use, an item code, a unit code, the
/// industry codes), <see cref="Label"/> is in the caller's language. <see cref="Appropriated"/> and
/// <see cref="Remaining"/> only where they have a meaning: per budget line and in total; null elsewhere. By month,
/// <see cref="Committed"/> and <see cref="Applications"/> are what was approved in the month and <see cref="Paid"/> what
/// was paid in it, so a month has no <see cref="ToPay"/> (money approved in March and paid in June is not "to pay" in
/// either); the months' total row has it.
/// </summary>
public sealed record ExecutionRow(
    string Key,
    string Label,
    int Applications,
    [property: Money] decimal? Appropriated,
    [property: Money] decimal Committed,
    [property: Money] decimal Paid,
    [property: Money] decimal? ToPay,
    [property: Money] decimal? Remaining)
{
    internal static ExecutionRow Of(string key, string label, int applications, decimal committed, decimal paid, decimal? appropriated = null) =>
        new(key, label, applications, appropriated, committed, paid, committed - paid, appropriated - committed);

    /// <summary>The sum of <paramref name="rows"/>; appropriated and remaining only when every row has them.</summary>
    internal static ExecutionRow TotalOf(IReadOnlyList<ExecutionRow> rows, string label)
    {
        var appropriated = rows.Count > 0 && rows.All(r => r.Appropriated is not null) ? rows.Sum(r => r.Appropriated!.Value) : (decimal?)null;
        return Of(BudgetExecution.TotalKey, label, rows.Sum(r => r.Applications), rows.Sum(r => r.Committed), rows.Sum(r => r.Paid), appropriated);
    }
}

/// <summary>The queries the report and the dashboard's figures share, so both count the same money.</summary>
internal static class BudgetExecution
{
    public const string TotalKey = "total";

    /// <summary>The key of a row without a unit, without an industry, or (not reachable through the workflow, shown rather than lost) without a date.</summary>
    public const string NoneKey = "-";

    /// <summary>The code list of the plan industries (ReferenceData/dictionaries.json).</summary>
    public const string IndustryList = "industry-tag";

    /// <summary>Approved applications charged to <paramref name="year"/>'s fund: approved, in a batch or paid (committed money).</summary>
    public static IQueryable<FundingApplication> Committed(CountyIpDbContext db, int year) =>
        db.Set<FundingApplication>().AsNoTracking().Where(a => a.Year == year
            && (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.InBatch || a.Status == ApplicationStatus.Paid));

    public static decimal? Rate(decimal part, decimal? whole) => whole is > 0m ? Math.Round(part / whole.Value, 4) : null;

    /// <summary>What each year's fund has paid, one GROUP BY over the paid applications of the years.</summary>
    public static async Task<IReadOnlyList<FundSpending>> SpendingAsync(CountyIpDbContext db, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var paid = await db.Set<FundingApplication>().AsNoTracking()
            .Where(a => a.Year >= fromYear && a.Year <= toYear && a.Status == ApplicationStatus.Paid)
            .GroupBy(a => a.Year)
            .Select(g => new
            {
                Year = g.Key,
                Paid = g.Sum(a => a.Amount),
                Enterprises = g.Select(a => a.EnterpriseId).Distinct().Count(),
                Invention = g.Sum(a => a.Kind == AchievementKind.InventionGrant ? a.Amount : 0m),
            })
            .ToListAsync(cancellationToken);
        var approved = await db.Set<FiscalYear>().AsNoTracking()
            .Where(y => y.Year >= fromYear && y.Year <= toYear && y.ApprovedBy != null)
            .Select(y => y.Year)
            .ToListAsync(cancellationToken);
        var byYear = paid.ToDictionary(p => p.Year);
        return
        [
            .. approved.Concat(byYear.Keys).Distinct().Order()
                .Select(y => byYear.TryGetValue(y, out var p) ? new FundSpending(y, p.Paid, p.Enterprises, p.Invention) : new FundSpending(y, 0m, 0, 0m)),
        ];
    }
}

/// <summary>
/// Computes <see cref="BudgetExecutionView"/> for a year from four aggregate queries, never the applications themselves: one
/// GROUP BY over line, item, unit, industry and paid-or-not (the breakdowns are summed from it here), one over the months
/// of approval and payment, and the two distinct enterprise counts (bench 'funding', issue 12 §10). District-wide money: bureau
/// staff, leaders and auditors (policy <see cref="FundingPolicies.Read"/>; any other caller gets null). Null as
/// well when nothing was ever entered for the year.
/// </summary>
internal sealed class GetBudgetExecutionHandler(CountyIpDbContext db, ApplicationScope scope, IReferenceDirectory reference, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<BudgetExecutionView?> HandleAsync(int year, CancellationToken cancellationToken)
    {
        FiscalYears.CheckYear(year, text);
        if (!scope.SeesAll || await db.Set<FiscalYear>().AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, cancellationToken) is not { } fiscal)
        {
            return null;
        }

        var committed = BudgetExecution.Committed(db, year);
        var total = text["Line_Total"].Value;
        var isApproved = fiscal.ApprovedSpecialFundAppropriation is not null;

        // One GROUP BY over every dimension but time (a few hundred groups at most), summed here per breakdown.
        var cube = await committed
            .GroupBy(a => new { a.Line, a.ItemCode, a.Kind, a.UnitCode, a.IndustryCodes, Paid = a.Status == ApplicationStatus.Paid })
            .Select(g => new Cell(g.Key.Line, g.Key.ItemCode, g.Max(a => a.ItemName)!, g.Key.Kind, g.Key.UnitCode, g.Key.IndustryCodes, g.Key.Paid, g.Count(), g.Sum(a => a.Amount)))
            .ToListAsync(cancellationToken);

        var lineSums = Sums(cube, c => c.Line);
        var lines = Enum.GetValues<BudgetUse>().Select(use =>
        {
            var sums = lineSums.GetValueOrDefault(use);
            return ExecutionRow.Of(use.ToString(), text[EnumNames.Key(use)], sums.Applications, sums.Committed, sums.Paid,
                isApproved ? fiscal.Line(use).Approved ?? 0m : null);
        }).ToList();
        var ledgerAgrees = fiscal.Lines.All(l => l.Committed == lineSums.GetValueOrDefault(l.Use).Committed && l.Paid == lineSums.GetValueOrDefault(l.Use).Paid);

        var itemNames = cube.GroupBy(c => c.ItemCode).ToDictionary(g => g.Key, g => g.Max(c => c.ItemName), StringComparer.Ordinal);
        var items = Sums(cube, c => c.ItemCode)
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => ExecutionRow.Of(i.Key, $"{i.Key} {itemNames[i.Key]}", i.Value.Applications, i.Value.Committed, i.Value.Paid))
            .ToList();

        var unitNames = (await reference.ListUnitsAsync(null, cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var units = Sums(cube, c => c.UnitCode ?? BudgetExecution.NoneKey)
            .Select(u => ExecutionRow.Of(u.Key, u.Key == BudgetExecution.NoneKey ? text["Report_NoUnit"] : unitNames.GetValueOrDefault(u.Key, u.Key), u.Value.Applications, u.Value.Committed, u.Value.Paid))
            .OrderByDescending(r => r.Committed).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var industryNames = (await reference.ListDictionaryAsync(BudgetExecution.IndustryList, activeOnly: false, cancellationToken))
            .ToDictionary(d => d.Code, d => LocalizedName.Pick(d.NameZh, d.NameEn), StringComparer.OrdinalIgnoreCase);
        var industries = Sums(cube, c => c.IndustryCodes ?? BudgetExecution.NoneKey)
            .Select(i => ExecutionRow.Of(i.Key, IndustryLabel(i.Key == BudgetExecution.NoneKey ? null : i.Key, industryNames), i.Value.Applications, i.Value.Committed, i.Value.Paid))
            .OrderBy(r => r.Key == BudgetExecution.NoneKey).ThenByDescending(r => r.Committed).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var months = await MonthsAsync(committed, year, cancellationToken);

        var enterprisesApproved = await committed.Select(a => a.EnterpriseId).Distinct().CountAsync(cancellationToken);
        // The definitions of FundSpending (what the dashboard shows): paid, enterprises with a paid application, paid on invention grants.
        var enterprisesSupported = await committed.Where(a => a.Status == ApplicationStatus.Paid).Select(a => a.EnterpriseId).Distinct().CountAsync(cancellationToken);
        var spending = new FundSpending(year, cube.Where(c => c.Paid).Sum(c => c.Amount), enterprisesSupported,
            cube.Where(c => c.Paid && c.Kind == AchievementKind.InventionGrant).Sum(c => c.Amount));
        var byLine = new ExecutionTable(lines, ExecutionRow.TotalOf(lines, total));
        var sum = byLine.Total;
        var appropriated = fiscal.ApprovedSpecialFundAppropriation;
        var summary = new ExecutionSummary(
            appropriated, sum.Committed, sum.Paid, sum.Committed - sum.Paid, appropriated - sum.Committed,
            BudgetExecution.Rate(sum.Committed, appropriated), BudgetExecution.Rate(sum.Paid, appropriated),
            sum.Applications, enterprisesApproved, spending.EnterprisesSupported, spending.PaidOnInventionPatents, spending.InventionShare);

        return new BudgetExecutionView(
            year,
            fiscal.State,
            isApproved,
            summary,
            new ExecutionTable(months, ExecutionRow.TotalOf(months, total)),
            byLine,
            new ExecutionTable(items, ExecutionRow.TotalOf(items, total)),
            new ExecutionTable(units, ExecutionRow.TotalOf(units, total)),
            new ExecutionTable(industries, ExecutionRow.TotalOf(industries, total)),
            ledgerAgrees,
            clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The twelve months of the year, and any other month money moved in (an award of the year paid the next January):
    /// approvals by the month of approval, payments by the month of payment.
    /// </summary>
    private async Task<List<ExecutionRow>> MonthsAsync(IQueryable<FundingApplication> committed, int year, CancellationToken cancellationToken)
    {
        // One GROUP BY on (month approved, month paid): at most a year's months squared, split here into the two flows.
        var flows = await committed
            .GroupBy(a => new
            {
                ApprovedYear = a.ApprovedOn == null ? (int?)null : a.ApprovedOn.Value.Year,
                ApprovedMonth = a.ApprovedOn == null ? (int?)null : a.ApprovedOn.Value.Month,
                PaidYear = a.Status == ApplicationStatus.Paid && a.PaidOn != null ? a.PaidOn.Value.Year : (int?)null,
                PaidMonth = a.Status == ApplicationStatus.Paid && a.PaidOn != null ? a.PaidOn.Value.Month : (int?)null,
            })
            .Select(g => new { g.Key.ApprovedYear, g.Key.ApprovedMonth, g.Key.PaidYear, g.Key.PaidMonth, Applications = g.Count(), Amount = g.Sum(a => a.Amount) })
            .ToListAsync(cancellationToken);
        var approvals = flows.GroupBy(f => (f.ApprovedYear, f.ApprovedMonth))
            .Select(g => new { Year = g.Key.ApprovedYear, Month = g.Key.ApprovedMonth, Applications = g.Sum(f => f.Applications), Committed = g.Sum(f => f.Amount) })
            .ToList();
        var payments = flows.Where(f => f.PaidYear is not null).GroupBy(f => (f.PaidYear, f.PaidMonth))
            .Select(g => new { Year = g.Key.PaidYear, Month = g.Key.PaidMonth, Paid = g.Sum(f => f.Amount) })
            .ToList();
        var keys = Enumerable.Range(1, 12).Select(m => (Year: (int?)year, Month: (int?)m))
            .Concat(approvals.Select(a => (a.Year, a.Month)))
            .Concat(payments.Select(p => (p.Year, p.Month)))
            .Distinct()
            .OrderBy(k => k.Item1 is null).ThenBy(k => k.Item1).ThenBy(k => k.Item2);
        var rows = new List<ExecutionRow>();
        foreach (var (y, m) in keys)
        {
            var approved = approvals.Where(a => a.Year == y && a.Month == m).ToList();
            var paid = payments.Where(p => p.Year == y && p.Month == m).Sum(p => p.Paid);
            var key = y is { } yy && m is { } mm ? $"{yy:D4}-{mm:D2}" : BudgetExecution.NoneKey;
            var label = y is not null && m is not null ? text["Report_Month", y.Value, m.Value].Value : text["Report_NoDate"].Value;
            rows.Add(ExecutionRow.Of(key, label, approved.Sum(a => a.Applications), approved.Sum(a => a.Committed), paid) with { ToPay = null });
        }

        return rows;
    }

    /// <summary>One group of the cube: the applications sharing every dimension and whether they are paid.</summary>
    private sealed record Cell(BudgetUse Line, string ItemCode, string ItemName, AchievementKind Kind, string? UnitCode, string? IndustryCodes, bool Paid, int Applications, decimal Amount);

    /// <summary>The cube summed by one dimension: applications, committed (all) and paid (the paid groups).</summary>
    private static Dictionary<TKey, (int Applications, decimal Committed, decimal Paid)> Sums<TKey>(List<Cell> cube, Func<Cell, TKey> key)
        where TKey : notnull =>
        cube.GroupBy(key).ToDictionary(g => g.Key, g => (g.Sum(c => c.Applications), g.Sum(c => c.Amount), g.Where(c => c.Paid).Sum(c => c.Amount)));

    private string IndustryLabel(string? codes, Dictionary<string, string> names) =>
        codes is null
            ? text["Report_NoIndustry"]
            : string.Join(text["Report_IndustrySeparator"].Value, codes.Split(',').Select(c => names.GetValueOrDefault(c, c)));
}

/// <summary>
/// The report as an .xlsx through the one spreadsheet export (ADR 0022): one sheet per breakdown, each with its total
/// row; money as numbers with two decimals. The export writes its audit record.
/// </summary>
internal sealed class ExportBudgetExecutionHandler(GetBudgetExecutionHandler report, SpreadsheetExport export, IStringLocalizer<FundingText> text)
{
    public async Task<ExportFile?> HandleAsync(int year, CancellationToken cancellationToken)
    {
        if (await report.HandleAsync(year, cancellationToken) is not { } view)
        {
            return null;
        }

        var workbook = new SpreadsheetWorkbook(text, text["Report_ExportTitle", year], "BudgetExecution", year.ToString(CultureInfo.InvariantCulture), new { year });
        IReadOnlyList<SpreadsheetPart<ExecutionRow>> sheets =
        [
            Sheet("Report_ByLine", "Report_Column_Line", view.ByLine, withAppropriation: true),
            Sheet("Report_ByMonth", "Report_Column_Month", view.ByMonth, withAppropriation: false),
            Sheet("Report_ByItem", "Report_Column_Item", view.ByItem, withAppropriation: false),
            Sheet("Report_ByUnit", "Report_Column_Unit", view.ByUnit, withAppropriation: false),
            Sheet("Report_ByIndustry", "Report_Column_Industry", view.ByIndustry, withAppropriation: false),
        ];
        return await export.FromSheetsAsync(workbook, sheets, cancellationToken);
    }

    private SpreadsheetPart<ExecutionRow> Sheet(string title, string labelHeader, ExecutionTable table, bool withAppropriation)
    {
        var columns = new List<SpreadsheetColumn<ExecutionRow>> { SpreadsheetColumn<ExecutionRow>.Text(labelHeader, r => r.Label) };
        columns.Add(SpreadsheetColumn<ExecutionRow>.Number("Report_Column_Applications", r => r.Applications));
        if (withAppropriation)
        {
            columns.Add(SpreadsheetColumn<ExecutionRow>.Money("Report_Column_Appropriated", r => r.Appropriated));
        }

        columns.Add(SpreadsheetColumn<ExecutionRow>.Money("Report_Column_Committed", r => r.Committed));
        columns.Add(SpreadsheetColumn<ExecutionRow>.Money("Report_Column_Paid", r => r.Paid));
        columns.Add(SpreadsheetColumn<ExecutionRow>.Money("Report_Column_ToPay", r => r.ToPay));
        if (withAppropriation)
        {
            columns.Add(SpreadsheetColumn<ExecutionRow>.Money("Report_Column_Remaining", r => r.Remaining));
        }

        return new SpreadsheetPart<ExecutionRow>(text[title], columns, [.. table.Rows, table.Total]);
    }
}
