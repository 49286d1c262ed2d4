using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>A proposed correction of a patent: all its fields as they should be, and why.</summary>
public sealed record PatentCorrectionRequest([property: Required] PatentInput Proposed, [property: Required, StringLength(2000)] string Note);

public sealed record TrademarkCorrectionRequest([property: Required] TrademarkInput Proposed, [property: Required, StringLength(2000)] string Note);

public sealed record CopyrightCorrectionRequest([property: Required] CopyrightInput Proposed, [property: Required, StringLength(2000)] string Note);

public sealed record StandardCorrectionRequest([property: Required] StandardsProjectInput Proposed, [property: Required, StringLength(2000)] string Note);

/// <summary>Why a correction is rejected (shown to the enterprise).</summary>
public sealed record RejectCorrectionRequest([property: Required, StringLength(1000)] string Reason);

public sealed record CorrectionSummary(
    Guid Id,
    RightKind Kind,
    Guid RecordId,
    string RecordLabel,
    Guid EnterpriseId,
    string? EnterpriseName,
    string Note,
    CorrectionStatus Status,
    string? SubmittedByName,
    DateTime SubmittedUtc,
    string? DecidedByName,
    DateTime? DecidedUtc,
    string? RejectionReason);

/// <summary>A correction with its proposed fields and whether the record changed since it was submitted.</summary>
public sealed record CorrectionDetails(CorrectionSummary Summary, JsonElement Proposed, Guid BaseVersion, bool RecordChangedSinceSubmission);

/// <summary>Reads the records a correction is about and (de)serialises proposals.</summary>
internal static class CorrectionRecords
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Current version of the record (null when it no longer exists), whatever the caller's scope.</summary>
    public static Task<Guid?> CurrentVersionAsync(CountyIpDbContext db, RightKind kind, Guid id, CancellationToken ct) => kind switch
    {
        RightKind.Patent => db.Set<Patent>().Where(x => x.Id == id).Select(x => (Guid?)x.Version).FirstOrDefaultAsync(ct),
        RightKind.Trademark => db.Set<Trademark>().Where(x => x.Id == id).Select(x => (Guid?)x.Version).FirstOrDefaultAsync(ct),
        RightKind.Copyright => db.Set<CopyrightRegistration>().Where(x => x.Id == id).Select(x => (Guid?)x.Version).FirstOrDefaultAsync(ct),
        _ => db.Set<StandardsProject>().Where(x => x.Id == id).Select(x => (Guid?)x.Version).FirstOrDefaultAsync(ct),
    };

    public static IQueryable<CorrectionSummary> Summaries(CountyIpDbContext db, IQueryable<RightCorrection> corrections) =>
        from c in corrections
        join e in db.Set<Enterprise>() on c.EnterpriseId equals e.Id into owners
        from e in owners.DefaultIfEmpty()
        select new CorrectionSummary(
            c.Id, c.Kind, c.RecordId, c.RecordLabel, c.EnterpriseId, e == null ? null : e.Name, c.Note, c.Status,
            c.SubmittedByName, c.SubmittedUtc, c.DecidedByName, c.DecidedUtc, c.RejectionReason);
}
