using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// One fiscal year of the district (source 二(二)1, 三(二)2): the general budget expenditure (区财政一般预算支出) and the
/// special IP fund's appropriation (专项资金年度预算), split into budget lines by use. Entered by one officer and approved
/// by another (four eyes): only approved figures count — for the special-fund ratio on the dashboard and, later, for the
/// money that may be committed. A correction after approval is entered as a new proposal; the approved figures stay in
/// force until the correction is approved in turn, so the dashboard never shows an unchecked number.
/// </summary>
public sealed class FiscalYear : VersionedRecord
{
    public const int SourceDocumentMaxLength = 200;

    /// <summary>The largest amount an officer can enter (CNY): a district's whole budget is far below it.</summary>
    public const double MaxAmount = 1_000_000_000_000d;

    private readonly List<BudgetLine> lines = [];

    private FiscalYear()
    {
    }

    public FiscalYear(int year)
    {
        Year = year;
        foreach (var use in Enum.GetValues<BudgetUse>())
        {
            lines.Add(new BudgetLine(use));
        }
    }

    [AuditPlain]
    public int Year { get; private set; }

    /// <summary>Proposed: the general budget expenditure as last entered.</summary>
    [AuditPlain]
    public decimal GeneralBudgetExpenditure { get; private set; }

    /// <summary>Proposed: the special fund's appropriation as last entered.</summary>
    [AuditPlain]
    public decimal SpecialFundAppropriation { get; private set; }

    /// <summary>Proposed: the document the figures come from (the budget resolution's number and title).</summary>
    [AuditPlain]
    public string? SourceDocument { get; private set; }

    [AuditPlain]
    public FiscalYearState State { get; private set; }

    /// <summary>User name of the officer who entered the proposal (who may therefore not approve it).</summary>
    [AuditPlain]
    public string EnteredBy { get; private set; } = string.Empty;

    public DateTime EnteredUtc { get; private set; }

    /// <summary>Approved, in force: null until the first approval.</summary>
    [AuditPlain]
    public decimal? ApprovedGeneralBudgetExpenditure { get; private set; }

    [AuditPlain]
    public decimal? ApprovedSpecialFundAppropriation { get; private set; }

    [AuditPlain]
    public string? ApprovedSourceDocument { get; private set; }

    /// <summary>Who entered the figures now in force (the proposal's <see cref="EnteredBy"/> when it was approved).</summary>
    [AuditPlain]
    public string? ApprovedEnteredBy { get; private set; }

    [AuditPlain]
    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedUtc { get; private set; }

    /// <summary>One line per use, always all of them (a use with no money has 0).</summary>
    public IReadOnlyList<BudgetLine> Lines => lines;

    /// <summary>
    /// Records a proposal: the two amounts, the document, and the appropriation by use (uses not named get 0). The
    /// caller has checked the shape (amounts, two decimals, lines adding up to the appropriation).
    /// </summary>
    public void Enter(decimal expenditure, decimal appropriation, string? sourceDocument, IReadOnlyDictionary<BudgetUse, decimal> byUse, string enteredBy, DateTime utcNow)
    {
        GeneralBudgetExpenditure = expenditure;
        SpecialFundAppropriation = appropriation;
        SourceDocument = string.IsNullOrWhiteSpace(sourceDocument) ? null : sourceDocument.Trim();
        foreach (var line in lines)
        {
            line.Propose(byUse.GetValueOrDefault(line.Use));
        }

        State = FiscalYearState.PendingApproval;
        EnteredBy = enteredBy;
        EnteredUtc = utcNow;
        Touch(utcNow);
    }

    /// <summary>Why <paramref name="approver"/> may not approve now, or null when they may.</summary>
    public FiscalYearRefusal? CannotApprove(string approver) =>
        State != FiscalYearState.PendingApproval ? FiscalYearRefusal.NothingPending
        : string.Equals(approver, EnteredBy, StringComparison.OrdinalIgnoreCase) ? FiscalYearRefusal.SamePerson
        : lines.Any(l => l.Proposed < l.Committed) ? FiscalYearRefusal.BelowCommitted
        : null;

    /// <summary>The line of <paramref name="use"/>.</summary>
    public BudgetLine Line(BudgetUse use) => lines.First(l => l.Use == use);

    /// <summary>
    /// Charges an approved application's <paramref name="amount"/> to the line of <paramref name="use"/>. The caller has
    /// checked that the year is approved and the line has the money (<see cref="BudgetLine.Remaining"/>); the version
    /// stamp this renews makes two commitments racing for the last money save one after the other, never both.
    /// </summary>
    public void Commit(BudgetUse use, decimal amount, DateTime utcNow)
    {
        var line = Line(use);
        if (ApprovedSpecialFundAppropriation is null || amount > line.Remaining)
        {
            throw new InvalidOperationException($"Fiscal year {Year}: {amount} does not fit the {use} line's remaining {line.Remaining}.");
        }

        line.Commit(amount);
        Touch(utcNow);
    }

    /// <summary>Records a payment of committed money on the line of <paramref name="use"/>.</summary>
    public void RecordPaid(BudgetUse use, decimal amount, DateTime utcNow)
    {
        Line(use).RecordPaid(amount);
        Touch(utcNow);
    }

    /// <summary>Puts the proposal in force (four eyes: <see cref="CannotApprove"/> is checked first).</summary>
    public void Approve(string approver, DateTime utcNow)
    {
        if (CannotApprove(approver) is { } refusal)
        {
            throw new InvalidOperationException($"Fiscal year {Year} cannot be approved: {refusal}.");
        }

        ApprovedGeneralBudgetExpenditure = GeneralBudgetExpenditure;
        ApprovedSpecialFundAppropriation = SpecialFundAppropriation;
        ApprovedSourceDocument = SourceDocument;
        ApprovedEnteredBy = EnteredBy;
        foreach (var line in lines)
        {
            line.Approve();
        }

        State = FiscalYearState.Approved;
        ApprovedBy = approver;
        ApprovedUtc = utcNow;
        Touch(utcNow);
    }
}

/// <summary>Where a fiscal year's latest proposal stands.</summary>
public enum FiscalYearState
{
    /// <summary>Entered, waiting for a second officer (待审核).</summary>
    PendingApproval,

    /// <summary>Approved; the figures are in force (已审核).</summary>
    Approved,
}

/// <summary>Why an approval is refused.</summary>
public enum FiscalYearRefusal
{
    NothingPending,
    SamePerson,

    /// <summary>A proposed line is below what approved applications have already committed on it.</summary>
    BelowCommitted,
}
