namespace CountyIP.Modules.Funding.Contracts;

/// <summary>
/// The approved fiscal-year figures, for the indicators (二(二)1 special-fund ratio, 三(二)2 growth in step with the
/// budget). District-wide amounts with no personal data; only approved figures are ever given out.
/// </summary>
public interface IFiscalYearFigures
{
    /// <summary>The approved years between <paramref name="fromYear"/> and <paramref name="toYear"/> (inclusive), in order.</summary>
    Task<IReadOnlyList<ApprovedFiscalYear>> ApprovedAsync(int fromYear, int toYear, CancellationToken cancellationToken);

    /// <summary>
    /// What the fund of each year between <paramref name="fromYear"/> and <paramref name="toYear"/> (inclusive) has paid
    /// out so far (issue 12 §5): one entry, in order, per year with an approved fiscal record or a payment; a year with
    /// neither is left out (nothing to say about it).
    /// </summary>
    Task<IReadOnlyList<FundSpending>> SpendingAsync(int fromYear, int toYear, CancellationToken cancellationToken);
}

/// <summary>
/// A year's fund as paid out: <see cref="Paid"/> is the amount of the applications charged to the year's fund
/// (filed that year) and paid by a payment batch, whenever the batch was paid; <see cref="EnterprisesSupported"/> the
/// distinct enterprises among them; <see cref="PaidOnInventionPatents"/> the part paid under items rewarding invention
/// patent grants (发明专利授权); <see cref="InventionShare"/> that part ÷ <see cref="Paid"/> (null when nothing was paid).
/// </summary>
public sealed record FundSpending(int Year, decimal Paid, int EnterprisesSupported, decimal PaidOnInventionPatents)
{
    public decimal? InventionShare => Paid > 0m ? Math.Round(PaidOnInventionPatents / Paid, 4) : null;
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
