using System.Text.Json.Serialization;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>Which ledger a correction is for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RightKind>))]
public enum RightKind
{
    Patent,
    Trademark,
    Copyright,
    Standard,
}

[JsonConverter(typeof(JsonStringEnumConverter<CorrectionStatus>))]
public enum CorrectionStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// An enterprise's proposed correction of one of its rights (issue 3 §5): the full set of fields it proposes, a note,
/// and the version of the record it was based on. Bureau staff approve it (the change is then applied as an ordinary
/// update) or reject it with a reason; either decision is final.
/// </summary>
public sealed class RightCorrection
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public RightKind Kind { get; init; }

    public Guid RecordId { get; init; }

    /// <summary>The submitting enterprise (the caller's scope at submission).</summary>
    public Guid EnterpriseId { get; init; }

    /// <summary>Number and title of the record at submission, for the queue.</summary>
    public required string RecordLabel { get; init; }

    /// <summary>Version of the record the proposal was based on; approval refuses when the record changed since.</summary>
    public Guid BaseVersion { get; init; }

    /// <summary>The proposed fields, as the JSON of the record's update input.</summary>
    public required string ProposedJson { get; init; }

    public required string Note { get; init; }

    public CorrectionStatus Status { get; private set; }

    public Guid? SubmittedBy { get; init; }

    public string? SubmittedByName { get; init; }

    public DateTime SubmittedUtc { get; init; }

    public Guid? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsPending => Status == CorrectionStatus.Pending;

    public void Approve(Guid? by, string? byName, DateTime utcNow) => Decide(CorrectionStatus.Approved, by, byName, utcNow, null);

    public void Reject(Guid? by, string? byName, DateTime utcNow, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Decide(CorrectionStatus.Rejected, by, byName, utcNow, reason.Trim());
    }

    private void Decide(CorrectionStatus status, Guid? by, string? byName, DateTime utcNow, string? reason)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("A correction is decided once.");
        }

        Status = status;
        DecidedBy = by;
        DecidedByName = byName;
        DecidedUtc = utcNow;
        RejectionReason = reason;
        Version = Guid.NewGuid();
    }
}
