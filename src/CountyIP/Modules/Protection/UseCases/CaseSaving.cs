using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Runs the single SaveChanges of a case use case; a lost race becomes a 409 and changes nothing.</summary>
internal static class CaseSaving
{
    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<ProtectionText> text, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync("protection.concurrent-change", text["Error_ConcurrentChange"], cancellationToken);

    public static DateOnly Today(TimeProvider clock) => TimeDisplay.Today(clock);
}
