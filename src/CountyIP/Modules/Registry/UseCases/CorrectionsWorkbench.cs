using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Corrections enterprises proposed, waiting for a bureau officer's decision (issue 3 §5), oldest first in the list it opens.</summary>
internal sealed class CorrectionsToDecideWorkbench(ListCorrectionsHandler corrections) : IWorkbenchSource
{
    public string Policy => RegistryPolicies.DecideCorrections;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var pending = await corrections.CountAsync(new ListCorrectionsQuery(CorrectionStatus.Pending), cancellationToken);
        return [new(typeof(RegistryText), "Workbench_CorrectionsToDecide", pending, "/registry/corrections?status=Pending", "bi-pencil-square", WorkbenchTone.Warning, Order: 200)];
    }
}

/// <summary>An enterprise's own corrections still under review, so its contact sees that they are not forgotten.</summary>
internal sealed class OwnCorrectionsWorkbench(ListCorrectionsHandler corrections) : IWorkbenchSource
{
    public string Policy => RegistryPolicies.SubmitCorrections;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var pending = await corrections.CountAsync(new ListCorrectionsQuery(CorrectionStatus.Pending), cancellationToken);
        return [new(typeof(RegistryText), "Workbench_OwnCorrectionsPending", pending, "/registry/corrections?status=Pending", "bi-hourglass-split", WorkbenchTone.Info, Order: 201)];
    }
}

/// <summary>
/// Patents whose recorded status disagrees with the one the law derives (ADR 0016): each one is a record to check against
/// CNIPA and correct. Counted with the patent list's own filter, so the tile and the list it opens agree.
/// </summary>
internal sealed class StatusDiscrepanciesWorkbench(ListPatentsHandler patents) : IWorkbenchSource
{
    public string Policy => RegistryPolicies.Edit;

    public async Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var count = await patents.CountAsync(new ListPatentsQuery(Discrepancy: true), cancellationToken);
        return [new(typeof(RegistryText), "Workbench_StatusDiscrepancies", count, "/registry/patents?discrepancy=true", "bi-exclamation-triangle", WorkbenchTone.Warning, Order: 210)];
    }
}
