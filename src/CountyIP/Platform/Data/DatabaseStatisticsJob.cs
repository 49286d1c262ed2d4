using CountyIP.Platform.Jobs;

namespace CountyIP.Platform.Data;

/// <summary>Refreshes the planner's statistics once a day (issue 11 §5; a recurring job, ADR 0005).</summary>
internal sealed class DatabaseStatisticsJob(CountyIpDbContext db) : IJobHandler
{
    public const string KindName = "platform.database-statistics";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(JobsText), "Job_DatabaseStatistics");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        await db.Database.RefreshStatisticsAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success();
    }
}
