namespace CountyIP.Platform.Jobs;

/// <summary>
/// A long operation (import, report, recomputation) run in the background with progress that pages and the API
/// show (DESIGN.md "Running"). Rows survive restarts; a worker claims a queued job atomically, so a job runs on one
/// instance only; a worker that dies leaves an expired lease and the job is queued again (its transaction was
/// rolled back, so nothing is half-applied).
/// </summary>
public sealed class BackgroundJob
{
    public const int MaxAttempts = 3;

    public Guid Id { get; set; }

    /// <summary>Which <see cref="IJobHandler"/> runs it.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Handler input as JSON.</summary>
    public string Payload { get; set; } = "{}";

    public JobStatus Status { get; set; }

    public int ProgressPercent { get; set; }

    public string? ProgressText { get; set; }

    /// <summary>Handler output as JSON (counts, ids), shown by the page that started the job.</summary>
    public string? ResultJson { get; set; }

    /// <summary>File produced by the job (report, error workbook), in the file store.</summary>
    public string? ResultFileKey { get; set; }

    public string? ResultFileName { get; set; }

    /// <summary>What went wrong, in words a user can act on; never a stack trace.</summary>
    public string? Error { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public string? CreatedByName { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresUtc { get; set; }

    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
}

public enum JobStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
    Cancelled = 4,
}
