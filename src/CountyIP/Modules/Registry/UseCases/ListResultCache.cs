using System.Collections.Concurrent;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// List totals and pages, computed once per filter and reused (docs/decisions/0021-counts-at-scale.md; issue 11 §1:
/// every page of a search ran the full COUNT again, 2.7 s at page 500 of 300k patents, and 64 users on the patents
/// list got 95 req/s). A key carries everything the answer depends on: the filters, the caller's scope and today's
/// date. An entry lapses when module data is saved (<see cref="DataChangeSignal"/>) or after <see cref="MaxAge"/>
/// (writes of another instance or by raw SQL).
/// </summary>
internal sealed class ListResultCache(DataChangeSignal changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Results remembered at most; beyond it the cache starts again (a bound, not an eviction policy).</summary>
    private const int Capacity = 2_000;

    private readonly ConcurrentDictionary<object, (long Version, DateTimeOffset At, object Value)> results = new();

    /// <summary>The query's total; the key is its SQL with the parameter values, so the scope is part of it.</summary>
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct) =>
        GetAsync(query.ToQueryString(), c => query.CountAsync(c), ct);

    public async Task<TValue> GetAsync<TValue>(object key, Func<CancellationToken, Task<TValue>> load, CancellationToken ct)
        where TValue : notnull
    {
        var version = changes.Version;
        var now = clock.GetUtcNow();
        if (results.TryGetValue(key, out var known) && known.Version == version && now - known.At < MaxAge && known.Value is TValue value)
        {
            return value;
        }

        var loaded = await load(ct);
        if (results.Count >= Capacity)
        {
            results.Clear();
        }

        results[key] = (version, now, loaded);
        return loaded;
    }
}
