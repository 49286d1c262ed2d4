using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// Sends the outbox (issue 12 §6) when mail is configured; idle otherwise. Every <see cref="MailOptions.PollInterval"/> it
/// takes the due mails one by one with a conditional UPDATE that gives this instance a lease (the way <c>JobWorker</c>
/// claims jobs), so several instances on one PostgreSQL never send a mail at the same time; a lease left by a dead
/// instance expires and the mail is taken again. A failure is recorded on the mail and retried with backoff
/// (<see cref="OutboxRetry"/>); it never reaches the business transaction, which committed long before. Delivery is at
/// least once: a mail whose send succeeded but whose "sent" mark could not be saved is sent again.
/// </summary>
internal sealed class OutboxMailSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxMailSender> logger) : BackgroundService
{
    /// <summary>Mails taken per round; the next round follows at once while more are due.</summary>
    internal const int BatchSize = 20;

    /// <summary>How long a claimed mail is this instance's: longer than an SMTP timeout (30 s).</summary>
    internal static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    private readonly string instanceId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Mail is off (CountyIP:Mail:Host is empty): notifications stay in the notification centre");
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        do
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                    // A full batch: more may be due.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the next tick tries again.
                logger.LogWarning(ex, "Sending the mail outbox failed; retrying at the next check");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Claims and sends the mails that are due; returns how many it tried.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var mails = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<OutboxMail>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Due(mails, now).OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            now = clock.GetUtcNow().UtcDateTime;
            var leaseUntil = now + LeaseDuration;
            var claimed = await Due(mails, now).Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, instanceId).SetProperty(m => m.LeaseExpiresUtc, leaseUntil), cancellationToken);
            if (claimed != 1)
            {
                continue; // another instance took it
            }

            var mail = await mails.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            var attempts = mail.Attempts + 1;
            try
            {
                await transport.SendAsync(new MailEnvelope(mail.ToAddress, mail.Subject, mail.Body), cancellationToken);
                var sent = clock.GetUtcNow().UtcDateTime;
                await Mine(mails, id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.SentUtc, sent).SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null),
                    CancellationToken.None);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down mid-send: give the mail back untouched for the next start (or another instance).
                await Mine(mails, id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null),
                    CancellationToken.None);
                throw;
            }
            catch (Exception ex)
            {
                var failed = clock.GetUtcNow().UtcDateTime;
                var next = OutboxRetry.NextAttempt(attempts, failed, settings.RetryDelay, settings.MaxAttempts);
                var error = $"{ex.GetType().Name}: {ex.Message}";
                error = error.Length <= OutboxMail.ErrorMaxLength ? error : error[..OutboxMail.ErrorMaxLength];
                logger.LogWarning("Mail {MailId} could not be sent (attempt {Attempt}): {Error}; {Next}", id, attempts, error, next is null ? "abandoned" : $"next attempt at {next:O}");
                await Mine(mails, id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
                        .SetProperty(m => m.NextAttemptUtc, next ?? failed).SetProperty(m => m.AbandonedUtc, next is null ? failed : (DateTime?)null)
                        .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null),
                    CancellationToken.None);
            }
        }

        return due.Count;
    }

    private static IQueryable<OutboxMail> Due(DbSet<OutboxMail> mails, DateTime now) =>
        mails.Where(m => m.SentUtc == null && m.AbandonedUtc == null && m.NextAttemptUtc <= now
            && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now));

    private IQueryable<OutboxMail> Mine(DbSet<OutboxMail> mails, Guid id) => mails.Where(m => m.Id == id && m.LeaseOwner == instanceId);
}
