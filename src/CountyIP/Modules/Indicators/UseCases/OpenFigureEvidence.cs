using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>Opens the evidence document of a figure the caller may see.</summary>
public sealed record OpenFigureEvidenceQuery(Guid Id);

internal sealed class OpenFigureEvidenceHandler(CountyIpDbContext db, ICurrentUser user, IFileStore files, IAuditTrail audit)
{
    public async Task<(Stream Content, string FileName)?> HandleAsync(OpenFigureEvidenceQuery query, CancellationToken cancellationToken)
    {
        var figure = await ListFiguresHandler.Visible(db, user)
            .Where(f => f.Id == query.Id)
            .Select(f => new { f.EvidenceFileKey, f.EvidenceFileName })
            .FirstOrDefaultAsync(cancellationToken);
        if (figure is null || files.OpenRead(figure.EvidenceFileKey) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, "ReportedFigure", query.Id.ToString(), figure.EvidenceFileName), cancellationToken);

        return (stream, figure.EvidenceFileName);
    }
}
