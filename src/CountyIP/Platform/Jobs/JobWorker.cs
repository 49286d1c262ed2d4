using System.Diagnostics;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Jobs;

/// <summary>
/// Runs queued jobs, one at a time per instance. Claiming is a conditional UPDATE (Status = Queued → Running with
/// this instance's lease), so across instances on one PostgreSQL exactly one claim succeeds. The lease is renewed
/// while the job runs; a job whose lease expired (its instance died) is queued again, up to
/// <see cref="BackgroundJob.MaxAttempts"/> attempts.
/// </summary>
internal sealed class JobWorker(
    IServiceScopeFactory scopes,
    JobSignal signal,
    JobProgressRegistry registry,
    TimeProvider clock,
    JobOptions options,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string instanceId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await TryClaimAsync(stoppingToken);
                if (job is null)
                {
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                    continue;
                }

                await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; keep the worker alive and try again.
                logger.LogWarning(ex, "Job worker loop failed; retrying");
                await Task.Delay(options.PollInterval, stoppingToken);
            }
        }
    }

    internal async Task<BackgroundJob?> TryClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var jobs = db.Set<BackgroundJob>();
        var now = clock.GetUtcNow().UtcDateTime;

        await jobs.Where(j => j.Status == JobStatus.Running && j.LeaseExpiresUtc < now && j.Attempts < BackgroundJob.MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.LeaseOwner, (string?)null), cancellationToken);
        await jobs.Where(j => j.Status == JobStatus.Running && j.LeaseExpiresUtc < now && j.Attempts >= BackgroundJob.MaxAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Failed)
                .SetProperty(j => j.FinishedUtc, now)
                .SetProperty(j => j.Error, JobFailure.Interrupted), cancellationToken);

        for (var tries = 0; tries < 5; tries++)
        {
            var candidate = await jobs.Where(j => j.Status == JobStatus.Queued)
                .OrderBy(j => j.CreatedUtc).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var leaseUntil = now + options.LeaseDuration;
            var claimed = await jobs.Where(j => j.Id == candidate && j.Status == JobStatus.Queued)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Status, JobStatus.Running)
                    .SetProperty(j => j.LeaseOwner, instanceId)
                    .SetProperty(j => j.LeaseExpiresUtc, leaseUntil)
                    .SetProperty(j => j.StartedUtc, now)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return await jobs.AsNoTracking().SingleAsync(j => j.Id == candidate, cancellationToken);
            }
        }

        return null;
    }

    private async Task RunAsync(BackgroundJob job, CancellationToken stoppingToken)
    {
        // Each run is an activity of its own, so its log lines share one trace id, the one a failed job shows its user.
        using var activity = new Activity("CountyIP.Jobs.Run").Start();
        activity.SetTag("job.id", job.Id).SetTag("job.kind", job.Kind);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewLeaseAsync(job.Id, running.Token);
        var progress = new ThrottledJobProgress(job.Id, scopes, registry, clock);
        JobOutcome outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
            outcome = handler is null
                ? JobOutcome.Failure(JobFailure.NoHandler(job.Kind))
                : await handler.RunAsync(new JobContext(job, progress), running.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: give the job back so another start (or instance) runs it again from the beginning.
            await running.CancelAsync();
            await IgnoreCancellation(renewal);
            await UpdateAsync(job.Id, s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.LeaseOwner, (string?)null), CancellationToken.None);
            registry.Remove(job.Id);
            return;
        }
        catch (BusinessRuleException rule)
        {
            outcome = JobOutcome.Failure(rule.Message);
        }
        catch (Exception ex)
        {
            var traceId = activity.TraceId.ToHexString();
            logger.LogError(ex, "Job {JobId} of kind {Kind} failed (trace {TraceId})", job.Id, job.Kind, traceId);
            outcome = JobOutcome.Failure(JobFailure.Unexpected(traceId));
        }

        await running.CancelAsync();
        await IgnoreCancellation(renewal);
        await progress.FlushAsync();
        var finished = clock.GetUtcNow().UtcDateTime;
        await UpdateAsync(job.Id, s => s
            .SetProperty(j => j.Status, outcome.Succeeded ? JobStatus.Succeeded : JobStatus.Failed)
            .SetProperty(j => j.ProgressPercent, j => outcome.Succeeded ? 100 : j.ProgressPercent)
            .SetProperty(j => j.ResultJson, outcome.ResultJson)
            .SetProperty(j => j.Error, outcome.Error)
            .SetProperty(j => j.ResultFileKey, outcome.FileKey)
            .SetProperty(j => j.ResultFileName, outcome.FileName)
            .SetProperty(j => j.FinishedUtc, finished)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
        registry.Remove(job.Id);
    }

    private async Task RenewLeaseAsync(Guid id, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.LeaseDuration / 3, cancellationToken);
            var until = clock.GetUtcNow().UtcDateTime + options.LeaseDuration;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
                await db.Set<BackgroundJob>().Where(j => j.Id == id && j.LeaseOwner == instanceId)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresUtc, until), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not renew the lease of job {JobId}", id);
            }
        }
    }

    private async Task UpdateAsync(
        Guid id,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<BackgroundJob>> setters,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await db.Set<BackgroundJob>().Where(j => j.Id == id && j.LeaseOwner == instanceId).ExecuteUpdateAsync(setters, cancellationToken);
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // The lease renewal loop ends by cancellation.
        }
    }
}

/// <summary>Worker timings; tests shorten them.</summary>
internal sealed class JobOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the recurring-job scheduler looks for a due slot (housekeeping jobs).</summary>
    public TimeSpan RecurringCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
