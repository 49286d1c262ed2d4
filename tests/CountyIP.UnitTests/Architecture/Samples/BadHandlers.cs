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

/// <summary>A deliberate rule-4 violation: two saves, two transactions for one use case (UseCaseRulesTests).</summary>
internal sealed class TwiceSavingHandler(CountyIP.Platform.Data.CountyIpDbContext db)
{
    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A deliberate rule-6 violation: a command the validation filter cannot see (UseCaseRulesTests).</summary>
internal sealed record HiddenCommand(string Name);

/// <summary>A deliberate rule-6 violation: not sealed (UseCaseRulesTests).</summary>
#pragma warning disable CA1852 // deliberately left open: this sample must break the rule
internal class OpenHandler;
#pragma warning restore CA1852

/// <summary>A deliberate rule-6 violation: a public handler (UseCaseRulesTests).</summary>
public sealed class PublicHandler;
