using System.Collections.Concurrent;

namespace CountyIP.Platform.Jobs;

/// <summary>
/// The latest progress of jobs running in this process. Pages read it before the database row, because on SQLite a
/// long import holds the single write lock and the row's progress can only be written when the lock is free.
/// </summary>
internal sealed class JobProgressRegistry
{
    private readonly ConcurrentDictionary<Guid, (int Percent, string? Text)> running = new();

    public void Set(Guid id, int percent, string? text) => running[id] = (percent, text);

    public void Remove(Guid id) => running.TryRemove(id, out _);

    public bool TryGet(Guid id, out (int Percent, string? Text) progress) => running.TryGetValue(id, out progress);
}

/// <summary>Wakes the worker at once when a job is queued in this process (others poll).</summary>
internal sealed class JobSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
