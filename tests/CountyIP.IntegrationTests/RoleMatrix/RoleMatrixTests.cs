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
/// Allowed = not 401/403 and no redirect to sign-in or access-denied (404/400/409 are fine: dummy ids and empty
/// bodies). Refused = 401/403 or such a redirect.
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
