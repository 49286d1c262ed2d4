namespace CountyIP.Platform.Audit;

/// <summary>
/// Records security-relevant events that are not entity writes (entity writes are recorded by the SaveChanges
/// interceptor): sign-in, sign-out, failed sign-in, lockout, access denial, export, view of confidential data.
/// Records are append-only and hash-chained (issue 2, §5; GB/T 22239-2019 security audit).
/// </summary>
public interface IAuditTrail
{
    /// <summary>Writes the event at once, in its own transaction. Actor, role, client IP and request id are
    /// taken from the current request when the event does not set them.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <summary>One event for <see cref="IAuditTrail"/>. <see cref="Action"/> is one of <see cref="AuditActions"/>.</summary>
public sealed record AuditEvent(
    string Action,
    AuditOutcome Outcome,
    string? EntityType = null,
    string? EntityKey = null,
    string? Detail = null)
{
    /// <summary>Overrides the actor when there is no signed-in user yet (e.g. a failed sign-in names the user tried).</summary>
    public string? Actor { get; init; }

    public string? Role { get; init; }
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>Stable action names stored in the audit log.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Lockout = "lockout";
    public const string AccessDenied = "access-denied";
    public const string Export = "export";
    public const string ViewConfidential = "view-confidential";
    public const string PasswordChanged = "password-changed";
    public const string TwoFactorChanged = "two-factor-changed";
    public const string TokenIssued = "token-issued";
    public const string TokenRevoked = "token-revoked";
}
