using CountyIP.Platform.Audit;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// An e-mail waiting to be sent (transactional outbox): added in the same save as the business change, so a change that
/// is rolled back sends nothing, and sent afterwards by <see cref="OutboxMailSender"/>, so a mail server that is down
/// never fails the change. A failed send is tried again later (<see cref="OutboxRetry"/>).
/// </summary>
[NotAudited]
public sealed class OutboxMail
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 8000;
    public const int ErrorMaxLength = 1000;

    public Guid Id { get; init; }

    public string ToAddress { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public DateTime CreatedUtc { get; init; }

    /// <summary>Sends tried so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not sent before this time (now when written; later after each failure).</summary>
    public DateTime NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Set when the last allowed attempt failed: the mail is no longer tried.</summary>
    public DateTime? AbandonedUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>The sender instance holding the mail while it sends it (several instances never send one mail twice at once).</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresUtc { get; set; }
}
