namespace CountyIP.Platform.Audit;

/// <summary>An audit record before it gets its place in the chain (sequence, previous hash, hash).</summary>
internal sealed record AuditDraft(
    DateTime TimestampUtc,
    AuditActor Who,
    string Action,
    AuditOutcome Outcome,
    string? EntityType,
    string? EntityKey,
    string? Before,
    string? After,
    string? Detail)
{
    public const int ActorLength = 256;
    public const int ShortLength = 64;
    public const int NameLength = 200;
    public const int DetailLength = 1000;

    /// <summary>Links the draft after <paramref name="previousHash"/> at <paramref name="sequence"/>.</summary>
    public AuditRecord ToRecord(long sequence, string previousHash)
    {
        var record = new AuditRecord
        {
            Sequence = sequence,
            TimestampUtc = AuditHashing.TruncateToMicroseconds(TimestampUtc),
            Actor = Cut(Who.Actor, ActorLength) ?? AuditActor.Anonymous,
            Role = Cut(Who.Role, ShortLength),
            ClientIp = Cut(Who.ClientIp, ShortLength),
            Action = Cut(Action, ShortLength) ?? string.Empty,
            EntityType = Cut(EntityType, NameLength),
            EntityKey = Cut(EntityKey, NameLength),
            Outcome = Outcome,
            Before = Before,
            After = After,
            Detail = Cut(Detail, DetailLength),
            RequestId = Cut(Who.RequestId, ShortLength),
            PreviousHash = previousHash,
        };
        record.Hash = AuditHashing.ComputeHash(record);
        return record;
    }

    /// <summary>Chains <paramref name="drafts"/> after the head (<paramref name="lastSequence"/>, <paramref name="lastHash"/>).</summary>
    public static List<AuditRecord> Chain(IReadOnlyList<AuditDraft> drafts, long lastSequence, string lastHash)
    {
        var records = new List<AuditRecord>(drafts.Count);
        var previous = lastHash;
        for (var i = 0; i < drafts.Count; i++)
        {
            var record = drafts[i].ToRecord(lastSequence + i + 1, previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
