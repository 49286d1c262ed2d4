using CountyIP.Platform.Data;

namespace CountyIP.UnitTests.Architecture.Samples.Bad.Api;

/// <summary>A deliberate rule-3 violation: the architecture tests must find it (EndpointRulesTests).</summary>
internal static class BadEndpoint
{
    public static int Count(CountyIpDbContext db) => db.ChangeTracker.Entries().Count();
}
