using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>
/// <see cref="IWorkingDayCalendar"/> over the holiday table. The whole table (a few dozen rows a year) is kept in
/// memory; an edit on this instance reloads it at once, and the copy is refreshed every minute so edits made on
/// another instance sharing the PostgreSQL database are seen shortly after.
/// </summary>
internal sealed class WorkingDayCalendar(ScopedFactory<CountyIpDbContext> databases, TimeProvider clock) : IWorkingDayCalendar
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private (WorkingDayCalculator Calculator, DateTimeOffset LoadedAt)? snapshot;

    public bool IsWorkingDay(DateOnly date) => Current.IsWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly start, int days) => Current.AddWorkingDays(start, days);

    public int WorkingDaysBetween(DateOnly start, DateOnly end) => Current.WorkingDaysBetween(start, end);

    public void Invalidate()
    {
        lock (gate)
        {
            snapshot = null;
        }
    }

    private WorkingDayCalculator Current
    {
        get
        {
            lock (gate)
            {
                var now = clock.GetUtcNow();
                if (snapshot is not { } s || now - s.LoadedAt > MaxAge)
                {
                    // A context of its own: the calendar is a singleton and outlives the request that asks first.
                    using var db = databases.Create();
                    var days = db.Value.Set<CalendarDay>().AsNoTracking().ToList();
                    snapshot = s = (WorkingDayCalculator.From(days), now);
                }

                return s.Calculator;
            }
        }
    }
}
