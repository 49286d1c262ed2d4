using CountyIP.Modules.Indicators.Domain;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// The pilot's targets that need attention, on the workbench of everyone who reads the dashboard — leaders first of
/// all (the leadership group follows the targets, source 三(一)). Same engine and scope as the dashboard: a town
/// liaison counts their unit's share.
/// </summary>
internal sealed class TargetsWorkbench(GetIndicatorsHandler indicators) : IWorkbenchSource
{
    public string Policy => IndicatorsPolicies.Read;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        if (await indicators.HandleAsync(new GetIndicatorsQuery(null, IndicatorPeriod.Pilot), cancellationToken) is not { } board)
        {
            return [];
        }

        var behind = board.Items.Count(i => i.Status == IndicatorStatus.Behind);
        var atRisk = board.Items.Count(i => i.Status == IndicatorStatus.AtRisk);
        return
        [
            new(typeof(IndicatorsText), "Workbench_TargetsBehind", behind, "/dashboard", "bi-graph-down-arrow", WorkbenchTone.Danger, Order: 100),
            new(typeof(IndicatorsText), "Workbench_TargetsAtRisk", atRisk, "/dashboard", "bi-exclamation-triangle", WorkbenchTone.Warning, Order: 101),
        ];
    }
}
