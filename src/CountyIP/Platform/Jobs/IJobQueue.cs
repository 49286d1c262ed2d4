namespace CountyIP.Platform.Jobs;

/// <summary>Queues background jobs and reads their state for the caller.</summary>
public interface IJobQueue
{
    /// <summary>Queues a job for the current user and returns its id. The caller's own unit of work is not touched.</summary>
    Task<Guid> EnqueueAsync(string kind, string payloadJson, CancellationToken cancellationToken);

    /// <summary>The job if the current user started it, else null (jobs are private to their creator).</summary>
    Task<JobView?> FindOwnAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Opens the file the caller's finished job produced, or null.</summary>
    Task<(Stream Content, string FileName)?> OpenOwnFileAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The current user's jobs, newest first.</summary>
    Task<(IReadOnlyList<JobView> Items, int Total)> ListOwnAsync(int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>A job as pages and the API show it.</summary>
public sealed record JobView(
    Guid Id,
    string Kind,
    JobStatus Status,
    int ProgressPercent,
    string? ProgressText,
    string? ResultJson,
    string? Error,
    bool HasFile,
    string? FileName,
    DateTime CreatedUtc,
    DateTime? StartedUtc,
    DateTime? FinishedUtc)
{
    public bool IsFinished => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
}
