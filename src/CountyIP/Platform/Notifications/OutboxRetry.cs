namespace CountyIP.Platform.Notifications;

/// <summary>
/// When a mail whose send failed is tried again: after <c>retryDelay</c>, then twice as long after each further failure,
/// never more than <see cref="MaxDelay"/> apart; after <c>maxAttempts</c> failed sends it is abandoned. With the defaults
/// (1 min, 8 attempts) the last try is about two hours after the first, enough for a mail server's restart or
/// maintenance window, and a mail that old has lost its point (the notification centre still shows it).
/// </summary>
public static class OutboxRetry
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    /// <summary>The delay after the <paramref name="failedAttempts"/>-th failed send (1-based).</summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan retryDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryDelay, TimeSpan.Zero);
        var exponent = Math.Min(failedAttempts - 1, 30);
        var ticks = retryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The next attempt after a failure, or null when <paramref name="failedAttempts"/> used up the allowed attempts.</summary>
    public static DateTime? NextAttempt(int failedAttempts, DateTime failedAtUtc, TimeSpan retryDelay, int maxAttempts) =>
        failedAttempts >= maxAttempts ? null : failedAtUtc + Delay(failedAttempts, retryDelay);
}
