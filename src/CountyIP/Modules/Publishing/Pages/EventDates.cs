namespace CountyIP.Modules.Publishing.Pages;

/// <summary>How an event's days read, on staff and public pages alike: 2026-12-09 09:30, or 2026-12-09 – 2026-12-11.</summary>
internal static class EventDates
{
    public static string Format(DateOnly startsOn, DateOnly? endsOn, TimeOnly? startTime)
    {
        var start = startsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var time = startTime is { } t ? " " + t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return endsOn is { } end && end != startsOn
            ? $"{start}{time} – {end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : start + time;
    }
}
