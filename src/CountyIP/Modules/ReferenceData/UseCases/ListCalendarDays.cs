using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>The holidays and make-up working days of one year, by date.</summary>
public sealed record ListCalendarDaysQuery(int Year, string? Search = null);

internal sealed class ListCalendarDaysHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<CalendarDayView>> HandleAsync(ListCalendarDaysQuery query, CancellationToken cancellationToken)
    {
        var days = db.Set<CalendarDay>().AsNoTracking().Where(d => d.Year == query.Year);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            days = days.Where(d => d.NameZh.Contains(term) || d.NameEn.Contains(term));
        }

        var list = await days.OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return [.. list.Select(CalendarDayView.From)];
    }
}
