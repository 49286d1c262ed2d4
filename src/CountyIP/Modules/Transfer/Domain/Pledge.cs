using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Transfer.Domain;

/// <summary>
/// A pledge loan on patents and trademarks (知识产权质押融资, source 四(一)2): the pledgor, the bank, the rights, the
/// loan, its term and the registration number; released when the loan is repaid. Pre-checks (UseCases/RightChecks):
/// each right in force and owned by the pledgor on the first day, not already pledged, and in force to the last day.
/// </summary>
public sealed class Pledge : VersionedRecord
{
    public const int RegistrationNumberMaxLength = 40;

    private readonly List<ContractRight> rights = [];

    private Pledge()
    {
    }

    public Pledge(Guid pledgorId, string pledgorName, string bankCode, decimal amount, decimal? valuation, DateOnly startDate, DateOnly endDate, string? registrationNumber, IEnumerable<ContractRight> rights, string createdBy, DateTime utcNow)
    {
        PledgorId = pledgorId;
        PledgorName = pledgorName;
        BankCode = bankCode;
        Amount = amount;
        Valuation = valuation;
        StartDate = startDate;
        EndDate = endDate;
        RegistrationNumber = string.IsNullOrWhiteSpace(registrationNumber) ? null : registrationNumber.Trim();
        this.rights.AddRange(rights);
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PledgorId { get; private set; }

    [AuditPlain]
    public string PledgorName { get; private set; } = string.Empty;

    /// <summary>Code of the bank in the ReferenceData code list <c>bank</c>, which the bureau keeps.</summary>
    [AuditPlain]
    public string BankCode { get; private set; } = string.Empty;

    /// <summary>Loan amount in yuan (two decimals).</summary>
    [AuditPlain]
    public decimal Amount { get; private set; }

    /// <summary>The rights' valuation in yuan, when assessed.</summary>
    [AuditPlain]
    public decimal? Valuation { get; private set; }

    [AuditPlain]
    public DateOnly StartDate { get; private set; }

    [AuditPlain]
    public DateOnly EndDate { get; private set; }

    /// <summary>The pledge registration number given by CNIPA (质押登记号).</summary>
    [AuditPlain]
    public string? RegistrationNumber { get; private set; }

    [AuditPlain]
    public PledgeState State { get; private set; }

    [AuditPlain]
    public DateOnly? ReleasedOn { get; private set; }

    [AuditPlain]
    public string? StatusAlert { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<ContractRight> Rights => rights;

    public void Release(DateOnly on, DateTime utcNow)
    {
        State = PledgeState.Released;
        ReleasedOn = on;
        Touch(utcNow);
    }

    public void Alert(string? alert, DateTime utcNow)
    {
        StatusAlert = alert;
        Touch(utcNow);
    }
}
