using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// The reminders of issue 5 §2 on the workbench: cases overdue and due within <see cref="ListCasesHandler.DueSoonDays"/>
/// days, and the cases waiting for the user's next step — new ones for bureau staff, newly assigned ones for a
/// department liaison (the plan asks that handed-over cases be followed up, source 三(四)). Counts use the filters of
/// <see cref="ListCasesHandler"/>, so they are exactly the lists the tiles open, in the same data scope.
/// </summary>
internal sealed class ProtectionWorkbench(ListCasesHandler cases, CaseScope scope) : IWorkbenchSource
{
    public string Policy => ProtectionPolicies.CaseRead;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var waitingState = scope.IsBureau ? CaseState.Received : CaseState.Assigned;
        var overdue = await cases.CountAsync(new ListCasesQuery(null, null, null, DeadlineFilter.Overdue), cancellationToken);
        var dueSoon = await cases.CountAsync(new ListCasesQuery(null, null, null, DeadlineFilter.DueSoon), cancellationToken);
        var waiting = await cases.CountAsync(new ListCasesQuery(null, null, waitingState), cancellationToken);
        return
        [
            new(typeof(ProtectionText), "Workbench_CasesOverdue", overdue, "/protection/cases?deadline=Overdue", "bi-alarm", WorkbenchTone.Danger, Order: 400),
            new(typeof(ProtectionText), "Workbench_CasesDueSoon", dueSoon, "/protection/cases?deadline=DueSoon", "bi-hourglass-split", WorkbenchTone.Warning, Order: 401),
            scope.IsBureau
                ? new(typeof(ProtectionText), "Workbench_CasesReceived", waiting, "/protection/cases?state=Received", "bi-inbox", WorkbenchTone.Info, Order: 402)
                : new(typeof(ProtectionText), "Workbench_CasesAssigned", waiting, "/protection/cases?state=Assigned", "bi-inbox", WorkbenchTone.Info, Order: 402),
        ];
    }
}
