using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// A payment batch (拨付批次, issue 12 §3): approved applications the finance office pays together under one voucher
/// number and date. Its entries keep each application's enterprise, bank account, amount and budget line as they were
/// batched (what the exported list shows). Marked paid once, by someone who approved none of its applications
/// (separation of duties); the version stamp makes two concurrent "paid" saves one success and one refusal.
/// </summary>
public sealed class PaymentBatch : VersionedRecord
{
    public const int VoucherMaxLength = 50;

    private readonly List<PaymentEntry> entries = [];

    private PaymentBatch()
    {
    }

    public PaymentBatch(string voucherNumber, DateOnly voucherDate, IEnumerable<PaymentEntry> items, string createdBy, DateTime utcNow)
    {
        VoucherNumber = voucherNumber.Trim();
        VoucherDate = voucherDate;
        entries.AddRange(items);
        Total = entries.Sum(e => e.Amount);
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The finance voucher's number (凭证号).</summary>
    [AuditPlain]
    public string VoucherNumber { get; private set; } = string.Empty;

    [AuditPlain]
    public DateOnly VoucherDate { get; private set; }

    /// <summary>The sum of the entries, to the fen.</summary>
    [AuditPlain]
    public decimal Total { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    [AuditPlain]
    public DateOnly? PaidOn { get; private set; }

    [AuditPlain]
    public string? PaidBy { get; private set; }

    public bool IsPaid => PaidOn is not null;

    public IReadOnlyList<PaymentEntry> Entries => entries;

    /// <summary>Records the payment of the whole batch (once: the caller refuses a paid batch first).</summary>
    public void MarkPaid(DateOnly paidOn, string paidBy, DateTime utcNow)
    {
        if (IsPaid)
        {
            throw new InvalidOperationException($"Batch {Id} is already paid.");
        }

        PaidOn = paidOn;
        PaidBy = paidBy;
        Touch(utcNow);
    }
}

/// <summary>One application in a batch, as batched.</summary>
public sealed record PaymentEntry(Guid ApplicationId, Guid EnterpriseId, string EnterpriseName, string? BankAccountName, string? BankName, string? BankAccount, decimal Amount, BudgetUse Line, int Year, string ItemCode)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}
