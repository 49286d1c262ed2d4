using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>Background jobs (DESIGN.md "Running"): progress, outcome, restart recovery, single claim.</summary>
public sealed class JobWorkerTests
{
    [Fact]
    public async Task RunJob_HandlerSucceeds_StoresProgressResultAndFile()
    {
        await using var factory = new JobsFactory(TimeSpan.FromMilliseconds(100));
        await factory.InitializeAsync();
        _ = factory.Server;
        var id = await EnqueueAsync(factory, "{\"items\":5}");

        var job = await WaitFinishedAsync(factory, id);

        job.Status.ShouldBe(JobStatus.Succeeded);
        job.ProgressPercent.ShouldBe(100);
        job.ResultJson.ShouldBe("{\"counted\":5}");
        job.ResultFileName.ShouldBe("count.txt");
        using var scope = factory.Services.CreateScope();
        await using var file = scope.ServiceProvider.GetRequiredService<IFileStore>().OpenRead(job.ResultFileKey!)!;
        (await new StreamReader(file).ReadToEndAsync(TestContext.Current.CancellationToken)).ShouldBe("12345");
    }

    [Fact]
    public async Task RunJob_HandlerThrows_FailsWithLocalizedReasonAndTraceIdNoStackTrace()
    {
        await using var factory = new JobsFactory(TimeSpan.FromMilliseconds(100));
        await factory.InitializeAsync();
        _ = factory.Server;
        var id = await EnqueueAsync(factory, "{\"items\":-1}");

        var job = await WaitFinishedAsync(factory, id);

        job.Status.ShouldBe(JobStatus.Failed);
        var error = job.Error.ShouldNotBeNull();
        error.ShouldNotContain(" at ");
        error.ShouldNotContain("negative count");
        var traceId = System.Text.RegularExpressions.Regex.Match(error, "[0-9a-f]{32}").Value;
        traceId.ShouldNotBeEmpty(error);
        using var scope = factory.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<JobsText>>();
        foreach (var (culture, words) in new[] { ("zh-CN", "跟踪号"), ("en-US", "trace id") })
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            try
            {
                var described = JobFailure.Describe(error, text).ShouldNotBeNull();
                described.ShouldContain(words);
                described.ShouldContain(traceId);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Fact]
    public async Task RunJob_LeaseOfDeadInstanceExpired_RunsAgainToCompletion()
    {
        await using var factory = new JobsFactory(TimeSpan.FromMilliseconds(100));
        await factory.InitializeAsync();
        _ = factory.Server;
        var id = Guid.NewGuid();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.Add(new BackgroundJob
            {
                Id = id, Kind = CountingJob.KindName, Payload = "{\"items\":3}", Status = JobStatus.Running, Attempts = 1,
                LeaseOwner = "dead-instance", LeaseExpiresUtc = DateTime.UtcNow.AddMinutes(-1), CreatedUtc = DateTime.UtcNow.AddMinutes(-5),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var job = await WaitFinishedAsync(factory, id);

        job.Status.ShouldBe(JobStatus.Succeeded);
        job.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task ClaimJob_ManyWorkersAtOnce_ExactlyOneClaims()
    {
        await using var factory = new JobsFactory(TimeSpan.FromHours(1));
        await factory.InitializeAsync();
        _ = factory.Server;
        var id = Guid.NewGuid();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            // The oldest job in the queue, so every claimer goes for it first: the start-up housekeeping jobs queued
            // before it would otherwise take all eight claims and leave it unclaimed.
            db.Add(new BackgroundJob { Id = id, Kind = CountingJob.KindName, Payload = "{\"items\":1}", CreatedUtc = DateTime.UtcNow.AddYears(-1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var worker = factory.Services.GetRequiredService<JobWorker>();
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => worker.TryClaimAsync(TestContext.Current.CancellationToken)));

        // The host's own worker races the eight too (it may be polling after the start-up housekeeping jobs): one
        // claim in all, whoever made it, is the rule. Every claim adds an attempt, so the row counts them all.
        claims.Count(c => c?.Id == id).ShouldBeLessThanOrEqualTo(1);
        await using var check = factory.Services.CreateAsyncScope();
        var job = await check.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<BackgroundJob>().AsNoTracking()
            .SingleAsync(j => j.Id == id, TestContext.Current.CancellationToken);
        job.Attempts.ShouldBe(1);
    }

    private static async Task<Guid> EnqueueAsync(JobsFactory factory, string payload)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobQueue>().EnqueueAsync(CountingJob.KindName, payload, TestContext.Current.CancellationToken);
    }

    private static async Task<BackgroundJob> WaitFinishedAsync(JobsFactory factory, Guid id)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var job = await db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == id, TestContext.Current.CancellationToken);
            if (job.IsFinished)
            {
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"job {id} did not finish");
    }

    private sealed class JobsFactory(TimeSpan pollInterval) : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Jobs:PollInterval"] = pollInterval.ToString(),
            ["Jobs:LeaseDuration"] = "00:00:30",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddJobHandler<CountingJob>());
        }
    }

    /// <summary>Counts to N, reporting progress, and stores the digits as a result file; N &lt; 0 throws.</summary>
    private sealed class CountingJob(IFileStore files) : IJobHandler
    {
        public const string KindName = "test-counting";

        public string Kind => KindName;

        public (Type Resource, string Key) DisplayName => (typeof(SharedResource), "App_ShortTitle");

        public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            var items = System.Text.Json.JsonDocument.Parse(context.Payload).RootElement.GetProperty("items").GetInt32();
            if (items < 0)
            {
                throw new InvalidOperationException("negative count");
            }

            var digits = new StringBuilder();
            for (var i = 1; i <= items; i++)
            {
                digits.Append(i);
                await context.Progress.ReportAsync(i, items, $"{i}/{items}", cancellationToken);
            }

            var key = await files.SaveAsync("test", new MemoryStream(Encoding.UTF8.GetBytes(digits.ToString())), cancellationToken);
            return JobOutcome.Success($"{{\"counted\":{items}}}", key, "count.txt");
        }
    }
}
