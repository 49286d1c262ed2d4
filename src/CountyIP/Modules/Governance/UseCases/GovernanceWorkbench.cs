using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>
/// The supervision on the workbench (issue 14 §2, §3): overdue tasks (red), tasks waiting for the office's acceptance or
/// open with the unit, reports waiting for review or still owed, late and missing reports. Counts use the list handlers'
/// filters in the caller's scope, so each tile's number is the list it opens.
/// </summary>
internal sealed class GovernanceWorkbench(ListTasksHandler tasks, ListReportsHandler reports, GovernanceScope scope) : IWorkbenchSource
{
    public string Policy => GovernancePolicies.Read;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var overdue = await tasks.CountAsync(new ListTasksQuery(Overdue: true), cancellationToken);
        var late = await reports.CountAsync(new ListReportsQuery(Late: true), cancellationToken);
        List<WorkbenchItem> items =
        [
            new(typeof(GovernanceText), "Workbench_TasksOverdue", overdue, "/governance/tasks?overdue=true", "bi-alarm", WorkbenchTone.Danger, Order: 600),
            new(typeof(GovernanceText), "Workbench_ReportsLate", late, "/governance/reports?late=true", "bi-file-earmark-excel", WorkbenchTone.Warning, Order: 603),
        ];
        if (scope.IsOffice)
        {
            items.Add(new(typeof(GovernanceText), "Workbench_TasksToAccept", await tasks.CountAsync(new ListTasksQuery(State: SupervisedTaskState.CompletionRequested), cancellationToken),
                "/governance/tasks?state=CompletionRequested", "bi-clipboard-check", WorkbenchTone.Info, Order: 601));
            items.Add(new(typeof(GovernanceText), "Workbench_ReportsToReview", await reports.CountAsync(new ListReportsQuery(State: ReportState.Submitted), cancellationToken),
                "/governance/reports?state=Submitted", "bi-inbox", WorkbenchTone.Info, Order: 602));
        }
        else if (scope.OwnCode is not null)
        {
            items.Add(new(typeof(GovernanceText), "Workbench_TasksOpen", await tasks.CountAsync(new ListTasksQuery(State: SupervisedTaskState.Open), cancellationToken),
                "/governance/tasks?state=Open", "bi-list-task", WorkbenchTone.Info, Order: 601));
            items.Add(new(typeof(GovernanceText), "Workbench_ReportsOwed", await reports.CountAsync(new ListReportsQuery(State: ReportState.Pending), cancellationToken),
                "/governance/reports?state=Pending", "bi-pencil-square", WorkbenchTone.Info, Order: 602));
        }

        return items;
    }
}
