using CountyIP.Platform.Audit;

namespace CountyIP.Platform.Security;

/// <summary>
/// Records account events in the audit trail (issue 2 §5). The trail is resolved optionally so the account code does
/// not decide how auditing is stored; when no <see cref="IAuditTrail"/> is registered nothing is written.
/// </summary>
internal sealed class SecurityAudit(IServiceProvider services)
{
    public Task RecordAsync(string action, AuditOutcome outcome, string? entityType = null, string? entityKey = null,
        string? detail = null, string? actor = null, string? role = null, CancellationToken cancellationToken = default)
    {
        var trail = services.GetService<IAuditTrail>();
        return trail is null
            ? Task.CompletedTask
            : trail.RecordAsync(new AuditEvent(action, outcome, entityType, entityKey, detail) { Actor = actor, Role = role }, cancellationToken);
    }
}
