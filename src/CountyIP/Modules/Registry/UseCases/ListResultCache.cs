using System.Collections.Concurrent;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// List totals and pages, computed once per filter and reused (docs/decisions/0021-counts-at-scale.md; issue 11 §1:
/// every page of a search ran the full COUNT again, 2.7 s at page 500 of 300k patents, and 64 users on the patents
/// list got 95 req/s). A key carries everything the answer depends on: the filters, the caller's scope and today's
/// date. An entry lapses when module data is saved in this process (<see cref="DataChangeSignal"/>): the next caller
/// counts again and waits for it. After <see cref="MaxAge"/> — the bound for writes this process does not see
/// (another instance on the same PostgreSQL database, raw SQL) — a total is served as it was while one recount runs
/// in the background (a full count of a million patents takes most of a second; at most one per filter at a time).
/// </summary>
internal sealed class ListResultCache(DataChangeSignal changes, TimeProvider clock, ScopedFactory<CountyIpDbContext> databases, ILogger<ListResultCache> log)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Results remembered at most; beyond it the cache starts again (a bound, not an eviction policy).</summary>
    private const int Capacity = 2_000;

    private readonly ConcurrentDictionary<object, (long Version, DateTimeOffset At, object Value)> results = new();

    private readonly ConcurrentDictionary<string, Count> counts = new();

    /// <summary>A total being counted or counted, and the last one known for the same filter and data version.</summary>
    private sealed record Count(long Version, DateTimeOffset StartedAt, Lazy<Task<int>> Total, int? Previous)
    {
        public int? Known => Total.IsValueCreated && Total.Value.IsCompletedSuccessfully ? Total.Value.Result : Previous;

        public bool Failed => Total.IsValueCreated && (Total.Value.IsFaulted || Total.Value.IsCanceled);
    }

    /// <summary>
    /// The total of <paramref name="query"/>, built on the caller's <paramref name="db"/> for the key (its SQL with
    /// the parameter values, so the scope and the date are part of it) and again on a database context of its own for
    /// the count, which outlives the request that started it. <paramref name="query"/> must therefore not read the
    /// request's state when called: it takes its scope and date as values (<see cref="RegistryScope.Fixed"/>).
    /// </summary>
    public async Task<int> CountAsync<T>(CountyIpDbContext db, Func<CountyIpDbContext, IQueryable<T>> query, CancellationToken ct)
    {
        var key = query(db).ToQueryString();
        while (true)
        {
            var version = changes.Version;
            var now = clock.GetUtcNow();
            counts.TryGetValue(key, out var entry);
            if (entry is not null && entry.Version == version && !entry.Failed)
            {
                if (now - entry.StartedAt < MaxAge)
                {
                    return entry.Known ?? await entry.Total.Value.WaitAsync(ct);
                }

                if (entry.Known is { } lapsed)
                {
                    // Old only by time: answer with it and let the first caller that sees it lapsed start a recount.
                    var recount = new Count(version, now, new Lazy<Task<int>>(() => Start(query)), lapsed);
                    if (counts.TryUpdate(key, recount, entry))
                    {
                        _ = recount.Total.Value;
                    }

                    return lapsed;
                }
            }

            if (counts.Count >= Capacity)
            {
                counts.Clear();
            }

            // Lazy: of the callers racing for a missing or outdated key only the one whose entry went in counts.
            var fresh = new Count(version, now, new Lazy<Task<int>>(() => Start(query)), null);
            if (entry is null ? counts.TryAdd(key, fresh) : counts.TryUpdate(key, fresh, entry))
            {
                return await fresh.Total.Value.WaitAsync(ct);
            }
        }
    }

    /// <summary>
    /// A page (or another result) of the caller's query, computed by <paramref name="load"/> in the caller's request
    /// and reused while the data is unchanged and younger than <see cref="MaxAge"/>.
    /// </summary>
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

    /// <summary>Counts without the caller's execution context, cancellation or database context: it may outlive them.</summary>
    private Task<int> Start<T>(Func<CountyIpDbContext, IQueryable<T>> query)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(async () =>
            {
                try
                {
                    await using var database = databases.Create();
                    return await query(database.Value).CountAsync(CancellationToken.None);
                }
                catch (Exception e)
                {
                    log.LogWarning(e, "A list total could not be counted; the next request counts again.");
                    throw;
                }
            }, CancellationToken.None);
        }
    }
}
