using CountyIP.Platform.Audit;

namespace CountyIP.Modules.Indicators.Domain;

/// <summary>
/// A figure the platform does not record, reported by hand with an evidence document (issue 4 §3): the special
/// IP fund and the district's general budget expenditure of a fiscal year (二(二)1), or any target no module
/// computes yet. It counts only once another staff member approved it (four-eyes).
/// </summary>
public sealed class ReportedFigure
{
    private ReportedFigure()
    {
    }

    public Guid Id { get; private set; }

    [AuditPlain]
    public string PlanId { get; private set; } = string.Empty;

    [AuditPlain]
    public string TargetId { get; private set; } = string.Empty;

    /// <summary>The calendar (fiscal) year the figure is for.</summary>
    public int Year { get; private set; }

    /// <summary>The unit a liaison reported for; null for the whole district.</summary>
    [AuditPlain]
    public string? UnitCode { get; private set; }

    /// <summary>The figure itself (a count); null for a ratio reported as its two parts.</summary>
    public decimal? Value { get; private set; }

    /// <summary>For a ratio: the part (the special IP fund, CNY).</summary>
    public decimal? Numerator { get; private set; }

    /// <summary>For a ratio: the whole (general budget expenditure, CNY).</summary>
    public decimal? Denominator { get; private set; }

    public string? Note { get; private set; }

    public string EvidenceFileKey { get; private set; } = string.Empty;

    public string EvidenceFileName { get; private set; } = string.Empty;

    public ReportedFigureStatus Status { get; private set; }

    public Guid SubmittedById { get; private set; }

    public string SubmittedByName { get; private set; } = string.Empty;

    public DateTime SubmittedUtc { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>
    /// Optimistic concurrency token, renewed on every change: of two decisions taken at once on this figure, or on two
    /// figures competing for the same target, year and unit, exactly one is saved (issue 18 §8 "four-eyes decisions race").
    /// </summary>
    public Guid Version { get; private set; }

    public static ReportedFigure Submit(
        string planId, string targetId, int year, string? unitCode, decimal? value, decimal? numerator, decimal? denominator,
        string? note, string evidenceFileKey, string evidenceFileName, Guid submittedById, string submittedByName, DateTime nowUtc) => new()
        {
            Id = Guid.NewGuid(),
            PlanId = planId,
            TargetId = targetId,
            Year = year,
            UnitCode = unitCode,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
            Note = note,
            EvidenceFileKey = evidenceFileKey,
            EvidenceFileName = evidenceFileName,
            Status = ReportedFigureStatus.Submitted,
            SubmittedById = submittedById,
            SubmittedByName = submittedByName,
            SubmittedUtc = nowUtc,
            Version = Guid.NewGuid(),
        };

    /// <summary>Four-eyes: the submitter never approves their own figure.</summary>
    public void Approve(Guid approverId, string approverName, DateTime nowUtc)
    {
        EnsureDecidable(approverId);
        Status = ReportedFigureStatus.Approved;
        Version = Guid.NewGuid();
        DecidedById = approverId;
        DecidedByName = approverName;
        DecidedUtc = nowUtc;
    }

    public void Reject(Guid deciderId, string deciderName, string reason, DateTime nowUtc)
    {
        EnsureDecidable(deciderId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Rule("indicators.rejection-reason", "Error_RejectionReason");
        }

        Status = ReportedFigureStatus.Rejected;
        Version = Guid.NewGuid();
        DecidedById = deciderId;
        DecidedByName = deciderName;
        DecidedUtc = nowUtc;
        RejectionReason = reason.Trim();
    }

    /// <summary>A newer approved figure for the same target, year and unit replaces this one.</summary>
    public void Supersede()
    {
        Status = ReportedFigureStatus.Superseded;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Another figure for the same target, year and unit is being approved while this one waits: renewing its version
    /// makes a simultaneous approval of this one (which would supersede the other) lose, so the slot gets one winner.
    /// </summary>
    public void Contend() => Version = Guid.NewGuid();

    private void EnsureDecidable(Guid deciderId)
    {
        if (Status != ReportedFigureStatus.Submitted)
        {
            throw Rule("indicators.figure-decided", "Error_FigureDecided");
        }

        if (deciderId == SubmittedById)
        {
            throw Rule("indicators.four-eyes", "Error_FourEyes");
        }
    }

    private static Platform.Web.BusinessRuleException Rule(string code, string key) => new(code, IndicatorsText.Get(key));
}

public enum ReportedFigureStatus
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
    Superseded = 3,
}
