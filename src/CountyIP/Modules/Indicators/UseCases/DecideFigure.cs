using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>Approve or reject (with a reason) a figure reported by hand; never the submitter's own (four-eyes).</summary>
public sealed record DecideFigureCommand(bool Approve, string? Reason);

/// <summary>
/// One decision per figure, one approved figure per target, year and unit — even when several staff decide at once:
/// the decision changes the figure and every other figure competing for its slot (the approved one it supersedes, the
/// submitted ones it contends with), all under their versions, so of two simultaneous decisions the second is a 409 and
/// changes nothing.
/// </summary>
internal sealed class DecideFigureHandler(CountyIpDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <returns>False when the figure does not exist.</returns>
    public async Task<bool> HandleAsync(Guid id, DecideFigureCommand command, CancellationToken cancellationToken)
    {
        if (await db.Set<ReportedFigure>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } figure)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var deciderId = user.UserId ?? Guid.Empty;
        var deciderName = user.UserName ?? string.Empty;
        if (command.Approve)
        {
            figure.Approve(deciderId, deciderName, now);
            var older = await db.Set<ReportedFigure>()
                .Where(f => f.Id != id && f.PlanId == figure.PlanId && f.TargetId == figure.TargetId && f.Year == figure.Year
                    && f.UnitCode == figure.UnitCode && (f.Status == ReportedFigureStatus.Approved || f.Status == ReportedFigureStatus.Submitted))
                .ToListAsync(cancellationToken);
            foreach (var other in older)
            {
                if (other.Status == ReportedFigureStatus.Approved)
                {
                    other.Supersede();
                }
                else
                {
                    other.Contend();
                }
            }
        }
        else
        {
            figure.Reject(deciderId, deciderName, command.Reason ?? string.Empty, now);
        }

        await db.SaveOrConflictAsync("indicators.concurrency", IndicatorsText.Get("Error_ChangedMeanwhile"), cancellationToken);
        return true;
    }
}
