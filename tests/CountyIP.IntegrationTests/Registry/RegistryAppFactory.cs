using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// The app for the registry API tests: each test creates real accounts (role + data scope) and signs in through
/// POST /api/auth/login. The per-address sign-in limit is lifted because every test signs in several accounts.
/// </summary>
public sealed class RegistryAppFactory : CountyIpAppFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "100000",
    };

    /// <summary>A client signed in as a new account with <paramref name="role"/> and the given scope.</summary>
    public async Task<HttpClient> ClientForAsync(string role, ScopeKind scopeKind = ScopeKind.District, string? scopeId = null)
    {
        var user = await this.CreateAsync(role, scopeId, scopeKind);
        var client = new TestClient(this);
        await client.SignInAsync(user);
        return client.Http;
    }

    public Task<HttpClient> StaffAsync() => ClientForAsync(Roles.BureauStaff);
}

/// <summary>
/// One app for every test class of the collection: starting an app costs about three seconds of the suite, and these
/// classes each make their own records (names and numbers unique per test), so they can share one; the collection's
/// classes run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistryApp : ICollectionFixture<RegistryAppFactory>
{
    public const string Name = "RegistryApp";
}
