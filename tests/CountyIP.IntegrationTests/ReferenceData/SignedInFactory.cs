using System.Collections.Concurrent;
using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.ReferenceData;

/// <summary>
/// The app with one signed-in client per role (real accounts created through UserManager, signed in through
/// <c>POST /api/auth/login</c>), made once and reused by the tests of a class. Liaison accounts are scoped to seeded
/// reference data (a sub-district, the IP bureau).
/// </summary>
public class SignedInFactory : CountyIpAppFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TestClient>>> clients = new(StringComparer.Ordinal);

    /// <summary>A client signed in as <paramref name="role"/>, or an anonymous client when null. Redirects are not followed.</summary>
    public async Task<HttpClient> ClientAs(string? role)
    {
        if (role is null)
        {
            return new TestClient(this).Http;
        }

        var client = clients.GetOrAdd(role, r => new Lazy<Task<TestClient>>(() => TestClient.SignedInAsync(this, r, ScopeFor(r))));
        return (await client.Value).Http;
    }

    private static string? ScopeFor(string role) => role switch
    {
        Roles.TownLiaison => "350104001",
        Roles.DepartmentLiaison => "ip-bureau",
        _ => null,
    };

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values.Where(c => c.IsValueCreated))
        {
            (await client.Value).Dispose();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

internal static class Refusal
{
    /// <summary>
    /// Refused: 401/403 (API) or the redirect to sign-in (anonymous) or access-denied (signed in without the
    /// policy) that pages answer with.
    /// </summary>
    public static void ShouldBeRefused(this HttpResponseMessage response, bool anonymous, string because)
    {
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        var refused = anonymous
            ? response.StatusCode == HttpStatusCode.Unauthorized || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/login", StringComparison.Ordinal))
            : response.StatusCode == HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/access-denied", StringComparison.Ordinal));
        refused.ShouldBeTrue($"{because}: answered {(int)response.StatusCode} {location}");
    }
}
