using System.Collections.Concurrent;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// A list's total, counted once per filter and reused while paging (docs/decisions/0021-counts-at-scale.md; issue 11
/// §1: every page of a search ran the full COUNT again, 2.7 s at page 500 of 300k patents). The key is the SQL of the
/// filtered query with its parameter values, so the caller's scope is part of it; an entry lapses when module data
/// is saved (<see cref="DataChangeSignal"/>) or after <see cref="MaxAge"/> (writes of another instance).
/// </summary>
internal sealed class ListCountCache(DataChangeSignal changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Filters remembered at most; beyond it the cache starts again (a bound, not an eviction policy).</summary>
    private const int Capacity = 2_000;

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset CountedAt, int Total)> totals = new(StringComparer.Ordinal);

    public async Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct)
    {
        var key = query.ToQueryString();
        var version = changes.Version;
        var now = clock.GetUtcNow();
        if (totals.TryGetValue(key, out var known) && known.Version == version && now - known.CountedAt < MaxAge)
        {
            return known.Total;
        }

        var total = await query.CountAsync(ct);
        if (totals.Count >= Capacity)
        {
            totals.Clear();
        }

        totals[key] = (version, now, total);
        return total;
    }
}
