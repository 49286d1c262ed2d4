namespace CountyIP.Modules.ReferenceData.Contracts;

/// <summary>
/// Working days of the district's holiday calendar (weekends rest unless a make-up working day 调休上班日; public
/// holidays rest), for deadlines counted in working days (e.g. 5 working days to decide whether to open a case).
/// The day a period starts is not counted.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>True for Monday to Friday that is not a holiday, and for a make-up working day.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (before it when negative; <paramref name="start"/> when zero).</summary>
    DateOnly AddWorkingDays(DateOnly start, int days);

    /// <summary>Working days in (start, end]; negative (working days in [end, start)) when <paramref name="end"/> is earlier.</summary>
    int WorkingDaysBetween(DateOnly start, DateOnly end);
}
