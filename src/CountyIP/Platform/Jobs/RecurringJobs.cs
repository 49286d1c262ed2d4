using System.Security.Cryptography;
using System.Text;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Jobs;

/// <summary>A job kind that is queued by the clock rather than by a user: once per <see cref="Interval"/>.</summary>
public sealed record RecurringJobSchedule(string Kind, TimeSpan Interval);

public static class RecurringJobSetup
{
    /// <summary>
    /// Registers a handler that the <see cref="RecurringJobScheduler"/> queues once per <paramref name="interval"/>
    /// (housekeeping such as removing ended sessions). It runs like any other job: one instance, leases, retries.
    /// </summary>
    public static IServiceCollection AddRecurringJob<THandler>(this IServiceCollection services, string kind, TimeSpan interval)
        where THandler : class, IJobHandler
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromMinutes(1));
        services.AddJobHandler<THandler>();
        services.AddSingleton(new RecurringJobSchedule(kind, interval));
        return services;
    }
}

/// <summary>
/// The "simple timer that enqueues jobs" of ADR 0005: every <see cref="JobOptions.RecurringCheckInterval"/> it queues
/// each recurring kind whose current time slot has no job yet. The job id is derived from the kind and the slot, so
/// several instances on one PostgreSQL queue it once: the second insert hits the primary key and is ignored.
/// </summary>
internal sealed class RecurringJobScheduler(
    IEnumerable<RecurringJobSchedule> schedules,
    IServiceScopeFactory scopes,
    JobSignal signal,
    TimeProvider clock,
    JobOptions options,
    ILogger<RecurringJobScheduler> logger) : BackgroundService
{
    private readonly RecurringJobSchedule[] schedules = [.. schedules];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedules.Length == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.RecurringCheckInterval, clock);
        do
        {
            try
            {
                if (await EnqueueDueAsync(stoppingToken) > 0)
                {
                    signal.Notify();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the next tick tries again.
                logger.LogWarning(ex, "Queuing recurring jobs failed; retrying at the next check");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Queues every recurring kind that has no job in its current slot; returns how many were queued.</summary>
    internal async Task<int> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = 0;
        foreach (var schedule in schedules)
        {
            var id = SlotJobId(schedule, now);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var jobs = db.Set<BackgroundJob>();
            if (await jobs.AnyAsync(j => j.Id == id, cancellationToken))
            {
                continue;
            }

            jobs.Add(new BackgroundJob
            {
                Id = id,
                Kind = schedule.Kind,
                Status = JobStatus.Queued,
                CreatedUtc = now,
                CreatedByName = "system",
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Another instance queued this slot between our check and our insert: that is the one that runs.
                // Anything else (the database is down) is rethrown.
                if (!await IdTakenAsync(id, cancellationToken))
                {
                    throw;
                }
            }
        }

        return queued;
    }

    private async Task<bool> IdTakenAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        return await db.Set<BackgroundJob>().AnyAsync(j => j.Id == id, cancellationToken);
    }

    /// <summary>A stable id for (kind, slot): the same on every instance, different for every slot.</summary>
    internal static Guid SlotJobId(RecurringJobSchedule schedule, DateTime nowUtc)
    {
        var slot = nowUtc.Ticks / schedule.Interval.Ticks;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{schedule.Kind}|{schedule.Interval.Ticks}|{slot}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8 (custom), so it cannot collide with v7 ids
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
