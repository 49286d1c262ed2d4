using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.ReferenceData.UseCases;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>
/// The app for protection tests: callers are named by a test header (role and department scope), every log line is
/// kept so the confidentiality test can search it, and the portal's rate limits are lifted unless a test sets them.
/// </summary>
public class ProtectionAppFactory : CountyIpAppFactory
{
    public const string TestScheme = "ProtectionTest";
    public const string UserHeader = "X-Test-User";

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Protection:RateLimits:SubmissionsPerMinute"] = SubmissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Protection:RateLimits:LookupsPerMinute"] = "100000",
    };

    protected virtual int SubmissionsPerMinute => 100000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(new CollectingLoggerProvider(LogLines)).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(TestScheme, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestScheme;
                o.DefaultAuthenticateScheme = TestScheme;
                o.DefaultChallengeScheme = TestScheme;
                o.DefaultForbidScheme = TestScheme;
            });
            services.TryAddSingleton<IWorkingDayCalendar, WeekendCalendar>();
        });
    }

    /// <summary>
    /// A department of its own for one test (cases may only be assigned to departments the district has), so a
    /// liaison of it sees exactly that test's cases.
    /// </summary>
    public async Task<string> DepartmentAsync(string prefix)
    {
        var code = $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SaveDepartmentHandler>().HandleAsync(
            new SaveDepartmentCommand(code, new DepartmentInput { NameZh = "测试部门" + code, NameEn = "Test " + code, IsActive = true, SortOrder = 999 }),
            TestContext.Current.CancellationToken);
        return code;
    }

    /// <summary>A client acting as <paramref name="role"/> (with a department for a liaison); anonymous when role is null.</summary>
    public HttpClient ClientAs(string? role, string? department = null, string? userName = null)
    {
        var client = CreateDefaultClient(new Uri("https://localhost"));
        if (role is not null)
        {
            var kind = Roles.RequiredScope(role);
            var scope = kind == ScopeKind.District ? string.Empty : department ?? "scope-" + Guid.NewGuid().ToString("N")[..8];
            client.DefaultRequestHeaders.Add(UserHeader, $"{userName ?? role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8]}|{role}|{kind}|{scope}");
        }

        return client;
    }

    private sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var value))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var parts = value.ToString().Split('|');
            var claims = new List<Claim>
            {
                // Stable per user name, so antiforgery tokens (bound to the user) survive between GET and POST of a page.
                new(ClaimTypes.NameIdentifier, parts[0]),
                new(ClaimTypes.Name, parts[0]),
                new(ClaimTypes.Role, parts[1]),
                new(CountyIpClaimTypes.ScopeKind, parts[2]),
            };
            if (parts[3].Length > 0)
            {
                claims.Add(new Claim(CountyIpClaimTypes.ScopeId, parts[3]));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TestScheme, ClaimTypes.Name, ClaimTypes.Role));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, TestScheme)));
        }
    }

    /// <summary>Weekends only, for tests that do not depend on holidays (the calendar has its own tests).</summary>
    private sealed class WeekendCalendar : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

        public DateOnly AddWorkingDays(DateOnly start, int days)
        {
            var date = start;
            var step = Math.Sign(days);
            for (var left = Math.Abs(days); left > 0;)
            {
                date = date.AddDays(step);
                if (IsWorkingDay(date))
                {
                    left--;
                }
            }

            return date;
        }

        public int WorkingDaysBetween(DateOnly start, DateOnly end)
        {
            var count = 0;
            for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
            {
                count += IsWorkingDay(d) ? 1 : 0;
            }

            return count;
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

/// <summary>Shortcuts for driving cases through the API.</summary>
internal static class ProtectionApi
{
    public static async Task<string> SubmitAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/portal/complaints") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return (await response.Content.ReadFromJsonAsync<TrackingCodeBody>(TestContext.Current.CancellationToken))!.TrackingCode;
    }

    public static object Complaint(string respondent = "某商贸有限公司", string? name = null, string? mobile = null) => new
    {
        kind = "TrademarkInfringement",
        respondent,
        place = "仓山区万达广场 2 楼",
        description = "销售假冒注册商标的运动鞋",
        name,
        mobile,
        consentToContact = name is not null,
    };

    public static async Task<Guid> CaseIdByRespondentAsync(HttpClient staff, string respondent)
    {
        var page = await staff.GetFromJsonAsync<CasePage>($"/api/protection/cases?search={Uri.EscapeDataString(respondent)}", TestContext.Current.CancellationToken);
        return page!.Items.Single().Id;
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, object body) =>
        client.PostAsJsonAsync($"/api/protection/cases/{id}/actions", body, TestContext.Current.CancellationToken);

    public static async Task ActOkAsync(HttpClient client, Guid id, object body)
    {
        using var response = await ActAsync(client, id, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
    }

    internal sealed record TrackingCodeBody(string TrackingCode);

    internal sealed record CasePage(List<CaseRow> Items, int Total);

    internal sealed record CaseRow(Guid Id, string Number, string State, string Respondent, string? MaskedContact, bool IsAnonymous, bool IsOverdue);
}

/// <summary>
/// One app for every test class of the collection: starting an app costs about three seconds of the suite, and these
/// classes each make their own records (names and numbers unique per test), so they can share one; the collection's
/// classes run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProtectionApp : ICollectionFixture<ProtectionAppFactory>
{
    public const string Name = "ProtectionApp";
}
