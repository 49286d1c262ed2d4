using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

public enum CalendarEntryKind
{
    Event,
    Session,
}

/// <summary>One line of the calendar: an event (its theme) or a course session (the course's audience).</summary>
public sealed record CalendarEntry(
    Guid Id, CalendarEntryKind Kind, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Title, string? Place, string OrganiserCode, string OrganiserName,
    string Category, bool? Confirmed, string Href);

/// <summary>
/// The calendar of events and course sessions (issue 15 §5), in the caller's scope, filterable by organiser and theme
/// (a theme filter shows events only: courses have an audience, not a theme), and as an iCalendar file.
/// </summary>
internal sealed class OutreachCalendar(CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, IStringLocalizer<OutreachText> text)
{
    /// <summary>The widest span one request may ask for: a year and a bit.</summary>
    public const int MaxDays = 400;

    public async Task<IReadOnlyList<CalendarEntry>> ListAsync(DateOnly first, DateOnly last, string? organiser, PublicityTheme? theme, CancellationToken cancellationToken)
    {
        if (last < first || last.DayNumber - first.DayNumber > MaxDays)
        {
            last = first.AddDays(MaxDays);
        }

        var events = scope.Filter(db.Set<PublicityEvent>().AsNoTracking(), e => e.OrganiserCode).Where(e => e.HeldOn >= first && e.HeldOn <= last);
        var courses = scope.Filter(db.Set<TrainingCourse>().AsNoTracking(), c => c.OrganiserCode);
        if (!string.IsNullOrWhiteSpace(organiser))
        {
            var code = organiser.Trim();
            events = events.Where(e => e.OrganiserCode == code);
            courses = courses.Where(c => c.OrganiserCode == code);
        }

        var entries = new List<CalendarEntry>();
        if (theme is { } t)
        {
            events = events.Where(e => e.Theme == t);
        }

        foreach (var e in await events.ToListAsync(cancellationToken))
        {
            entries.Add(new CalendarEntry(e.Id, CalendarEntryKind.Event, e.HeldOn, null, null, e.Title, e.Place, e.OrganiserCode, await organisers.NameAsync(e.OrganiserCode, cancellationToken),
                text.EnumName(e.Theme), e.IsConfirmed, $"/outreach/events/{e.Id}"));
        }

        if (theme is null)
        {
            var sessions = await (from s in db.Set<TrainingSession>().AsNoTracking()
                                  join c in courses on s.CourseId equals c.Id
                                  where s.Date >= first && s.Date <= last
                                  select new { s.Id, s.Date, s.Start, s.End, s.Place, c.Title, c.OrganiserCode, c.Audience, CourseId = c.Id }).ToListAsync(cancellationToken);
            foreach (var s in sessions)
            {
                entries.Add(new CalendarEntry(s.Id, CalendarEntryKind.Session, s.Date, s.Start, s.End, s.Title, s.Place, s.OrganiserCode, await organisers.NameAsync(s.OrganiserCode, cancellationToken),
                    text.EnumName(s.Audience), null, $"/outreach/courses/{s.CourseId}"));
            }
        }

        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Start ?? TimeOnly.MinValue).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The entries as iCalendar (RFC 5545, through Ical.Net): an event is a day-long entry, a session a timed one in UTC
    /// (Beijing time converted; no time-zone rules needed); UIDs are stable, so an imported calendar updates in place.
    /// </summary>
    public static string Ics(IReadOnlyList<CalendarEntry> entries, string calendarName, string baseUrl)
    {
        var ics = new Ical.Net.Calendar();
        ics.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var e in entries)
        {
            var entry = new CalendarEvent
            {
                Uid = $"{e.Id}@countyip-outreach",
                Summary = e.Title,
                Location = e.Place,
                Description = $"{e.Category} · {e.OrganiserName}",
                Url = new Uri(baseUrl + e.Href),
            };
            if (e.Start is { } start && e.End is { } end)
            {
                entry.Start = new CalDateTime(TimeZoneInfo.ConvertTimeToUtc(e.Date.ToDateTime(start, DateTimeKind.Unspecified), TimeDisplay.Shanghai));
                entry.End = new CalDateTime(TimeZoneInfo.ConvertTimeToUtc(e.Date.ToDateTime(end, DateTimeKind.Unspecified), TimeDisplay.Shanghai));
            }
            else
            {
                entry.Start = new CalDateTime(e.Date);
                entry.End = new CalDateTime(e.Date.AddDays(1));
            }

            ics.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(ics) ?? string.Empty;
    }

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>
/// The workbench reminds organisers of events a week past their date with neither photos, files nor a report (issue 15
/// §5), and the bureau of events waiting for its confirmation. Each count is the list its tile opens.
/// </summary>
internal sealed class OutreachWorkbench(ListEventsHandler events, OutreachScope scope) : IWorkbenchSource
{
    public string Policy => OutreachPolicies.Record;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        List<WorkbenchItem> items =
        [
            new(typeof(OutreachText), "Workbench_EventsWithoutEvidence", await events.CountAsync(new ListEventsQuery(WithoutEvidence: true), cancellationToken),
                "/outreach/events?withoutEvidence=true", "bi-camera", WorkbenchTone.Warning, Order: 650),
        ];
        if (scope.IsBureau)
        {
            items.Add(new(typeof(OutreachText), "Workbench_EventsToConfirm", await events.CountAsync(new ListEventsQuery(Confirmed: false), cancellationToken),
                "/outreach/events?confirmed=false", "bi-patch-question", WorkbenchTone.Info, Order: 651));
        }

        return items;
    }
}
