namespace CountyIP.Platform.Modules;

/// <summary>
/// The one pattern for a service that needs <typeparamref name="T"/> in a scope of its own (issue 10 item 3, ADR 0018's
/// addendum): a singleton cache that outlives requests (<c>IndicatorBoardCache</c>, <c>WorkingDayCalendar</c>), or a
/// reader that must not share the request's DbContext with a query still running (<c>RegistryUnits</c>). The
/// dependency is named in the constructor (<c>ScopedFactory&lt;IndicatorEngine&gt;</c>) instead of a service
/// locator, and an unregistered <typeparamref name="T"/> fails as soon as the factory is created with its consumer,
/// naming the type, not on the first call that happens to need it.
/// </summary>
public sealed class ScopedFactory<T> where T : notnull
{
    private readonly IServiceScopeFactory scopes;

    public ScopedFactory(IServiceScopeFactory scopes, IServiceProviderIsService registered)
    {
        if (!registered.IsService(typeof(T)))
        {
            throw new InvalidOperationException($"{typeof(T).FullName} is not registered; {nameof(ScopedFactory<T>)} cannot create it.");
        }

        this.scopes = scopes;
    }

    /// <summary>A new scope and its <typeparamref name="T"/>; disposing the lease ends the scope.</summary>
    public Lease Create()
    {
        var scope = scopes.CreateAsyncScope();
        return new Lease(scope, scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>One <typeparamref name="T"/> with the scope it lives in.</summary>
    public sealed class Lease(AsyncServiceScope scope, T value) : IDisposable, IAsyncDisposable
    {
        public T Value { get; } = value;

        public void Dispose() => scope.Dispose();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
