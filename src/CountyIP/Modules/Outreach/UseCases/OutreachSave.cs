using CountyIP.Platform.Data;
using CountyIP.Platform.Domain;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>The module's one way to save a versioned change: a stale version or a lost race is a 409 (ConflictingSave).</summary>
internal static class OutreachSave
{
    public static void CheckVersion(VersionedRecord record, Guid? versionRead, IStringLocalizer<OutreachText> text) =>
        ConflictingSave.ExpectVersion(versionRead, record.Version, "outreach.concurrency", text["Error_ChangedMeanwhile"]);

    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<OutreachText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("outreach.concurrency", text["Error_ChangedMeanwhile"], cancellationToken, ("outreach.duplicate", text["Error_Duplicate"]));
}
