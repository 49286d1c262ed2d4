using CountyIP.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.UnitTests.Platform;

/// <summary>Issue 10 item 3: the one typed factory for a scope of one's own.</summary>
public sealed class ScopedFactoryTests
{
    public sealed class Counter : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public async Task Create_EachLeaseItsOwnScope_EndedWithTheLease()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ScopedFactory<>));
        services.AddScoped<Counter>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var factory = provider.GetRequiredService<ScopedFactory<Counter>>();

        Counter first;
        await using (var lease = factory.Create())
        {
            first = lease.Value;
            using var other = factory.Create();
            other.Value.ShouldNotBeSameAs(first);
        }

        first.Disposed.ShouldBeTrue();
    }

    [Fact]
    public void Construct_TypeNotRegistered_FailsNamingIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ScopedFactory<>));
        using var provider = services.BuildServiceProvider();

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<ScopedFactory<Counter>>())
            .Message.ShouldContain(typeof(Counter).FullName!);
    }
}
