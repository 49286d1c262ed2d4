using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

internal sealed class GetCalendarDayHandler(CountyIpDbContext db)
{
    public async Task<CalendarDayView?> HandleAsync(DateOnly date, CancellationToken cancellationToken) =>
        await db.Set<CalendarDay>().AsNoTracking().SingleOrDefaultAsync(d => d.Date == date, cancellationToken) is { } day
            ? CalendarDayView.From(day)
            : null;
}
