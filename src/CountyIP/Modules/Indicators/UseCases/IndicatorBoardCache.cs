using System.Collections.Concurrent;
using System.Globalization;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// The computed targets of a board, kept per plan, period, unit scope and language (issue 11 §2: the board was
/// recomputed for every request, and 64 concurrent dashboard users got no answer in 20 s). Wraps
/// <see cref="IndicatorEngine"/> without changing it. An entry is stale when module data was saved since
/// (<see cref="DataChangeSignal"/>), when the day changed (windows end today), or after <see cref="MaxAge"/> — the
/// bound for writes this process does not see (another instance on the same PostgreSQL database, raw SQL).
/// Concurrent callers of a missing entry share one computation, run in its own scope so no request's cancellation
/// or disposal ends it.
/// </summary>
internal sealed class IndicatorBoardCache(ScopedFactory<IndicatorEngine> engines, DataChangeSignal changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Key, Entry> entries = new();

    /// <summary>The board's targets and when they were computed.</summary>
    public sealed record Figures(IReadOnlyList<IndicatorResult> Items, DateTimeOffset ComputedAt);

    private sealed record Key(string PlanId, int? Year, string? Unit, string Culture, DateOnly Today);

    private sealed record Entry(long Version, DateTimeOffset StartedAt, Lazy<Task<Figures>> Figures);

    public async Task<Figures> GetAsync(PlanDefinition plan, IndicatorPeriod period, string? unit, DateOnly today, CancellationToken cancellationToken)
    {
        var key = new Key(plan.Id, period.Year, unit, CultureInfo.CurrentUICulture.Name, today);
        while (true)
        {
            var version = changes.Version;
            var now = clock.GetUtcNow();
            if (entries.TryGetValue(key, out var entry) && entry.Version == version && now - entry.StartedAt < MaxAge
                && !(entry.Figures.IsValueCreated && (entry.Figures.Value.IsFaulted || entry.Figures.Value.IsCanceled)))
            {
                return await entry.Figures.Value.WaitAsync(cancellationToken);
            }

            // Lazy: of the callers racing for a stale key only the one whose entry went in starts the computation.
            var fresh = new Entry(version, now, new Lazy<Task<Figures>>(() => Start(plan, period, unit)));
            if (entry is null ? entries.TryAdd(key, fresh) : entries.TryUpdate(key, fresh, entry))
            {
                return await fresh.Figures.Value.WaitAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs the computation without the caller's execution context: it outlives the request that started it, so it
    /// must not see that request's HttpContext; only the language is carried over (it is part of the key).
    /// </summary>
    private Task<Figures> Start(PlanDefinition plan, IndicatorPeriod period, string? unit)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() =>
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
                return ComputeAsync(plan, period, unit);
            }, CancellationToken.None);
        }
    }

    private async Task<Figures> ComputeAsync(PlanDefinition plan, IndicatorPeriod period, string? unit)
    {
        await using var engine = engines.Create();
        var computedAt = clock.GetUtcNow();
        var items = new List<IndicatorResult>(plan.Targets.Count);
        foreach (var target in plan.Targets)
        {
            items.Add(await engine.Value.ComputeAsync(plan, target, period, unit, CancellationToken.None));
        }

        return new Figures(items, computedAt);
    }
}
