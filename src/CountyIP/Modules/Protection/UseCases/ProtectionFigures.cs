using CountyIP.Modules.Protection.Contracts;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

internal sealed class ProtectionFigures(CountyIpDbContext db) : IProtectionFigures
{
    public async Task<ProtectionYearFigures> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var cases = db.Set<ProtectionCase>().AsNoTracking();
        var received = await cases.CountAsync(c => c.ReceivedOn >= from && c.ReceivedOn <= to, cancellationToken);
        var accepted = await cases.CountAsync(c => c.AcceptedOn >= from && c.AcceptedOn <= to, cancellationToken);
        var concluded = await cases
            .Where(c => c.ConcludedOn >= from && c.ConcludedOn <= to)
            .Select(c => new
            {
                c.ReceivedOn,
                ConcludedOn = c.ConcludedOn!.Value,
                Late = c.Deadlines.Any(d => d.Stage == DeadlineStage.Conclusion && d.CompletedOn != null && d.CompletedOn > (d.ExtendedDueDate ?? d.DueDate)),
            })
            .ToListAsync(cancellationToken);
        var actions = await db.Set<JointEnforcementAction>().CountAsync(a => a.Date >= from && a.Date <= to, cancellationToken);
        return new ProtectionYearFigures(
            year,
            received,
            accepted,
            concluded.Count,
            concluded.Count == 0 ? null : Math.Round((decimal)concluded.Count(c => !c.Late) / concluded.Count, 4),
            concluded.Count == 0 ? null : Math.Round((decimal)concluded.Average(c => c.ConcludedOn.DayNumber - c.ReceivedOn.DayNumber), 1),
            actions);
    }

    public Task<int> OverdueCasesAsync(DateOnly today, CancellationToken cancellationToken) =>
        db.Set<ProtectionCase>().AsNoTracking()
            .CountAsync(c => c.Deadlines.Any(d => d.CompletedOn == null && (d.ExtendedDueDate ?? d.DueDate) < today), cancellationToken);
}
