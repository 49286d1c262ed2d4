using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using CountyIP.Platform.Data;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A fiscal year as the API and pages show it: the latest proposal, its state, and the approved figures in force.</summary>
public sealed record FiscalYearView(
    int Year,
    [property: Money] decimal GeneralBudgetExpenditure,
    [property: Money] decimal SpecialFundAppropriation,
    string? SourceDocument,
    FiscalYearState State,
    string EnteredBy,
    DateTime EnteredUtc,
    ApprovedFiscalFigures? Approved,
    IReadOnlyList<BudgetLineView> BudgetLines)
{
    internal static FiscalYearView From(FiscalYear y) => new(
        y.Year,
        y.GeneralBudgetExpenditure,
        y.SpecialFundAppropriation,
        y.SourceDocument,
        y.State,
        y.EnteredBy,
        y.EnteredUtc,
        y.ApprovedSpecialFundAppropriation is { } fund
            ? new ApprovedFiscalFigures(y.ApprovedGeneralBudgetExpenditure!.Value, fund, y.ApprovedSourceDocument, y.ApprovedBy!, y.ApprovedUtc!.Value,
                FiscalYears.Ratio(fund, y.ApprovedGeneralBudgetExpenditure.Value))
            : null,
        [.. y.Lines.OrderBy(l => l.Use).Select(l => new BudgetLineView(l.Use, l.Proposed, l.Approved, l.Committed, l.Paid, l.Remaining))]);
}

/// <summary>
/// The figures in force and who approved them; <see cref="SpecialFundRatio"/> = appropriation ÷ expenditure (二(二)1:
/// at least 0.21%), null when the expenditure is 0.
/// </summary>
public sealed record ApprovedFiscalFigures(
    [property: Money] decimal GeneralBudgetExpenditure,
    [property: Money] decimal SpecialFundAppropriation,
    string? SourceDocument,
    string ApprovedBy,
    DateTime ApprovedUtc,
    decimal? SpecialFundRatio);

/// <summary>
/// One use's line: <see cref="Proposed"/> as last entered, <see cref="Appropriated"/> as approved (null before the
/// first approval), <see cref="Committed"/> by approved applications (paid ones included), <see cref="Paid"/>, and
/// <see cref="Remaining"/> = appropriated − committed.
/// </summary>
public sealed record BudgetLineView(
    BudgetUse Use,
    [property: Money] decimal Proposed,
    [property: Money] decimal? Appropriated,
    [property: Money] decimal Committed,
    [property: Money] decimal Paid,
    [property: Money] decimal Remaining);

/// <summary>Rules shared by the fiscal-year use cases.</summary>
internal static class FiscalYears
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>A year in the route outside the range the app keeps: a field error under "year" (400), like a body field.</summary>
    public static void CheckYear(int year, IStringLocalizer<FundingText> text)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw InputValidationException.For("Year", text["Error_YearOutOfRange", FirstYear, LastYear]);
        }
    }

    public static decimal? Ratio(decimal fund, decimal expenditure) =>
        expenditure > 0 ? Math.Round(fund / expenditure, 6) : null;
}

/// <summary>One year, or null when nothing was ever entered for it.</summary>
internal sealed class GetFiscalYearHandler(CountyIpDbContext db)
{
    public async Task<FiscalYearView?> HandleAsync(int year, CancellationToken cancellationToken) =>
        await db.Set<FiscalYear>().AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, cancellationToken) is { } record
            ? FiscalYearView.From(record)
            : null;
}

/// <summary>Every year entered, latest first (a district has a few dozen at most; paged for the one list shape).</summary>
internal sealed class ListFiscalYearsHandler(CountyIpDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<PagedResult<FiscalYearView>> HandleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var years = db.Set<FiscalYear>().AsNoTracking();
        var total = await years.CountAsync(cancellationToken);
        var rows = await years.OrderByDescending(y => y.Year).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<FiscalYearView>([.. rows.Select(FiscalYearView.From)], total, page, size);
    }
}
