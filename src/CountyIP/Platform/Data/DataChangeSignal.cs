namespace CountyIP.Platform.Data;

/// <summary>
/// A counter that moves whenever module data is written in this process, so caches of derived figures (the indicator
/// board, issue 11 §2) know their inputs changed. Raised by <see cref="DataChangeInterceptor"/> for saved changes and
/// by writers that bypass the change tracker (bulk imports) through <see cref="Changed"/>.
/// </summary>
public sealed class DataChangeSignal
{
    private long version;

    public long Version => Interlocked.Read(ref version);

    public void Changed() => Interlocked.Increment(ref version);
}
