namespace CountyIP.Platform.Notifications;

/// <summary>Marker for the notification strings (NotificationText.resx = English, .zh-CN.resx = 中文).</summary>
public sealed class NotificationText;

/// <summary>The platform's own notification kinds (the demo accounts' first entries).</summary>
public static class PlatformNotifications
{
    public static readonly NotificationKind Welcome = new("platform.welcome", typeof(NotificationText), "Kind_Welcome", "Kind_Welcome_Body");

    public static readonly NotificationKind TwoFactorTip = new("platform.two-factor-tip", typeof(NotificationText), "Kind_TwoFactorTip", "Kind_TwoFactorTip_Body");

    public static readonly NotificationKind WaitingWork = new("platform.waiting-work", typeof(NotificationText), "Kind_WaitingWork", "Kind_WaitingWork_Body");

    public static readonly IReadOnlyList<NotificationKind> All = [Welcome, TwoFactorTip, WaitingWork];
}
