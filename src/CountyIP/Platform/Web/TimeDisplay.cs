namespace CountyIP.Platform.Web;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai (DESIGN.md).</summary>
public static class TimeDisplay
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToShanghai(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Shanghai);

    public static string Format(DateTime? utc) =>
        utc is null ? string.Empty : ToShanghai(utc.Value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today's date in Shanghai, the date the bureau works by.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToShanghai(clock.GetUtcNow().UtcDateTime));
}
