namespace CountyIP.Platform.Jobs;

/// <summary>
/// Runs one kind of background job. Register implementations in DI (<c>services.AddJobHandler&lt;T&gt;()</c>).
/// A handler runs in its own DI scope; it must apply its changes in one transaction so a killed run leaves
/// nothing half-written and a re-run is safe.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>The resx marker type and key of the job's display name (both languages), e.g. "导入专利".</summary>
    (Type Resource, string Key) DisplayName { get; }

    Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler gets: its payload and a progress reporter.</summary>
public sealed class JobContext(BackgroundJob job, IJobProgress progress)
{
    public Guid JobId { get; } = job.Id;

    public string Payload { get; } = job.Payload;

    public Guid? CreatedByUserId { get; } = job.CreatedByUserId;

    public int Attempt { get; } = job.Attempts;

    public IJobProgress Progress { get; } = progress;
}

/// <summary>Reports progress; writes are throttled, so call it as often as convenient.</summary>
public interface IJobProgress
{
    Task ReportAsync(long done, long total, string? text = null, CancellationToken cancellationToken = default);
}

/// <summary>A handler's result: JSON for the page, optionally a file, or a failure message for the user.</summary>
public sealed record JobOutcome(bool Succeeded, string? ResultJson = null, string? Error = null, string? FileKey = null, string? FileName = null)
{
    public static JobOutcome Success(string? resultJson = null, string? fileKey = null, string? fileName = null) =>
        new(true, resultJson, null, fileKey, fileName);

    public static JobOutcome Failure(string error, string? resultJson = null, string? fileKey = null, string? fileName = null) =>
        new(false, resultJson, error, fileKey, fileName);
}
