using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// Issue 2: every endpoint and page, enumerated at run time, is declared in the role matrix (the
/// <see cref="IRoleMatrix"/> files beside this one) and answers every caller, anonymous included, as declared.
/// Refused = the authorization layer refused (401, 403 or the redirect to sign-in or access-denied it causes) or the
/// endpoint forbade (403, access-denied); allowed = anything else (404/400/409 are fine: dummy ids and empty bodies).
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixFactory factory) : IClassFixture<RoleMatrixFactory>
{
    private static readonly IReadOnlyList<MatrixEntry> Declared = [.. typeof(RoleMatrixTests).Assembly.GetTypes()
        .Where(t => typeof(IRoleMatrix).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .SelectMany(t => ((IRoleMatrix)Activator.CreateInstance(t)!).Entries)];

    [Fact]
    public void Matrix_EveryEndpoint_IsDeclaredOnce()
    {
        var endpoints = AppEndpoints.Of(factory.Services);
        var declared = Declared.GroupBy(e => e.Key, StringComparer.Ordinal).ToList();
        var problems = new List<string>();

        problems.AddRange(declared.Where(g => g.Count() > 1).Select(g => $"declared more than once: {g.Key}"));
        var actualKeys = endpoints.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(declared.Where(g => !actualKeys.Contains(g.Key)).Select(g => $"declared but not served by the app (remove it): {g.Key}"));
        var missing = endpoints
            .Where(e => declared.All(g => g.Key != e.Key))
            .DistinctBy(e => e.Key)
            .Select(e => $"    {Suggestion(e)}")
            .ToList();
        if (missing.Count > 0)
        {
            problems.Add("endpoints missing from the role matrix; add them to your area's file in tests/CountyIP.IntegrationTests/RoleMatrix/ "
                + "after checking who should really be allowed:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Request_EveryEndpointAndCaller_AllowedOrRefusedAsDeclared()
    {
        var endpoints = AppEndpoints.Of(factory.Services);
        var declared = Declared.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var failures = new List<string>();
        var checks = 0;

        foreach (var caller in Who.AllCallers)
        {
            var user = caller == Who.Anonymous ? null : await factory.CreateAsync(caller);
            var client = await ClientForAsync(user);
            var staticAssetChecked = false;
            // Reads first, then unsafe methods, so an endpoint that ends the session (sign-out) runs late.
            foreach (var endpoint in endpoints.OrderBy(e => IsSafe(e.Method) ? 0 : 1))
            {
                if (!declared.TryGetValue(endpoint.Key, out var entry))
                {
                    continue; // reported by Matrix_EveryEndpoint_IsDeclaredOnce
                }

                // Static assets share one pipeline and one declaration: every file as anonymous, one file per role.
                if (entry.Route == MatrixEntry.StaticAssetsRoute && caller != Who.Anonymous)
                {
                    if (staticAssetChecked)
                    {
                        continue;
                    }

                    staticAssetChecked = true;
                }

                var url = entry.SampleUrl ?? endpoint.Url;
                var expectAllowed = entry.Allowed.Contains(caller);
                var (refused, reached, answer) = await SendAsync(client, endpoint, url);
                if (refused && expectAllowed && user is not null)
                {
                    // An unsafe call before this one may have ended the session (sign-out): try again signed in afresh.
                    client.Dispose();
                    client = await ClientForAsync(user);
                    (refused, reached, answer) = await SendAsync(client, endpoint, url);
                }

                checks++;
                var expectedRoute = entry.Route == MatrixEntry.StaticAssetsRoute ? url.TrimStart('/') : entry.Route;
                if (reached != expectedRoute && !entry.NotRouted)
                {
                    failures.Add($"{caller,-17} {endpoint.Method} {url}: routed to '{reached}', not '{entry.Route}' — give the entry a SampleUrl that reaches it");
                }
                else if (refused == expectAllowed)
                {
                    failures.Add($"{caller,-17} {endpoint.Method} {url}: expected {(expectAllowed ? "allowed" : "refused")}, got {answer}");
                }
            }

            client.Dispose();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{checks} requests checked for {Who.AllCallers.Count} callers over {endpoints.Count} endpoint routes.");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private async Task<TestClient> ClientForAsync(TestUser? user)
    {
        var client = new TestClient(factory);
        if (user is not null)
        {
            await client.SignInAsync(user);
        }

        return client;
    }

    private static bool IsSafe(string method) => method is "GET" or "HEAD" or "OPTIONS" or "*";

    private static async Task<(bool Refused, string? Reached, string Answer)> SendAsync(TestClient client, AppEndpoint endpoint, string url)
    {
        var method = endpoint.Method == "*" ? HttpMethod.Get : new HttpMethod(endpoint.Method);
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
        {
            // Empty bodies: handlers reject them (400/404/409), so no call changes data.
            request.Content = EmptyBody(endpoint);
        }

        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location;
        var target = location is null ? null : (location.IsAbsoluteUri ? location : new Uri(TestClient.BaseAddress, location)).AbsolutePath;
        // Refused: the authorization layer said no (challenge or forbid), or the endpoint itself forbade (403 or the
        // access-denied page). A 401 or a redirect to sign-in that an allowed endpoint answers (wrong password, no
        // pending second step) is that endpoint's answer, not a refusal.
        var refused = response.Headers.Contains(AuthorizationProbe.HeaderName)
            || response.StatusCode is HttpStatusCode.Forbidden
            || (status is >= 300 and < 400 && target is "/account/access-denied");
        var reached = response.Headers.TryGetValues(EndpointProbe.HeaderName, out var values) ? Uri.UnescapeDataString(values.First()) : null;
        var answer = location is null ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{status} → {target}";
        return (refused, reached, response.Headers.TryGetValues(AuthorizationProbe.HeaderName, out var by) ? $"{answer} ({by.First()} by policy)" : answer);
    }

    /// <summary>An empty body of a kind the endpoint accepts: form for pages and form-bound endpoints, else <c>{}</c>.</summary>
    private static HttpContent EmptyBody(AppEndpoint endpoint)
    {
        var types = endpoint.ContentTypes;
        if (endpoint.IsPage || types.Contains("application/x-www-form-urlencoded"))
        {
            return new FormUrlEncodedContent([]);
        }

        if (types.Count == 0 || types.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            return new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        if (types.Contains("multipart/form-data"))
        {
            return new MultipartFormDataContent();
        }

        var content = new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue(types[0]);
        return content;
    }

    /// <summary>A line to paste, with the roles the endpoint's policy admits today as the starting point.</summary>
    private string Suggestion(AppEndpoint endpoint)
    {
        string who;
        if (endpoint.AllowsAnonymous)
        {
            who = "Who.Everyone";
        }
        else if (endpoint.Policy is null)
        {
            who = "Who.Nobody";
        }
        else
        {
            var policy = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(endpoint.Policy).GetAwaiter().GetResult();
            var roles = policy?.Requirements.OfType<RolesAuthorizationRequirement>().FirstOrDefault()?.AllowedRoles.ToList() ?? [];
            who = roles.Count == Roles.All.Count ? "Who.SignedIn" : $"Who.Only({string.Join(", ", roles.Select(r => $"Roles.{r}"))})";
        }

        var route = endpoint.Route == MatrixEntry.StaticAssetsRoute ? "MatrixEntry.StaticAssetsRoute" : $"\"{endpoint.Route}\"";
        return $"new(\"{endpoint.Method}\", {route}, {who}),{(endpoint.Policy is null ? string.Empty : $" // policy {endpoint.Policy}")}";
    }
}
