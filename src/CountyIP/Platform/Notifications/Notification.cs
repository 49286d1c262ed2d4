using CountyIP.Platform.Audit;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// One message in a user's notification centre. It stores the kind and the arguments, not the text: the text is the
/// kind's resource in the language the reader has chosen when they read it (a Chinese officer and an English-reading
/// colleague see the same notification in their own language).
/// </summary>
[NotAudited]
public sealed class Notification
{
    public const int KindMaxLength = 100;
    public const int LinkMaxLength = 500;
    public const int ArgumentsMaxLength = 4000;

    public Guid Id { get; init; }

    public Guid RecipientUserId { get; init; }

    /// <summary>The <see cref="NotificationKind.Code"/>, e.g. <c>funding.application-submitted</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The message's arguments as a JSON array of strings ({0}, {1}, … of the kind's texts).</summary>
    public string ArgumentsJson { get; init; } = "[]";

    /// <summary>A local URL (starting with one "/") of the page where the recipient acts on it; null when there is none.</summary>
    public string? Link { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? ReadUtc { get; set; }
}
