using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Marks <paramref name="Date"/> as a holiday or a make-up working day (creates or updates the entry).</summary>
public sealed record SaveCalendarDayCommand(DateOnly Date, CalendarDayInput Input);

internal sealed class SaveCalendarDayHandler(CountyIpDbContext db, WorkingDayCalendar calendar, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<CalendarDayView> HandleAsync(SaveCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        // A make-up working day only means something on a weekend: the arrangement moves rest days, it never adds work on a weekday.
        if (input.Kind == CalendarDayKind.MakeUpWorkingDay && command.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new BusinessRuleException("makeup-day-not-weekend", t["Rule_MakeUpDayNotWeekend"]);
        }

        var day = await db.Set<CalendarDay>().SingleOrDefaultAsync(d => d.Date == command.Date, cancellationToken);
        if (day is null)
        {
            day = new CalendarDay(command.Date, input.Kind, input.NameZh, input.NameEn, input.Note);
            db.Add(day);
        }
        else
        {
            day.Update(input.Kind, input.NameZh, input.NameEn, input.Note);
        }

        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return CalendarDayView.From(day);
    }
}
