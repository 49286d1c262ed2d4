using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP client for the test app with a visible cookie jar. It does NOT follow redirects, so a test sees the
/// 302 to <c>/account/login</c> or <c>/account/access-denied</c>. The base address is https because the app's
/// auth and antiforgery cookies are Secure outside Development.
/// </summary>
public sealed class TestClient : IDisposable
{
    public static readonly Uri BaseAddress = new("https://localhost");

    public TestClient(CountyIpAppFactory factory, TestUser? user = null, CookieContainer? cookies = null)
    {
        Factory = factory;
        User = user;
        Cookies = cookies ?? new CookieContainer();
        Http = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(Cookies));
    }

    public CountyIpAppFactory Factory { get; }

    /// <summary>Who this client signed in as; null for an anonymous client.</summary>
    public TestUser? User { get; private set; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    /// <summary>Creates an account with <paramref name="role"/> and returns a client signed in as it.</summary>
    public static async Task<TestClient> SignedInAsync(CountyIpAppFactory factory, string role, string? scopeId = null)
    {
        var user = await factory.CreateAsync(role, scopeId);
        var client = new TestClient(factory);
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>Signs in through <c>POST /api/auth/login</c>, the way a browser or script does; fails on refusal.</summary>
    public async Task SignInAsync(TestUser user, string? twoFactorCode = null)
    {
        var response = await Http.PostAsJsonAsync(
            "/api/auth/login",
            new { userName = user.UserName, password = user.Password, twoFactorCode },
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"sign-in of {user.UserName} ({user.Role}) answered {(int)response.StatusCode}: {body}");
        User = user;
    }

    public Task<HttpResponseMessage> GetAsync(string url) =>
        Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>GETs a page, requires 200 and returns it parsed.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        var document = await Html.ParseAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url} as {User?.Role ?? "anonymous"}: {response.Headers.Location}");
        return document;
    }

    /// <summary>
    /// Posts a static-SSR form the way a browser does: GETs <paramref name="pageUrl"/>, takes the form whose hidden
    /// <c>_handler</c> is <paramref name="formName"/> (the EditForm's FormName), keeps every field it renders (including
    /// <c>__RequestVerificationToken</c>), overrides them with <paramref name="fields"/> and posts to the form's action.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitFormAsync(page, pageUrl, formName, fields);
    }

    /// <summary>As <see cref="SubmitFormAsync(string, string, IReadOnlyDictionary{string, string})"/> on a page already loaded.</summary>
    public Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, string pageUrl, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var form = Forms.Find(page, formName);
        var values = Forms.Values(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var target = new Uri(new Uri(BaseAddress, pageUrl), action);
        return Http.PostAsync(target, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Http.Dispose();
}
