using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>An enterprise a warning names, with the day it concerns (an expiry) when there is one.</summary>
/// <param name="Industries">The enterprise's plan industries (strategic enterprises without patents); None elsewhere.</param>
public sealed record WarningEntry(Guid EnterpriseId, string EnterpriseName, string? UnitCode, string? Detail, DateOnly? On, PlanIndustry Industries = PlanIndustry.None);

/// <summary>One kind of warning: how many enterprises it names in the caller's scope and the first of them.</summary>
public sealed record WarningList(string Kind, int Total, IReadOnlyList<WarningEntry> Items);

/// <summary>The warnings board: the months ahead it looks and its three lists, in a fixed order.</summary>
public sealed record RegistryWarnings(int Months, IReadOnlyList<WarningList> Lists);

/// <summary>
/// Bureau-wide early warnings on the directory (issue 13 §3), in the caller's registry scope: designations (示范/试点)
/// and high-tech enterprise certificates that expire within <see cref="Months"/> months (renewal takes months to
/// prepare), and strategic-emerging-industry enterprises that hold no patent at all (the plan's 四(二)2 asks the
/// bureau to help them build one). Each list is counted in full and shows its first <see cref="Shown"/> entries.
/// </summary>
internal sealed class RegistryWarningsHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public const int Months = 6;

    public const int Shown = 50;

    public const string DesignationsExpiring = "designations-expiring";

    public const string HighTechExpiring = "high-tech-expiring";

    public const string StrategicWithoutPatents = "strategic-without-patents";

    public async Task<RegistryWarnings> HandleAsync(CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var until = today.AddMonths(Months);
        var enterprises = scope.Enterprises(db).AsNoTracking();

        var designations = enterprises
            .SelectMany(e => e.Designations.Where(d => d.ValidUntil >= today && d.ValidUntil <= until && d.RevokedOn == null),
                (e, d) => new { e.Id, e.Name, e.UnitCode, d.Title, d.ValidUntil });
        var designationTotal = await designations.CountAsync(ct);
        var designationItems = await designations.OrderBy(x => x.ValidUntil).ThenBy(x => x.Name).Take(Shown)
            .Select(x => new WarningEntry(x.Id, x.Name, x.UnitCode, x.Title, x.ValidUntil)).ToListAsync(ct);

        var highTech = enterprises.Where(e => e.HighTechValidUntil >= today && e.HighTechValidUntil <= until);
        var highTechTotal = await highTech.CountAsync(ct);
        var highTechItems = await highTech.OrderBy(e => e.HighTechValidUntil).ThenBy(e => e.Name).Take(Shown)
            .Select(e => new WarningEntry(e.Id, e.Name, e.UnitCode, e.HighTechCertificateNumber, e.HighTechValidUntil)).ToListAsync(ct);

        var patents = db.Set<Patent>();
        var strategic = enterprises.Where(e => e.StrategicEmerging && !patents.Any(p => p.EnterpriseId == e.Id));
        var strategicTotal = await strategic.CountAsync(ct);
        var strategicItems = await strategic.OrderBy(e => e.Name).Take(Shown)
            .Select(e => new WarningEntry(e.Id, e.Name, e.UnitCode, null, null, e.IndustryTags)).ToListAsync(ct);

        return new RegistryWarnings(Months,
        [
            new(DesignationsExpiring, designationTotal, designationItems),
            new(HighTechExpiring, highTechTotal, highTechItems),
            new(StrategicWithoutPatents, strategicTotal, strategicItems),
        ]);
    }
}
