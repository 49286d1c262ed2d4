using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Protection.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>Housekeeping jobs queued by the clock (ADR 0005): once per slot across instances; ended sessions removed.</summary>
public sealed class RecurringJobTests
{
    [Fact]
    public async Task EnqueueDue_ManySchedulersInOneSlot_QueuesEachKindOnce()
    {
        await using var factory = new CountyIpAppFactory();
        await factory.InitializeAsync();
        _ = factory.Server;
        var scheduler = factory.Services.GetRequiredService<RecurringJobScheduler>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => scheduler.EnqueueDueAsync(TestContext.Current.CancellationToken)));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var slotId = RecurringJobScheduler.SlotJobId(new RecurringJobSchedule(EndedSessionCleanupJob.KindName, EndedSessionCleanupJob.Interval), DateTime.UtcNow);
        var cleanups = await db.Set<BackgroundJob>().AsNoTracking()
            .Where(j => j.Kind == EndedSessionCleanupJob.KindName).Select(j => j.Id).ToListAsync(TestContext.Current.CancellationToken);
        cleanups.ShouldBe([slotId]);
    }

    [Fact]
    public async Task Start_ModuleRecurringJob_QueuedAndRunByTheWorker()
    {
        await using var factory = new CountyIpAppFactory();
        await factory.InitializeAsync();
        _ = factory.Server;

        BackgroundJob? purge = null;
        for (var i = 0; i < 300 && purge?.IsFinished != true; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            await using var scope = factory.Services.CreateAsyncScope();
            purge = await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<BackgroundJob>().AsNoTracking()
                .SingleOrDefaultAsync(j => j.Kind == PurgeExpiredCasesJob.KindName, TestContext.Current.CancellationToken);
        }

        purge.ShouldNotBeNull().Status.ShouldBe(JobStatus.Succeeded, purge.Error);
        purge.ResultJson.ShouldBe("{\"casesPurged\":0,\"filesDeleted\":0}");
    }

    [Fact]
    public void SlotJobId_SameSlotSameId_NextSlotDifferentId()
    {
        var schedule = new RecurringJobSchedule("k", TimeSpan.FromHours(6));
        var start = new DateTime(2026, 11, 25, 6, 0, 0, DateTimeKind.Utc);

        RecurringJobScheduler.SlotJobId(schedule, start).ShouldBe(RecurringJobScheduler.SlotJobId(schedule, start.AddHours(5.99)));
        RecurringJobScheduler.SlotJobId(schedule, start).ShouldNotBe(RecurringJobScheduler.SlotJobId(schedule, start.AddHours(6)));
        RecurringJobScheduler.SlotJobId(schedule, start).ShouldNotBe(RecurringJobScheduler.SlotJobId(schedule with { Kind = "other" }, start));
    }

    [Fact]
    public async Task EndedSessionCleanup_SessionsOlderThanRetention_RemovesOnlyThose()
    {
        await using var factory = new CountyIpAppFactory();
        await factory.InitializeAsync();
        _ = factory.Server;
        var user = await TestUsers.CreateAsync(factory, Roles.BureauStaff);
        var now = DateTime.UtcNow;
        var ended = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, CreatedUtc = now.AddDays(-40), LastSeenUtc = now.AddDays(-31), RevokedUtc = now.AddDays(-31), RevokedReason = "sign-out" };
        var recentlyEnded = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, CreatedUtc = now.AddDays(-3), LastSeenUtc = now.AddDays(-2), RevokedUtc = now.AddDays(-2), RevokedReason = "sign-out" };
        var live = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, CreatedUtc = now.AddMinutes(-10), LastSeenUtc = now };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.AddRange(ended, recentlyEnded, live);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().Single(h => h.Kind == EndedSessionCleanupJob.KindName);
            var job = new BackgroundJob { Id = Guid.NewGuid(), Kind = EndedSessionCleanupJob.KindName };
            var outcome = await handler.RunAsync(new JobContext(job, new NoProgress()), TestContext.Current.CancellationToken);
            outcome.Succeeded.ShouldBeTrue();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var left = await db.Set<UserSession>().AsNoTracking().Where(s => s.UserId == user.Id).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
            left.ShouldBe([recentlyEnded.Id, live.Id], ignoreOrder: true);
        }
    }

    private sealed class NoProgress : IJobProgress
    {
        public Task ReportAsync(long done, long total, string? text = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
