using CountyIP.Modules.Protection.Contracts;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// Concluded cases for typical-case publicity: selected column by column so that the protected identity, the
/// masked contact and the description (which may name the complainant) are never read.
/// </summary>
internal sealed class TypicalCases(CountyIpDbContext db) : ITypicalCases
{
    public async Task<IReadOnlyList<TypicalCase>> ConcludedAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await Concluded().OrderByDescending(c => c.ConcludedOn).ThenBy(c => c.Number).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        return [.. rows.Select(ToContract)];
    }

    public async Task<TypicalCase?> FindConcludedAsync(Guid id, CancellationToken cancellationToken) =>
        await Concluded().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } row ? ToContract(row) : null;

    private IQueryable<Row> Concluded() =>
        db.Set<ProtectionCase>().AsNoTracking()
            .Where(c => c.ConcludedOn != null && c.Outcome != null && c.PublicOutcome != null)
            .Select(c => new Row { Id = c.Id, Number = c.Number, Kind = c.Kind, Outcome = c.Outcome!.Value, ConcludedOn = c.ConcludedOn!.Value, PublicOutcome = c.PublicOutcome! });

    private static TypicalCase ToContract(Row r) => new(
        r.Id,
        r.Number,
        r.ConcludedOn,
        ProtectionText.Get(EnumNames.Key(r.Kind)),
        ProtectionText.Get(EnumNames.Key(r.Outcome)),
        r.PublicOutcome);

    private sealed class Row
    {
        public Guid Id { get; init; }

        public string Number { get; init; } = string.Empty;

        public CaseKind Kind { get; init; }

        public CaseOutcome Outcome { get; init; }

        public DateOnly ConcludedOn { get; init; }

        public string PublicOutcome { get; init; } = string.Empty;
    }
}
