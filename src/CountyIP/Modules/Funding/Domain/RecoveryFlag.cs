using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// A subsidy to be recovered (追回, issue 12 §4): a right a paid application was rewarded for ended by its holder's doing
/// within the recovery period after the payment — a patent lapsed for an unpaid annual fee, invalidated or abandoned; a
/// designation revoked — or the right was notified as an abnormal filing (非正常专利申请). The amount is the right's
/// share of what was paid. The recovery scan raises flags and clears the open ones whose right was restored; bureau
/// staff then demand the money, record it recovered, or waive it with a reason. One flag per application and right.
/// </summary>
public sealed class RecoveryFlag : VersionedRecord
{
    public const int NoteMaxLength = 500;

    private RecoveryFlag()
    {
    }

    public RecoveryFlag(FundingApplication application, ApplicationRight right, RecoveryCause cause, DateOnly endedOn, decimal amount, DateOnly flaggedOn, DateTime utcNow)
    {
        ApplicationId = application.Id;
        EnterpriseId = application.EnterpriseId;
        EnterpriseName = application.EnterpriseName;
        UnitCode = application.UnitCode;
        ItemCode = application.ItemCode;
        RightKey = right.Key;
        Number = right.Number;
        Title = right.Title;
        PaidOn = application.PaidOn!.Value;
        Cause = cause;
        EndedOn = endedOn;
        Amount = amount;
        FlaggedOn = flaggedOn;
        State = RecoveryState.Open;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; private set; }

    public Guid EnterpriseId { get; private set; }

    [AuditPlain]
    public string EnterpriseName { get; private set; } = string.Empty;

    public string? UnitCode { get; private set; }

    [AuditPlain]
    public string ItemCode { get; private set; } = string.Empty;

    /// <summary>The right's ledger key (<c>patent:{id}</c>, <c>designation:…</c>).</summary>
    public string RightKey { get; private set; } = string.Empty;

    [AuditPlain]
    public string Number { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public DateOnly PaidOn { get; private set; }

    [AuditPlain]
    public RecoveryCause Cause { get; private set; }

    /// <summary>The first day without the right; for an abnormal filing, the day it was notified.</summary>
    [AuditPlain]
    public DateOnly EndedOn { get; private set; }

    /// <summary>The right's share of the amount paid, to the fen.</summary>
    [AuditPlain]
    public decimal Amount { get; private set; }

    public DateOnly FlaggedOn { get; private set; }

    [AuditPlain]
    public RecoveryState State { get; private set; }

    /// <summary>What was recovered (when <see cref="RecoveryState.Recovered"/>).</summary>
    [AuditPlain]
    public decimal? RecoveredAmount { get; private set; }

    [AuditPlain]
    public DateOnly? DecidedOn { get; private set; }

    [AuditPlain]
    public string? DecidedBy { get; private set; }

    /// <summary>The demand's document, the receipt's voucher, the reason of a waiver or of the clearing.</summary>
    [AuditPlain]
    public string? Note { get; private set; }

    public bool IsOpen => State is RecoveryState.Open or RecoveryState.Demanded;

    public void Demand(string actor, string? note, DateOnly today, DateTime utcNow) => Decide(RecoveryState.Demanded, actor, note, today, utcNow);

    public void RecordRecovered(decimal amount, string actor, string? note, DateOnly today, DateTime utcNow)
    {
        RecoveredAmount = amount;
        Decide(RecoveryState.Recovered, actor, note, today, utcNow);
    }

    public void Waive(string actor, string note, DateOnly today, DateTime utcNow) => Decide(RecoveryState.Waived, actor, note, today, utcNow);

    /// <summary>The right is in force again (a restoration, 恢复权利): nothing is owed; the scan's doing, not a person's.</summary>
    public void Clear(string note, DateOnly today, DateTime utcNow) => Decide(RecoveryState.Cleared, SystemActor, note, today, utcNow);

    /// <summary>The actor recorded when the recovery scan clears a flag.</summary>
    public const string SystemActor = "system";

    private void Decide(RecoveryState state, string actor, string? note, DateOnly today, DateTime utcNow)
    {
        State = state;
        DecidedBy = actor;
        DecidedOn = today;
        Note = string.IsNullOrWhiteSpace(note) ? Note : note.Trim();
        Touch(utcNow);
    }
}

/// <summary>Why a subsidy is to be recovered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecoveryCause>))]
public enum RecoveryCause
{
    /// <summary>未缴年费终止 (专利法实施细则 (2010) art. 98).</summary>
    Lapsed,

    /// <summary>宣告无效 (专利法 art. 45-47).</summary>
    Invalidated,

    /// <summary>放弃专利权 (专利法 art. 44).</summary>
    Abandoned,

    /// <summary>认定被撤销.</summary>
    Revoked,

    /// <summary>被通报为非正常专利申请.</summary>
    AbnormalFiling,
}

/// <summary>Where a recovery stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecoveryState>))]
public enum RecoveryState
{
    /// <summary>Flagged; nobody has acted yet.</summary>
    Open,

    /// <summary>The enterprise was told to pay back (追回通知).</summary>
    Demanded,

    Recovered,

    /// <summary>Not recovered, with the reason (e.g. a lapse the enterprise could not help).</summary>
    Waived,

    /// <summary>The right was restored while the flag was open: nothing is owed.</summary>
    Cleared,
}
