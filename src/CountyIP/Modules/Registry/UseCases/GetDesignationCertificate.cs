using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetDesignationCertificateQuery(Guid EnterpriseId, Guid DesignationId);

public sealed record CertificateFile(Stream Content, string FileName, string ContentType);

/// <summary>A designation's certificate for a caller who may see the enterprise (scope in the query; others get 404).</summary>
internal sealed class GetDesignationCertificateHandler(CountyIpDbContext db, RegistryScope scope, IFileStore files)
{
    public async Task<CertificateFile?> HandleAsync(GetDesignationCertificateQuery query, CancellationToken ct)
    {
        var designation = await scope.Enterprises(db).AsNoTracking()
            .Where(e => e.Id == query.EnterpriseId)
            .SelectMany(e => e.Designations)
            .FirstOrDefaultAsync(d => d.Id == query.DesignationId, ct);
        return designation?.CertificateFileKey is { } key && files.OpenRead(key) is { } stream
            ? new CertificateFile(stream, designation.CertificateFileName!, designation.CertificateContentType!)
            : null;
    }
}
