using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record ListCorrectionsQuery(CorrectionStatus? Status = null, RightKind? Kind = null, int? Page = null, int? PageSize = null);

/// <summary>The review queue for bureau staff (oldest pending first); an enterprise's own corrections with their outcome.</summary>
internal sealed class ListCorrectionsHandler(CountyIpDbContext db, RegistryScope scope)
{
    public async Task<PagedResult<CorrectionSummary>> HandleAsync(ListCorrectionsQuery query, CancellationToken ct)
    {
        var corrections = Matching(query);
        var ordered = query.Status == CorrectionStatus.Pending
            ? corrections.OrderBy(c => c.SubmittedUtc).ThenBy(c => c.Id)
            : corrections.OrderByDescending(c => c.SubmittedUtc).ThenBy(c => c.Id);
        return await RegistryPaging.PageAsync(CorrectionRecords.Summaries(db, ordered), query.Page, query.PageSize, s => s, ct);
    }

    /// <summary>How many corrections the list would show (the workbench tiles count what they open).</summary>
    public Task<int> CountAsync(ListCorrectionsQuery query, CancellationToken ct) => Matching(query).CountAsync(ct);

    /// <summary>The caller's corrections (an enterprise: its own) that match the filters.</summary>
    private IQueryable<RightCorrection> Matching(ListCorrectionsQuery query)
    {
        var corrections = scope.Corrections(db).AsNoTracking();
        if (query.Status is { } status)
        {
            corrections = corrections.Where(c => c.Status == status);
        }

        if (query.Kind is { } kind)
        {
            corrections = corrections.Where(c => c.Kind == kind);
        }

        return corrections;
    }
}
