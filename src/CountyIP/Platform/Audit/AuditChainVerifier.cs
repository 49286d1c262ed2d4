using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Audit;

/// <summary>Result of walking the chain: the first link that does not hold, if any.</summary>
public sealed record AuditVerification(bool Valid, long Checked, long? FirstBrokenSequence, string? Reason);

/// <summary>
/// Walks the audit chain from record 1 to the head in batches (never the whole table in memory) and checks that
/// sequences have no gaps, each record names its predecessor's hash, each hash matches the record's content, and
/// the head names the last record. Records appended while it runs (beyond the head it read first) are left out.
/// </summary>
internal sealed class AuditChainVerifier(CountyIpDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.Set<AuditHead>().AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var expected = 1L;
        var previousHash = AuditHashing.GenesisHash;
        while (expected <= head.LastSequence)
        {
            var from = expected;
            var batch = await db.Set<AuditRecord>().AsNoTracking()
                .Where(r => r.Sequence >= from && r.Sequence <= head.LastSequence)
                .OrderBy(r => r.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return Broken(expected, "missing: the record is absent");
            }

            foreach (var record in batch)
            {
                if (record.Sequence != expected)
                {
                    return Broken(expected, "missing: the record is absent");
                }

                if (!string.Equals(record.PreviousHash.Trim(), previousHash, StringComparison.Ordinal))
                {
                    return Broken(expected, "link: the previous-hash does not match the preceding record");
                }

                var hash = AuditHashing.ComputeHash(record);
                if (!string.Equals(record.Hash.Trim(), hash, StringComparison.Ordinal))
                {
                    return Broken(expected, "content: the record's hash does not match its fields");
                }

                previousHash = hash;
                expected++;
            }

            db.ChangeTracker.Clear();
        }

        if (!string.Equals(head.LastHash.Trim(), previousHash, StringComparison.Ordinal))
        {
            return Broken(head.LastSequence, "head: the chain head does not name the last record");
        }

        return new AuditVerification(true, expected - 1, null, null);

        AuditVerification Broken(long sequence, string reason) => new(false, expected - 1, sequence, reason);
    }
}
