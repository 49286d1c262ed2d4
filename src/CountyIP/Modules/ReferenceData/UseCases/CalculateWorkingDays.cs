namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>The date <paramref name="Days"/> working days after <paramref name="Start"/> (before it when negative).</summary>
public sealed record CalculateWorkingDaysQuery(DateOnly Start, int Days);

/// <summary>The result, with the holidays and make-up days met on the way so staff can check it.</summary>
public sealed record WorkingDaysResult(DateOnly Start, int Days, DateOnly Result, int CalendarDays, IReadOnlyList<CalendarDayView> SpecialDays);

internal sealed class CalculateWorkingDaysHandler(WorkingDayCalendar calendar, ListCalendarDaysHandler days)
{
    public async Task<WorkingDaysResult> HandleAsync(CalculateWorkingDaysQuery query, CancellationToken cancellationToken)
    {
        var result = calendar.AddWorkingDays(query.Start, query.Days);
        var (from, to) = result < query.Start ? (result, query.Start) : (query.Start, result);
        var special = new List<CalendarDayView>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            special.AddRange((await days.HandleAsync(new ListCalendarDaysQuery(year), cancellationToken)).Where(d => d.Date >= from && d.Date <= to));
        }

        return new WorkingDaysResult(query.Start, query.Days, result, to.DayNumber - from.DayNumber, special);
    }
}
