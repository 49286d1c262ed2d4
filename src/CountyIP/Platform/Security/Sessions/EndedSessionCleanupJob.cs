using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>
/// Removes sign-in sessions that ended more than <see cref="SecurityOptions.EndedSessionRetention"/> ago. A session
/// row holds the client IP, which is personal information (PIPL art. 19: keep it no longer than the purpose needs);
/// sign-ins and sign-outs stay in the audit trail, so nothing of the record is lost. Queued every six hours by the
/// recurring-job scheduler.
/// </summary>
internal sealed class EndedSessionCleanupJob(CountyIpDbContext db, IOptions<SecurityOptions> options, TimeProvider clock) : IJobHandler
{
    public const string KindName = "platform.ended-session-cleanup";

    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public string Kind => KindName;

    public (Type Resource, string Key) DisplayName => (typeof(SecurityText), "Job_EndedSessionCleanup");

    public async Task<JobOutcome> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow().UtcDateTime - settings.EndedSessionRetention;

        // A session last seen before the cutoff has ended: the retention is at least the idle timeout (raised to it at
        // start-up, SecuritySetup), and a revoked session is not seen again after its revocation.
        var removed = await db.Set<UserSession>()
            .Where(s => s.LastSeenUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        await context.Progress.ReportAsync(1, 1, cancellationToken: cancellationToken);
        return JobOutcome.Success($"{{\"removed\":{removed}}}");
    }
}
