using CountyIP.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.UnitTests.Architecture.Samples.Bad.UseCases;

/// <summary>A deliberate violation: asks the container instead of taking its dependency (ExplicitDependencyTests).</summary>
internal sealed class LocatingHandler(IServiceProvider services)
{
    public IAuditTrail Audit => services.GetRequiredService<IAuditTrail>();
}

/// <summary>A deliberate violation: an optional audit trail (ExplicitDependencyTests).</summary>
internal sealed class OptionalAuditHandler(IAuditTrail? audit = null)
{
    public bool Audited => audit is not null;
}
