namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// Working days over a holiday calendar: Monday to Friday work unless a public holiday; Saturday and Sunday rest
/// unless a make-up working day. Counting follows the usual rule for periods (民事诉讼法 第八十五条: the day the
/// period starts is not counted), so "within 5 working days of receipt" ends on <c>AddWorkingDays(receipt, 5)</c>.
/// </summary>
public sealed class WorkingDayCalculator
{
    /// <summary>Upper bound on |days| so a mistaken input cannot loop for ever (about 15 years of working days).</summary>
    public const int MaxDays = 3650;

    private readonly HashSet<DateOnly> holidays;
    private readonly HashSet<DateOnly> makeUpWorkingDays;

    public WorkingDayCalculator(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        this.holidays = [.. holidays];
        this.makeUpWorkingDays = [.. makeUpWorkingDays];
    }

    public static WorkingDayCalculator From(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return new WorkingDayCalculator(
            list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).Select(d => d.Date));
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (makeUpWorkingDays.Contains(date))
        {
            return true;
        }

        if (holidays.Contains(date))
        {
            return false;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/> (before it when negative);
    /// <paramref name="start"/> itself when zero.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs((long)days), MaxDays, nameof(days));
        var step = Math.Sign(days);
        var remaining = Math.Abs(days);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The inverse of <see cref="AddWorkingDays"/>: working days in (start, end] when <paramref name="end"/> is later,
    /// minus the working days in [end, start) when it is earlier, so <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs((long)end.DayNumber - start.DayNumber), MaxDays * 2L, nameof(end));
        var step = end >= start ? 1 : -1;
        var count = 0;
        for (var date = start; date != end;)
        {
            var day = step > 0 ? date.AddDays(1) : date.AddDays(-1);
            if (IsWorkingDay(day))
            {
                count++;
            }

            date = day;
        }

        return step * count;
    }
}
