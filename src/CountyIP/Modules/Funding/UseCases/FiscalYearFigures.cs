using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>The contract's reader: approved figures only (a pending correction never reaches the dashboard), and the money paid.</summary>
internal sealed class FiscalYearFigures(CountyIpDbContext db) : IFiscalYearFigures
{
    public async Task<IReadOnlyList<ApprovedFiscalYear>> ApprovedAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var rows = await db.Set<FiscalYear>().AsNoTracking()
            .Where(y => y.Year >= fromYear && y.Year <= toYear && y.ApprovedBy != null)
            .OrderBy(y => y.Year)
            .Select(y => new { y.Year, y.ApprovedGeneralBudgetExpenditure, y.ApprovedSpecialFundAppropriation, y.ApprovedSourceDocument, y.ApprovedEnteredBy, y.ApprovedBy, y.ApprovedUtc })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ApprovedFiscalYear(r.Year, r.ApprovedGeneralBudgetExpenditure!.Value, r.ApprovedSpecialFundAppropriation!.Value,
            r.ApprovedSourceDocument, r.ApprovedEnteredBy!, r.ApprovedBy!, r.ApprovedUtc!.Value))];
    }

    /// <summary>The same query as the budget execution report's summary, so the dashboard and the report agree.</summary>
    public Task<IReadOnlyList<FundSpending>> SpendingAsync(int fromYear, int toYear, CancellationToken cancellationToken) =>
        BudgetExecution.SpendingAsync(db, fromYear, toYear, cancellationToken);
}
