namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// One app for all tests of a class that need the same set-up (a class fixture), built by the class's own recipe:
/// <c>public sealed class App() : SharedApp&lt;IndicatorsFactory&gt;(NewFactory());</c>. Starting an app costs about
/// three seconds of the suite; tests that change shared records (a district-wide figure, the active plan) keep an app
/// of their own.
/// </summary>
public abstract class SharedApp<TFactory>(TFactory factory) : IAsyncLifetime
    where TFactory : CountyIpAppFactory
{
    public TFactory Factory { get; } = factory;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        await SeedAsync(Factory);
    }

    /// <summary>Records every test of the class reads (and none changes).</summary>
    protected virtual Task SeedAsync(TFactory factory) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
