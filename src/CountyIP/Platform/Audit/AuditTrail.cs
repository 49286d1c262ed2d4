using CountyIP.Platform.Data;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Records events that are not entity writes (sign-in, denial, export, …) in a context and transaction of their
/// own, so the caller's pending changes are neither saved nor lost by it.
/// </summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes, AuditActorProvider actors, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var who = actors.Current();
        if (auditEvent.Actor is not null)
        {
            who = who with { Actor = auditEvent.Actor };
        }

        if (auditEvent.Role is not null)
        {
            who = who with { Role = auditEvent.Role };
        }

        var draft = new AuditDraft(
            clock.GetUtcNow().UtcDateTime, who, auditEvent.Action, auditEvent.Outcome, auditEvent.EntityType, auditEvent.EntityKey, null, null, auditEvent.Detail);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditChainWriter.AppendAsync(db, [draft], isAsync: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
