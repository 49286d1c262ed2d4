using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// A day that differs from the ordinary week: a public holiday (a non-working day even on a weekday) or a make-up
/// working day (调休上班日: a Saturday or Sunday declared a working day by the State Council's yearly arrangement).
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string nameZh, string nameEn, string? note)
    {
        Date = date;
        Update(kind, nameZh, nameEn, note);
    }

    public DateOnly Date { get; private set; }

    public int Year { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The holiday the day belongs to, e.g. 春节 / Spring Festival.</summary>
    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameEn { get; private set; } = string.Empty;

    /// <summary>Where the date comes from (the notice) or why it was changed.</summary>
    public string? Note { get; private set; }

    public void Update(CalendarDayKind kind, string nameZh, string nameEn, string? note)
    {
        Year = Date.Year;
        Kind = kind;
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<CalendarDayKind>))]
public enum CalendarDayKind
{
    Holiday = 0,
    MakeUpWorkingDay = 1,
}
