using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

public sealed record EvidenceFile(Stream Content, string FileName, string ContentType);

/// <summary>An evidence file of a case the caller may see; the stored (sanitised) content under its display name.</summary>
internal sealed class GetEvidenceFileHandler(CountyIpDbContext db, CaseScope scope, IFileStore files)
{
    public async Task<EvidenceFile?> HandleAsync(Guid caseId, Guid evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await scope.Filter(db.Set<ProtectionCase>()).AsNoTracking()
            .Where(c => c.Id == caseId)
            .SelectMany(c => c.Evidence)
            .FirstOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        return evidence is null || files.OpenRead(evidence.FileKey) is not { } stream
            ? null
            : new EvidenceFile(stream, evidence.FileName, evidence.ContentType);
    }
}
