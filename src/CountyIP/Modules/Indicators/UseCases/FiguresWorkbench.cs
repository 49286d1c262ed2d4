using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Hand-reported figures waiting for a decision on the workbench of bureau staff. A figure the user submitted
/// is left out: it needs another officer's approval (four-eyes rule of issue 4 §3).
/// </summary>
internal sealed class FiguresWorkbench(CountyIpDbContext db, ICurrentUser user) : IWorkbenchSource
{
    public string Policy => IndicatorsPolicies.ApproveFigures;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var me = user.UserId ?? Guid.Empty;
        var waiting = await ListFiguresHandler.Visible(db, user)
            .CountAsync(f => f.Status == ReportedFigureStatus.Submitted && f.SubmittedById != me, cancellationToken);
        return [new(typeof(IndicatorsText), "Workbench_FiguresToDecide", waiting, "/indicators/figures", "bi-clipboard-check", WorkbenchTone.Warning, Order: 300)];
    }
}
