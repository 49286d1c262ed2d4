namespace CountyIP.Platform.Audit;

/// <summary>
/// One line of the audit log (issue 2, §5; GB/T 22239-2019 8.1.4.3 安全审计): who did what to which record, when,
/// from where, with what outcome. Rows are append-only (database triggers refuse UPDATE/DELETE) and hash-chained:
/// <see cref="Hash"/> is SHA-256 over <see cref="AuditHashing.Canonical"/>, which includes <see cref="PreviousHash"/>.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Position in the chain, 1, 2, 3… with no gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to microseconds so PostgreSQL stores exactly what was hashed.</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>User name, API token name, "anonymous" or "system".</summary>
    public string Actor { get; set; } = string.Empty;

    public string? Role { get; set; }

    public string? ClientIp { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    public string? EntityType { get; set; }

    public string? EntityKey { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>Values before the write as a JSON object, personal data masked, secrets absent.</summary>
    public string? Before { get; set; }

    /// <summary>Values after the write as a JSON object, personal data masked, secrets absent.</summary>
    public string? After { get; set; }

    public string? Detail { get; set; }

    /// <summary>The W3C trace id of the request, to find the matching log lines.</summary>
    public string? RequestId { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}

/// <summary>
/// The single row that names the end of the chain. Every append updates it in the same transaction as the records,
/// guarded by <see cref="LastSequence"/> as the optimistic concurrency token, so two writers (or two app instances
/// on one PostgreSQL) can never both extend the chain from the same link.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = AuditHashing.GenesisHash;
}
