using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Jobs;

/// <summary>
/// Progress goes to the in-process registry at once and to the job row at most once a second, from a separate
/// connection, without ever making the job wait for it. On SQLite the row is written only when the job ends: SQLite
/// means one instance, whose pages read the registry, and the job's own transaction (an import's apply) may hold the
/// write lock, so an intermediate write would only wait out its timeout and log a failed command.
/// </summary>
internal sealed class ThrottledJobProgress(Guid jobId, IServiceScopeFactory scopes, JobProgressRegistry registry, TimeProvider clock) : IJobProgress
{
    private static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);
    private DateTimeOffset lastWrite = DateTimeOffset.MinValue;
    private Task pending = Task.CompletedTask;
    private (int Percent, string? Text) latest;
    private bool? writesWhileRunning;

    public Task ReportAsync(long done, long total, string? text = null, CancellationToken cancellationToken = default)
    {
        var percent = total <= 0 ? 0 : (int)Math.Clamp(done * 100 / total, 0, 99);
        latest = (percent, text);
        registry.Set(jobId, percent, text);
        var now = clock.GetUtcNow();
        if (now - lastWrite >= WriteInterval && pending.IsCompleted)
        {
            lastWrite = now;
            pending = WriteAsync(percent, text);
        }

        return Task.CompletedTask;
    }

    public async Task FlushAsync()
    {
        await pending;
        await WriteAsync(latest.Percent, latest.Text, final: true);
    }

    private async Task WriteAsync(int percent, string? text, bool final = false)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            writesWhileRunning ??= db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true;
            if (!final && writesWhileRunning == false)
            {
                return;
            }

            db.Database.SetCommandTimeout(TimeSpan.FromSeconds(2));
            var shortText = text is { Length: > 500 } ? text[..500] : text;
            await db.Set<BackgroundJob>().Where(j => j.Id == jobId)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.ProgressPercent, percent).SetProperty(j => j.ProgressText, shortText));
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            // Progress is advisory: the registry still has it, and the final state is written when the job ends.
        }
    }
}
