using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Security;

/// <summary>
/// The app with scope directories for departments, units and enterprises (the modules that own them are not needed
/// to test accounts) and a sign-in rate limit high enough for a test class; rate limiting has its own factory.
/// </summary>
public class SecurityAppFactory : CountyIpAppFactory
{
    public const string Department = "market-regulation";
    public const string Unit = "350104001";
    public const string Enterprise = "demo-enterprise";

    public SecurityAppFactory()
    {
    }

    /// <summary>A second instance on <paramref name="first"/>'s database (a restart, or scale-out).</summary>
    protected SecurityAppFactory(CountyIpAppFactory first)
        : base(first)
    {
    }

    protected virtual int SignInAttemptsPerMinute => 10_000;

    protected virtual IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?>();

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?> { ["Security:SignInAttemptsPerMinute"] = SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            foreach (var (key, value) in SecuritySettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IScopeDirectory>(new FixedScopeDirectory(ScopeKind.Department, (Department, "区市场监督管理局")));
            services.AddSingleton<IScopeDirectory>(new FixedScopeDirectory(ScopeKind.Unit, (Unit, "仓前街道"), ("350104002", "城门镇")));
            services.AddSingleton<IScopeDirectory>(new FixedScopeDirectory(ScopeKind.Enterprise, (Enterprise, "演示企业")));
        });
    }

    /// <summary>A client that keeps cookies, does not follow redirects, and talks https (the cookies are Secure).</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>A client without a cookie jar, for replaying a saved cookie by hand.</summary>
    public HttpClient CreateBareClient(string? cookie = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    private sealed class FixedScopeDirectory(ScopeKind kind, params (string Id, string Name)[] targets) : IScopeDirectory
    {
        public ScopeKind Kind => kind;

        public Task<IReadOnlyList<ScopeTarget>> SearchAsync(string? search, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ScopeTarget>>([.. targets.Where(t => search is null || t.Name.Contains(search, StringComparison.Ordinal)).Take(limit).Select(t => new ScopeTarget(kind, t.Id, t.Name))]);

        public Task<ScopeTarget?> FindAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(targets.Where(t => t.Id == id).Select(t => (ScopeTarget?)new ScopeTarget(kind, t.Id, t.Name)).FirstOrDefault());
    }
}

/// <summary>Sign-in, account and page helpers shared by the security tests.</summary>
internal static class Auth
{
    public const string AuthCookie = "countyip.auth";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password, string? code = null) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password, twoFactorCode = code }, Ct);

    /// <summary>Signs in over the JSON API and returns the session cookie as a Cookie header value.</summary>
    public static async Task<string> LoginCookieAsync(SecurityAppFactory factory, string userName, string password)
    {
        using var client = factory.CreateBareClient();
        using var response = await LoginAsync(client, userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return CookieFrom(response);
    }

    /// <summary>The path of a redirect's target, whether the Location is absolute or relative.</summary>
    public static string PathOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("no Location header");
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
    }

    public static string CookieFrom(HttpResponseMessage response)
    {
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }

    public static Task<HttpClient> AdminAsync(SecurityAppFactory factory) => SignedInAsync(factory, AccountSeeder.AdminUserName, CountyIpAppFactory.AdminPassword);

    /// <summary>A signed-in client with a cookie jar (page forms need the antiforgery cookie too).</summary>
    public static async Task<HttpClient> BrowserAsync(SecurityAppFactory factory, string userName = AccountSeeder.AdminUserName, string password = CountyIpAppFactory.AdminPassword)
    {
        var browser = factory.CreateBrowser();
        using var response = await LoginAsync(browser, userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return browser;
    }

    public static async Task<HttpClient> SignedInAsync(SecurityAppFactory factory, string userName, string password)
    {
        var cookie = await LoginCookieAsync(factory, userName, password);
        return factory.CreateBareClient(cookie);
    }

    /// <summary>Creates an account through the admin API and sets its own password, so it can sign in normally.</summary>
    public static async Task<(Guid Id, string UserName, string Password)> CreateUserAsync(SecurityAppFactory factory, string role, string? scopeId = null)
    {
        using var admin = await AdminAsync(factory);
        var userName = $"u{Guid.NewGuid():N}"[..12];
        using var response = await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = "测试用户", role, scopeId }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var oneTime = created.GetProperty("oneTimePassword").GetString()!;
        var password = "Own#Pass" + Guid.NewGuid().ToString("N")[..6];
        using var client = await SignedInAsync(factory, userName, oneTime);
        using var change = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = oneTime, newPassword = password }, Ct);
        change.StatusCode.ShouldBe(HttpStatusCode.NoContent, await change.Content.ReadAsStringAsync(Ct));
        return (created.GetProperty("id").GetGuid(), userName, password);
    }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

    /// <summary>Posts a Blazor SSR form: the antiforgery token from <paramref name="page"/>, the form name as _handler.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IHtmlDocument page, string formName, IDictionary<string, string> fields)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("no antiforgery token on " + path);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return client.PostAsync(path, new FormUrlEncodedContent(values), Ct);
    }
}
