using CountyIP.Platform.Data;
using CountyIP.Platform.Domain;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>
/// The module's one way to save a change to a versioned record: a version read earlier that no longer matches, or a
/// concurrent save of the same version, is a 409 "changed meanwhile" — so two people acting at once (two submissions
/// of one report, two acceptances of one task) leave one change, never two.
/// </summary>
internal static class GovernanceSave
{
    public static void CheckVersion(VersionedRecord record, Guid? versionRead, IStringLocalizer<GovernanceText> text) =>
        ConflictingSave.ExpectVersion(versionRead, record.Version, "governance.concurrency", text["Error_ChangedMeanwhile"]);

    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<GovernanceText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("governance.concurrency", text["Error_ChangedMeanwhile"], cancellationToken, ("governance.duplicate", text["Error_Duplicate"]));
}
