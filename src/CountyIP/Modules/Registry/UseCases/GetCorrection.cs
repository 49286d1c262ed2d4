using System.Text.Json;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetCorrectionQuery(Guid Id);

internal sealed class GetCorrectionHandler(CountyIpDbContext db, RegistryScope scope)
{
    public async Task<CorrectionDetails?> HandleAsync(GetCorrectionQuery query, CancellationToken ct)
    {
        var correction = await scope.Corrections(db).AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, ct);
        if (correction is null)
        {
            return null;
        }

        var summary = await CorrectionRecords.Summaries(db, db.Set<Domain.RightCorrection>().Where(c => c.Id == query.Id)).FirstAsync(ct);
        var current = await CorrectionRecords.CurrentVersionAsync(db, correction.Kind, correction.RecordId, ct);
        using var proposed = JsonDocument.Parse(correction.ProposedJson);
        return new CorrectionDetails(summary, proposed.RootElement.Clone(), correction.BaseVersion, current != correction.BaseVersion);
    }
}
