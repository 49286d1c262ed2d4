using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>
/// The ledger's owners by assignment (<see cref="IRightOwnership"/>, issue 16 §4), from the assignments recorded here:
/// on a day, a right belongs to the assignee of its latest assignment on or before it (two on one day: the later
/// recorded); the assignments themselves are the history.
/// </summary>
internal sealed class AssignmentOwnership(CountyIpDbContext db) : IRightOwnership
{
    public async Task<IReadOnlyDictionary<string, RightOwner>> OwnersOnAsync(IReadOnlyCollection<string> keys, DateOnly date, CancellationToken cancellationToken)
    {
        var rows = await Assigned(keys).Where(x => x.AssignedOn <= date).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(r => r.AssignedOn).ThenByDescending(r => r.CreatedUtc).Select(Owner).First(),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> AssignedToAsync(Guid enterpriseId, DateOnly date, CancellationToken cancellationToken)
    {
        var everAssigned = await db.Set<Assignment>().AsNoTracking()
            .Where(a => a.AssigneeId == enterpriseId && a.AssignedOn <= date)
            .SelectMany(a => a.Rights, (a, r) => r.Key)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (everAssigned.Count == 0)
        {
            return [];
        }

        // Assigned to it once, but perhaps assigned on again since: the latest assignment decides.
        var owners = await OwnersOnAsync(everAssigned, date, cancellationToken);
        return [.. owners.Where(o => o.Value.EnterpriseId == enterpriseId).Select(o => o.Key)];
    }

    public async Task<IReadOnlyList<RightOwner>> HistoryAsync(string key, CancellationToken cancellationToken)
    {
        var rows = await Assigned([key]).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AssignedOn).ThenBy(r => r.CreatedUtc).Select(Owner)];
    }

    private IQueryable<AssignedRight> Assigned(IReadOnlyCollection<string> keys) =>
        db.Set<Assignment>().AsNoTracking()
            .SelectMany(a => a.Rights, (a, r) => new AssignedRight
            {
                Key = r.Key, AssignmentId = a.Id, AssigneeId = a.AssigneeId, AssigneeName = a.AssigneeName, AssignedOn = a.AssignedOn, CreatedUtc = a.CreatedUtc,
            })
            .Where(x => keys.Contains(x.Key));

    private static RightOwner Owner(AssignedRight row) => new(row.AssigneeId, row.AssigneeName, row.AssignedOn, row.AssignmentId);

    /// <summary>A member-initialised projection, so the query can still be filtered after it.</summary>
    private sealed class AssignedRight
    {
        public required string Key { get; init; }

        public required Guid AssignmentId { get; init; }

        public required Guid? AssigneeId { get; init; }

        public required string AssigneeName { get; init; }

        public required DateOnly AssignedOn { get; init; }

        public required DateTime CreatedUtc { get; init; }
    }
}
