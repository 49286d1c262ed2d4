using CountyIP.Platform.Jobs;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// Runs the retention purge every night without anyone remembering to (PIPL art. 47: delete personal information when
/// the retention period ends). Staff can still start it at once with <c>POST /api/protection/purge-expired</c>.
/// </summary>
internal sealed class PurgeExpiredCasesJob(PurgeExpiredCasesHandler purge) : IJobHandler
{
    public const string KindName = "protection.purge-expired-cases";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(ProtectionText), "Job_PurgeExpiredCases");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await purge.HandleAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"casesPurged\":{result.CasesPurged},\"filesDeleted\":{result.FilesDeleted}}}");
    }
}
