using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>A new payment batch (<c>POST /api/funding/payment-batches</c>): approved applications not yet in a batch, and the voucher.</summary>
public sealed class CreatePaymentBatchCommand
{
    [Required, MinLength(1), MaxLength(500)]
    public List<Guid>? ApplicationIds { get; set; }

    /// <summary>The finance voucher's number; generated from the date when not given.</summary>
    [StringLength(PaymentBatch.VoucherMaxLength)]
    public string? VoucherNumber { get; set; }

    public DateOnly? VoucherDate { get; set; }
}

/// <summary>Marks a batch paid (<c>POST /api/funding/payment-batches/{id}/paid</c>) on <see cref="PaidOn"/> (today when not given).</summary>
public sealed class MarkBatchPaidCommand
{
    public DateOnly? PaidOn { get; set; }
}

public sealed record PaymentBatchCreated(Guid Id);

public sealed record PaymentBatchView(
    Guid Id,
    string VoucherNumber,
    DateOnly VoucherDate,
    [property: Money] decimal Total,
    string CreatedBy,
    DateTime CreatedUtc,
    DateOnly? PaidOn,
    string? PaidBy,
    IReadOnlyList<PaymentEntryView> Entries)
{
    internal static PaymentBatchView From(PaymentBatch b) => new(
        b.Id, b.VoucherNumber, b.VoucherDate, b.Total, b.CreatedBy, b.CreatedUtc, b.PaidOn, b.PaidBy,
        [.. b.Entries.OrderBy(e => e.EnterpriseName).ThenBy(e => e.ApplicationId)
            .Select(e => new PaymentEntryView(e.ApplicationId, e.EnterpriseId, e.EnterpriseName, e.BankAccountName, e.BankName, e.BankAccount, e.Amount, e.Line, e.Year, e.ItemCode))]);
}

public sealed record PaymentEntryView(Guid ApplicationId, Guid EnterpriseId, string EnterpriseName, string? BankAccountName, string? BankName, string? BankAccount, [property: Money] decimal Amount, BudgetUse Line, int Year, string ItemCode);

/// <summary>
/// Groups approved applications into a payment batch (issue 12 §3): each must be approved and in no batch (409
/// otherwise, naming it); the entries keep enterprise, account, amount and budget line as batched. An application can be
/// in one batch only — also when two batches are made at once: its version stamp and the entries' unique key let one win.
/// </summary>
internal sealed class CreatePaymentBatchHandler(CountyIpDbContext db, AbnormalFilings abnormal, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<PaymentBatchCreated> HandleAsync(CreatePaymentBatchCommand command, CancellationToken cancellationToken)
    {
        var ids = command.ApplicationIds!.Distinct().ToList();
        var applications = await db.Set<FundingApplication>().AsSplitQuery().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        if (ids.FirstOrDefault(id => applications.All(a => a.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            throw InputValidationException.For(nameof(command.ApplicationIds), text["Error_UnknownApplication", unknown]);
        }

        if (applications.FirstOrDefault(a => a.PaymentBatchId is not null) is { } batched)
        {
            throw new BusinessRuleException("funding.already-in-batch", text["Error_AlreadyInBatch", batched.EnterpriseName, batched.ItemCode]);
        }

        if (applications.FirstOrDefault(a => a.Status != ApplicationStatus.Approved) is { } unapproved)
        {
            throw new BusinessRuleException("funding.not-approved", text["Error_NotApproved", unapproved.EnterpriseName, text[EnumNames.Key(unapproved.Status)]]);
        }

        // Nothing is paid on a right notified as an abnormal filing after its approval.
        await abnormal.EnsureNoneAsync(applications.SelectMany(a => a.Rights), cancellationToken);
        var today = TimeDisplay.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var date = command.VoucherDate ?? today;
        var voucher = string.IsNullOrWhiteSpace(command.VoucherNumber)
            ? $"ZF{date:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}"
            : command.VoucherNumber.Trim();
        if (await db.Set<PaymentBatch>().AnyAsync(b => b.VoucherNumber == voucher, cancellationToken))
        {
            throw InputValidationException.For(nameof(command.VoucherNumber), text["Error_VoucherTaken", voucher]);
        }

        var batch = new PaymentBatch(voucher, date,
            applications.Select(a => new PaymentEntry(a.Id, a.EnterpriseId, a.EnterpriseName, a.BankAccountName, a.BankName, a.BankAccount, a.Amount, a.Line, a.Year, a.ItemCode)),
            user.UserName ?? string.Empty, now);
        db.Add(batch);
        foreach (var application in applications)
        {
            application.AddToBatch(batch.Id, user.UserName ?? string.Empty, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("funding.already-in-batch", text["Error_BatchedMeanwhile"]);
        }

        return new PaymentBatchCreated(batch.Id);
    }
}

/// <summary>
/// Records that the finance office paid a batch (issue 12 §3): once (409 when already paid; two at once: one wins),
/// by someone who approved none of its applications (separation of duties); each application becomes paid and its
/// amount is recorded as paid on its budget line; the enterprises are told.
/// </summary>
internal sealed class MarkBatchPaidHandler(CountyIpDbContext db, ICurrentUser user, INotifier notifier, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<PaymentBatchView?> HandleAsync(Guid id, MarkBatchPaidCommand command, CancellationToken cancellationToken)
    {
        if (await db.Set<PaymentBatch>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } batch)
        {
            return null;
        }

        if (batch.IsPaid)
        {
            throw new BusinessRuleException("funding.batch-paid", text["Error_BatchPaid", Money.Date(batch.PaidOn!.Value)]);
        }

        var payer = user.UserName ?? string.Empty;
        var ids = batch.Entries.Select(e => e.ApplicationId).ToList();
        var applications = await db.Set<FundingApplication>().AsSplitQuery().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        if (applications.Any(a => string.Equals(a.ApprovedBy, payer, StringComparison.OrdinalIgnoreCase) || string.Equals(a.FirstApprovedBy, payer, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessRuleException("funding.approver-pays", text["Error_ApproverPays"]);
        }

        var today = TimeDisplay.Today(clock);
        var paidOn = command.PaidOn ?? today;
        if (paidOn > today || paidOn < batch.VoucherDate)
        {
            throw InputValidationException.For(nameof(command.PaidOn), text["Error_PaidOnOutOfRange", Money.Date(batch.VoucherDate), Money.Date(today)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        batch.MarkPaid(paidOn, payer, now);
        var years = applications.Select(a => a.Year).Distinct().ToList();
        var fiscalYears = await db.Set<FiscalYear>().Where(y => years.Contains(y.Year)).ToDictionaryAsync(y => y.Year, cancellationToken);
        foreach (var application in applications)
        {
            application.MarkPaid(paidOn, payer, now);
            fiscalYears[application.Year].RecordPaid(application.Line, application.Amount, now);
            await notifier.NotifyAsync(FundingNotifications.Enterprise(application), FundingNotifications.Paid,
                FundingNotifications.Arguments(application, Money.Date(paidOn)), FundingNotifications.Link(application), cancellationToken);
        }

        await ApplicationSaving.SaveAsync(db, text, cancellationToken);
        return PaymentBatchView.From(batch);
    }
}

/// <summary>Payment batches, newest first, and one batch.</summary>
internal sealed class PaymentBatchQueries(CountyIpDbContext db)
{
    public async Task<PagedResult<PaymentBatchView>> ListAsync(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var number = Math.Max(page ?? 1, 1);
        var total = await db.Set<PaymentBatch>().CountAsync(cancellationToken);
        var rows = await db.Set<PaymentBatch>().AsNoTracking().OrderByDescending(b => b.VoucherDate).ThenByDescending(b => b.CreatedUtc)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<PaymentBatchView>([.. rows.Select(PaymentBatchView.From)], total, number, size);
    }

    public async Task<PaymentBatchView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<PaymentBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is { } batch
            ? PaymentBatchView.From(batch)
            : null;
}

/// <summary>
/// A batch as the .xlsx the finance office pays from (issue 12 §3): enterprise, account name, bank, account number,
/// amount, budget line, item and year, one row per application; the export itself is recorded in the audit trail.
/// </summary>
internal sealed class ExportPaymentBatchHandler(CountyIpDbContext db, SpreadsheetExport export, IStringLocalizer<FundingText> text)
{
    private static readonly SpreadsheetColumn<PaymentEntry>[] Columns =
    [
        SpreadsheetColumn<PaymentEntry>.Text("Field_EnterpriseName", e => e.EnterpriseName),
        SpreadsheetColumn<PaymentEntry>.Text("Field_BankAccountName", e => e.BankAccountName),
        SpreadsheetColumn<PaymentEntry>.Text("Field_BankName", e => e.BankName),
        SpreadsheetColumn<PaymentEntry>.Text("Field_BankAccount", e => e.BankAccount),
        SpreadsheetColumn<PaymentEntry>.Money("Field_Amount", e => e.Amount),
        SpreadsheetColumn<PaymentEntry>.Enum("Field_Line", e => e.Line),
        SpreadsheetColumn<PaymentEntry>.Text("Field_ItemCode", e => e.ItemCode),
        SpreadsheetColumn<PaymentEntry>.Number("Field_Year", e => e.Year),
    ];

    public async Task<ExportFile?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<PaymentBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } batch)
        {
            return null;
        }

        var sheet = new SpreadsheetSheet<PaymentEntry>(text, text["Batch_ExportTitle", batch.VoucherNumber], nameof(PaymentBatch), batch.Id.ToString(), new { batch.VoucherNumber }, Columns);
        var rows = batch.Entries.OrderBy(e => e.EnterpriseName).ThenBy(e => e.ApplicationId).AsQueryable();
        return await export.FromQueryAsync(sheet, rows, cancellationToken);
    }
}
