namespace CountyIP.Modules.Funding.Contracts;

/// <summary>
/// The approved fiscal-year figures, for the indicators (二(二)1 special-fund ratio, 三(二)2 growth in step with the
/// budget). District-wide amounts with no personal data; only approved figures are ever given out.
/// </summary>
public interface IFiscalYearFigures
{
    /// <summary>The approved years between <paramref name="fromYear"/> and <paramref name="toYear"/> (inclusive), in order.</summary>
    Task<IReadOnlyList<ApprovedFiscalYear>> ApprovedAsync(int fromYear, int toYear, CancellationToken cancellationToken);
}

/// <summary>One approved year: the general budget expenditure, the special fund's appropriation, their document and approver.</summary>
public sealed record ApprovedFiscalYear(
    int Year,
    decimal GeneralBudgetExpenditure,
    decimal SpecialFundAppropriation,
    string? SourceDocument,
    string EnteredBy,
    string ApprovedBy,
    DateTime ApprovedUtc);
