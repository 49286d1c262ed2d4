using System.Collections.Concurrent;
using CountyIP.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountyIP.IntegrationTests.Crawler;

/// <summary>
/// The app as a newcomer starts it: demo accounts and the generated demo district on the test database (SQLite or
/// PostgreSQL), with every log entry of level Error or above collected so the crawl can fail on an unhandled exception
/// that a page swallowed into a friendly error screen.
/// </summary>
public sealed class DemoDistrictFactory : CountyIpAppFactory
{
    public ConcurrentQueue<string> Errors { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["CountyIP:DemoData"] = "true",
        ["Security:SignInAttemptsPerMinute"] = "100000",
        ["Registry:PortalSearchesPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(new ErrorCollector(Errors)));
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Services; // starts the app: migrations, reference data and the demo district are loaded now, not in the first crawl
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, errors);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" — {exception.GetType().Name}: {exception.Message}")}");
                }
            }
        }
    }
}
