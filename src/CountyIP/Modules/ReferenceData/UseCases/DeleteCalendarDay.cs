using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Makes <paramref name="Date"/> an ordinary day again. Returns false when it was not in the calendar.</summary>
public sealed record DeleteCalendarDayCommand(DateOnly Date);

internal sealed class DeleteCalendarDayHandler(CountyIpDbContext db, WorkingDayCalendar calendar)
{
    public async Task<bool> HandleAsync(DeleteCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var day = await db.Set<CalendarDay>().SingleOrDefaultAsync(d => d.Date == command.Date, cancellationToken);
        if (day is null)
        {
            return false;
        }

        db.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        return true;
    }
}
