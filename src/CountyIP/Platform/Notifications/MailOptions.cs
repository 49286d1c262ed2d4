namespace CountyIP.Platform.Notifications;

/// <summary>
/// Settings under <c>CountyIP:Mail</c>. Mail is off while <see cref="Host"/> is empty (the default): notifications then
/// reach people in the notification centre only, and no outbox mail is written.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "CountyIP:Mail";

    /// <summary>SMTP server; empty turns mail off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Sender address, e.g. <c>countyip@ipo.example.gov.cn</c>; required when <see cref="Host"/> is set.</summary>
    public string? From { get; set; }

    /// <summary>SMTP account; empty sends without authentication (a relay inside the government network).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS/TLS to the server. Default true; switch off only for a relay on the same host.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>The address people open the platform at (e.g. <c>https://ip.example.gov.cn</c>): links in mails start with it.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How often the sender looks for due mails.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wait after the first failed send; doubled after each further failure (at most <see cref="OutboxRetry.MaxDelay"/>).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sends tried before a mail is abandoned (its notification in the centre stays).</summary>
    public int MaxAttempts { get; set; } = 8;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
