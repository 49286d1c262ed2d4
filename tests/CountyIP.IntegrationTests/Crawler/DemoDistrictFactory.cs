using System.Collections.Concurrent;
using CountyIP.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountyIP.IntegrationTests.Crawler;

/// <summary>
/// The demo districts of a test run (an assembly fixture), one per UI language: the crawl in that language and the
/// indicator tests over the demo data read the same district, and generating one is the costliest start of the suite.
/// Each is started by the first test that asks, so a run without those tests never pays for it. The tests that use a
/// district only read it and start jobs; the languages keep a district each because a job shows its progress in the
/// language of the person who started it.
/// </summary>
public sealed class DemoDistrict : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<DemoDistrictFactory>>> apps = new(StringComparer.Ordinal);

    /// <summary>The district walked in <paramref name="culture"/> (zh-CN or en-US).</summary>
    public Task<DemoDistrictFactory> AppAsync(string culture) =>
        apps.GetOrAdd(culture, _ => new Lazy<Task<DemoDistrictFactory>>(StartAsync)).Value;

    private static async Task<DemoDistrictFactory> StartAsync()
    {
        var factory = new DemoDistrictFactory();
        await factory.InitializeAsync();
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

/// <summary>
/// The app as a newcomer starts it: demo accounts and the generated demo district on the test database (SQLite or
/// PostgreSQL), with every log entry of level Error or above collected so the crawl can fail on an unhandled exception
/// that a page swallowed into a friendly error screen.
/// </summary>
public sealed class DemoDistrictFactory : CountyIpAppFactory
{
    private readonly List<string> errors = [];

    /// <summary>Where the error log stands now; <see cref="ErrorsSince"/> gives what was logged after.</summary>
    public int ErrorMark()
    {
        lock (errors)
        {
            return errors.Count;
        }
    }

    /// <summary>
    /// Errors logged since <paramref name="mark"/>. Walks run at once (two languages), so an error another walk caused
    /// is reported by both: it fails a test either way and is never lost.
    /// </summary>
    public IReadOnlyList<string> ErrorsSince(int mark)
    {
        lock (errors)
        {
            return errors.Skip(mark).ToList();
        }
    }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["CountyIP:DemoData"] = "true",
        ["Security:SignInAttemptsPerMinute"] = "100000",
        ["Registry:PortalSearchesPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(new ErrorCollector(errors)));
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Services; // starts the app: migrations, reference data and the demo district are loaded now, not in the first crawl
    }

    private sealed class ErrorCollector(List<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, errors);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, List<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    var entry = $"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" — {exception.GetType().Name}: {exception.Message}")}";
                    lock (errors)
                    {
                        errors.Add(entry);
                    }
                }
            }
        }
    }
}
