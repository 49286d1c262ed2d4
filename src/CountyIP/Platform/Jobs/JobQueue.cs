using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Jobs;

internal sealed class JobQueue(
    IServiceScopeFactory scopes,
    CountyIpDbContext db,
    ICurrentUser currentUser,
    JobProgressRegistry registry,
    JobSignal signal,
    IFileStore files,
    IStringLocalizer<JobsText> jobsText,
    TimeProvider clock) : IJobQueue
{
    public async Task<Guid> EnqueueAsync(string kind, string payloadJson, CancellationToken cancellationToken)
    {
        // Its own scope and DbContext: queuing is one use case of its own and must not save the caller's pending changes.
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var job = new BackgroundJob
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Payload = payloadJson,
            Status = JobStatus.Queued,
            CreatedByUserId = currentUser.UserId,
            CreatedByName = currentUser.UserName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        jobs.Add(job);
        await jobs.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return job.Id;
    }

    public async Task<JobView?> FindOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        if (userId is null)
        {
            return null;
        }

        var job = await db.Set<BackgroundJob>().AsNoTracking()
            .Where(j => j.Id == id && j.CreatedByUserId == userId)
            .FirstOrDefaultAsync(cancellationToken);
        return job is null ? null : ToView(job);
    }

    public async Task<(Stream Content, string FileName)?> OpenOwnFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var file = userId is null
            ? null
            : await db.Set<BackgroundJob>().AsNoTracking()
                .Where(j => j.Id == id && j.CreatedByUserId == userId && j.ResultFileKey != null)
                .Select(j => new { j.ResultFileKey, j.ResultFileName })
                .FirstOrDefaultAsync(cancellationToken);
        var stream = file is null ? null : files.OpenRead(file.ResultFileKey!);
        return stream is null ? null : (stream, file!.ResultFileName ?? "result.bin");
    }

    public async Task<(IReadOnlyList<JobView> Items, int Total)> ListOwnAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        if (userId is null)
        {
            return ([], 0);
        }

        var query = db.Set<BackgroundJob>().AsNoTracking().Where(j => j.CreatedByUserId == userId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(j => j.CreatedUtc)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return ([.. items.Select(ToView)], total);
    }

    private JobView ToView(BackgroundJob job)
    {
        var percent = job.ProgressPercent;
        var text = job.ProgressText;
        if (job.Status == JobStatus.Running && registry.TryGet(job.Id, out var live))
        {
            (percent, text) = live;
        }

        return new JobView(job.Id, job.Kind, job.Status, percent, text, job.ResultJson, JobFailure.Describe(job.Error, jobsText),
            job.ResultFileKey is not null, job.ResultFileName, job.CreatedUtc, job.StartedUtc, job.FinishedUtc);
    }
}
