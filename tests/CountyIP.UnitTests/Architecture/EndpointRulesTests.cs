using CountyIP.Platform;
using CountyIP.Platform.Data;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// DESIGN.md rule 3 (issue 10 item 2): endpoints and pages never touch the DbContext — they call a use case.
/// Razor-generated page classes live in the Pages namespace, so they are checked with the hand-written ones (IL).
/// </summary>
public sealed class EndpointRulesTests
{
    [Fact]
    public void ApiAndPagesTypes_AnyReference_NeverTheDbContext()
    {
        var violations = DbContextUsers(typeof(PlatformSetup).Assembly.GetTypes(), "CountyIP.Modules");

        violations.ShouldBeEmpty($"endpoints and pages must call a use case, not the DbContext (rule 3):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void DbContextUsers_KnownViolation_IsFound()
    {
        // The sample types sit outside CountyIP.Modules, so the real check above never sees them.
        var violations = DbContextUsers(typeof(EndpointRulesTests).Assembly.GetTypes(), "CountyIP.UnitTests.Architecture.Samples");

        violations.ShouldBe([typeof(Samples.Bad.Api.BadEndpoint).FullName!]);
    }

    /// <summary>Full names of the types in an Api or Pages namespace below <paramref name="root"/> that reference a DbContext.</summary>
    internal static List<string> DbContextUsers(IEnumerable<Type> types, string root) =>
        [.. types
            .Select(TypeReferences.Outermost)
            .Distinct()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(root + ".", StringComparison.Ordinal)
                && ns[(root.Length + 1)..].Split('.') is var segments && (segments.Contains("Api") || segments.Contains("Pages")))
            .Where(t => TypeReferences.Of(t).Any(used => typeof(CountyIpDbContext).IsAssignableFrom(used)))
            .Select(t => t.FullName ?? t.Name)
            .Order(StringComparer.Ordinal)];
}
