using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>How close a fee is: in its grace period (overdue, payable with a surcharge), or due within 7, 30, 90 days, or later.</summary>
public enum FeeStage
{
    InGrace = 1,
    Within7Days = 2,
    Within30Days = 3,
    Within90Days = 4,
    Later = 5,
}

/// <summary>The fee calendar's filters: the days ahead (1-365, default 90), a stage, a unit (district-wide callers), paging.</summary>
public sealed record FeeCalendarQuery(int? Days = null, FeeStage? Stage = null, string? Unit = null, int? Page = null, int? PageSize = null)
{
    public const int DefaultDays = 90;

    public const int MaxDays = 365;
}

/// <summary>
/// The next annual fee of one patent in force: its patent year, due day and the last day of its grace period, the full
/// fee, and what paying today costs (the surcharge once more than a month late); <see cref="DaysLeft"/> counts to the due
/// day, negative in the grace period.
/// </summary>
public sealed record FeeCalendarEntry(
    Guid PatentId,
    string ApplicationNumber,
    string Title,
    PatentType Type,
    string Holder,
    Guid? EnterpriseId,
    string? UnitCode,
    DateOnly FilingDate,
    int PatentYear,
    DateOnly DueOn,
    DateOnly GraceEndsOn,
    [property: Money] decimal? Fee,
    decimal SurchargeRate,
    [property: Money] decimal? AmountToday,
    FeeStage Stage,
    int DaysLeft);

/// <summary>
/// The annual-fee calendar (issue 13 §3): the next fee of every Chinese patent in force whose fees are known, due within
/// the days asked or already in its grace period, in the caller's registry scope (an enterprise its own patents, a town
/// its unit's, the bureau the district). Computed from the stored paid-until day with the status rule (ADR 0016): a
/// fee unpaid past its grace period has lapsed the patent and leaves the calendar.
/// </summary>
internal sealed class FeeCalendarHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public async Task<PagedResult<FeeCalendarEntry>> HandleAsync(FeeCalendarQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var page = Math.Max(query.Page ?? 1, 1);
        var size = Math.Clamp(query.PageSize ?? 50, 1, RegistryPaging.MaxPageSize);
        var rows = Filter(query, today);
        var total = await rows.CountAsync(ct);
        var items = await Project(rows).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<FeeCalendarEntry>([.. items.Select(r => Entry(r, today))], total, page, size);
    }

    internal sealed record Row(Guid Id, string ApplicationNumber, string Title, PatentType Type, string? Holder, Guid? EnterpriseId, string? UnitCode, DateOnly FilingDate, DateOnly PaidUntil);

    private IQueryable<Patent> Filter(FeeCalendarQuery query, DateOnly today)
    {
        var days = Math.Clamp(query.Days ?? FeeCalendarQuery.DefaultDays, 1, FeeCalendarQuery.MaxDays);
        var rows = Due(scope.Patents(db).AsNoTracking(), today, today.AddDays(days));
        if (scope.IsDistrictWide && !string.IsNullOrWhiteSpace(query.Unit))
        {
            var unit = query.Unit.Trim();
            rows = rows.Where(p => p.UnitCode == unit);
        }

        if (query.Stage is { } stage)
        {
            var (from, to) = StageRange(stage, today);
            rows = rows.Where(p => p.AnnualFeePaidUntil >= from.AddDays(-1) && p.AnnualFeePaidUntil <= to.AddDays(-1));
        }

        return rows.OrderBy(p => p.AnnualFeePaidUntil).ThenBy(p => p.ApplicationNumber).ThenBy(p => p.Id);
    }

    /// <summary>
    /// Chinese patents in force today with a next fee due by <paramref name="until"/> (paid-until + 1 ≤ until) that has not
    /// lapsed for good, within the term (no fee after the last year). The reminder job asks the same question.
    /// </summary>
    internal static IQueryable<Patent> Due(IQueryable<Patent> patents, DateOnly today, DateOnly until)
    {
        var lapsed = PatentLegalStatusRule.FinalLapseLimit(today);
        var last = until.AddDays(-1);
        return patents.Where(PatentLegalStatusRule.InForceOn(today, today))
            .Where(p => p.Office == Patent.ChineseOffice && p.AnnualFeePaidUntil != null
                && p.AnnualFeePaidUntil > lapsed && p.AnnualFeePaidUntil <= last && p.AnnualFeePaidUntil < p.TermEndsOn);
    }

    internal static IQueryable<Row> Project(IQueryable<Patent> patents) =>
        patents.Select(p => new Row(p.Id, p.ApplicationNumber, p.Title, p.Type, p.Applicants.OrderBy(a => a.Order).Select(a => a.Name).FirstOrDefault(),
            p.EnterpriseId, p.UnitCode, p.FilingDate, p.AnnualFeePaidUntil!.Value));

    /// <summary>The due days of a stage, inclusive: the grace period's dues lie in the 6 months before today.</summary>
    private static (DateOnly From, DateOnly To) StageRange(FeeStage stage, DateOnly today) => stage switch
    {
        FeeStage.InGrace => (today.AddMonths(-PatentLegalStatusRule.GraceMonths), today.AddDays(-1)),
        FeeStage.Within7Days => (today, today.AddDays(7)),
        FeeStage.Within30Days => (today.AddDays(8), today.AddDays(30)),
        FeeStage.Within90Days => (today.AddDays(31), today.AddDays(90)),
        _ => (today.AddDays(91), today.AddDays(FeeCalendarQuery.MaxDays)),
    };

    internal static FeeStage StageOf(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => FeeStage.InGrace,
            <= 7 => FeeStage.Within7Days,
            <= 30 => FeeStage.Within30Days,
            <= 90 => FeeStage.Within90Days,
            _ => FeeStage.Later,
        };
    }

    internal static FeeCalendarEntry Entry(Row row, DateOnly today)
    {
        var due = PatentLegalStatusRule.FeeDueOn(row.PaidUntil);
        var year = AnnualFees.PatentYear(row.FilingDate, due);
        var fee = AnnualFees.Fee(row.Type, year);
        var rate = AnnualFees.SurchargeRate(due, today) ?? 0m;
        return new FeeCalendarEntry(row.Id, row.ApplicationNumber, row.Title, row.Type, row.Holder ?? string.Empty, row.EnterpriseId, row.UnitCode,
            row.FilingDate, year, due, PatentLegalStatusRule.GraceEndsOn(due), fee, rate, fee is { } f ? Math.Round(f * (1m + rate), 2) : null,
            StageOf(due, today), due.DayNumber - today.DayNumber);
    }
}

/// <summary>The calendar as .xlsx (the one spreadsheet export, ADR 0022): the same filters and scope as the page.</summary>
internal sealed class ExportFeeCalendarHandler(FeeCalendarHandler calendar, SpreadsheetExport export, IStringLocalizer<RegistryText> text)
{
    private static readonly SpreadsheetColumn<FeeCalendarEntry>[] Columns =
    [
        SpreadsheetColumn<FeeCalendarEntry>.Text("Field_ApplicationNumber", e => e.ApplicationNumber),
        SpreadsheetColumn<FeeCalendarEntry>.Text("Field_Title", e => e.Title),
        SpreadsheetColumn<FeeCalendarEntry>.Enum("Field_PatentType", e => e.Type),
        SpreadsheetColumn<FeeCalendarEntry>.Text("Fees_Holder", e => e.Holder),
        SpreadsheetColumn<FeeCalendarEntry>.Number("Fees_PatentYear", e => e.PatentYear),
        SpreadsheetColumn<FeeCalendarEntry>.Date("Fees_DueOn", e => e.DueOn),
        SpreadsheetColumn<FeeCalendarEntry>.Date("Fees_GraceEndsOn", e => e.GraceEndsOn),
        SpreadsheetColumn<FeeCalendarEntry>.Money("Fees_Fee", e => e.Fee),
        SpreadsheetColumn<FeeCalendarEntry>.Money("Fees_AmountToday", e => e.AmountToday),
        SpreadsheetColumn<FeeCalendarEntry>.Enum("Fees_Stage", e => e.Stage),
    ];

    public Task<ExportFile> HandleAsync(FeeCalendarQuery query, CancellationToken ct) =>
        export.FromPagesAsync(
            new SpreadsheetSheet<FeeCalendarEntry>(text, text["Fees_Title"], "FeeCalendar", null, query with { Page = null, PageSize = null }, Columns),
            RegistryPaging.MaxPageSize,
            (page, size, c) => calendar.HandleAsync(query with { Page = page, PageSize = size }, c),
            ct);
}

/// <summary>
/// Annual fees in their grace period on the workbench, in the reader's scope: an enterprise's own overdue fees (pay
/// them with the surcharge or lose the patent), a town's or the district's for the bureau to chase.
/// </summary>
internal sealed class OverdueFeesWorkbench(FeeCalendarHandler calendar) : IWorkbenchSource
{
    public string Policy => RegistryPolicies.Read;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var overdue = await calendar.HandleAsync(new FeeCalendarQuery(Stage: FeeStage.InGrace, PageSize: 1), cancellationToken);
        return [new(typeof(RegistryText), "Workbench_FeesInGrace", overdue.Total, "/registry/fee-calendar?stage=InGrace", "bi-calendar-x", WorkbenchTone.Danger, Order: 215)];
    }
}
