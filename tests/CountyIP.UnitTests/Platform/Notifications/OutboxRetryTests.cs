using CountyIP.Platform.Notifications;

namespace CountyIP.UnitTests.Platform.Notifications;

/// <summary>Issue 12 §6: a failed send is tried again later, each wait twice the last, capped, and given up at last.</summary>
public sealed class OutboxRetryTests
{
    private static readonly DateTime Failed = new(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Delay_EachFailure_DoublesTheWait()
    {
        var minute = TimeSpan.FromMinutes(1);

        OutboxRetry.Delay(1, minute).ShouldBe(TimeSpan.FromMinutes(1));
        OutboxRetry.Delay(2, minute).ShouldBe(TimeSpan.FromMinutes(2));
        OutboxRetry.Delay(3, minute).ShouldBe(TimeSpan.FromMinutes(4));
        OutboxRetry.Delay(7, minute).ShouldBe(TimeSpan.FromMinutes(64));
    }

    [Fact]
    public void Delay_ManyFailures_NeverMoreThanTheCap()
    {
        OutboxRetry.Delay(9, TimeSpan.FromMinutes(1)).ShouldBe(TimeSpan.FromMinutes(256));
        OutboxRetry.Delay(10, TimeSpan.FromMinutes(1)).ShouldBe(OutboxRetry.MaxDelay);
        OutboxRetry.Delay(1000, TimeSpan.FromMinutes(1)).ShouldBe(OutboxRetry.MaxDelay);
        OutboxRetry.Delay(1, TimeSpan.FromDays(1)).ShouldBe(OutboxRetry.MaxDelay);
    }

    [Fact]
    public void NextAttempt_AttemptsLeft_FailureTimePlusDelay()
    {
        OutboxRetry.NextAttempt(1, Failed, TimeSpan.FromMinutes(1), maxAttempts: 8).ShouldBe(Failed.AddMinutes(1));
        OutboxRetry.NextAttempt(7, Failed, TimeSpan.FromMinutes(1), maxAttempts: 8).ShouldBe(Failed.AddMinutes(64));
    }

    [Fact]
    public void NextAttempt_LastAllowedAttemptFailed_Null()
    {
        OutboxRetry.NextAttempt(8, Failed, TimeSpan.FromMinutes(1), maxAttempts: 8).ShouldBeNull();
        OutboxRetry.NextAttempt(1, Failed, TimeSpan.FromMinutes(1), maxAttempts: 1).ShouldBeNull();
    }

    [Fact]
    public void NextAttempt_DefaultSettings_AllAttemptsWithinAFewHours()
    {
        var settings = new MailOptions();
        var at = Failed;
        var attempts = 0;
        while (OutboxRetry.NextAttempt(++attempts, at, settings.RetryDelay, settings.MaxAttempts) is { } next)
        {
            next.ShouldBeGreaterThan(at);
            at = next;
        }

        attempts.ShouldBe(settings.MaxAttempts);
        (at - Failed).ShouldBeLessThan(TimeSpan.FromHours(3));
    }

    [Fact]
    public void Delay_NoFailureYet_Refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OutboxRetry.Delay(0, TimeSpan.FromMinutes(1)));
}
