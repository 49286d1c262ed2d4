using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Units matching a code or name fragment and a kind; <paramref name="ValidOn"/> keeps only units valid that day.</summary>
public sealed record ListUnitsQuery(string? Search = null, UnitKind? Kind = null, DateOnly? ValidOn = null);

internal sealed class ListUnitsHandler(CountyIpDbContext db)
{
    public async Task<IReadOnlyList<UnitView>> HandleAsync(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.Set<AdministrativeUnit>().AsNoTracking().Matching(query.Search);

        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        if (query.ValidOn is { } day)
        {
            units = units.Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day));
        }

        var list = await units.InListOrder().ToListAsync(cancellationToken);
        return [.. list.Select(UnitView.From)];
    }
}
