using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Platform.Audit;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.Actor).HasMaxLength(AuditDraft.ActorLength).IsRequired();
        builder.Property(r => r.Role).HasMaxLength(AuditDraft.ShortLength);
        builder.Property(r => r.ClientIp).HasMaxLength(AuditDraft.ShortLength);
        builder.Property(r => r.Action).HasMaxLength(AuditDraft.ShortLength).IsRequired();
        builder.Property(r => r.EntityType).HasMaxLength(AuditDraft.NameLength);
        builder.Property(r => r.EntityKey).HasMaxLength(AuditDraft.NameLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Detail).HasMaxLength(AuditDraft.DetailLength);
        builder.Property(r => r.RequestId).HasMaxLength(AuditDraft.ShortLength);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength().IsRequired();

        // Kept few on purpose: each index is extra work on every write (issue 2, §5 performance).
        builder.HasIndex(r => r.TimestampUtc);
        builder.HasIndex(r => new { r.Actor, r.TimestampUtc });
        builder.HasIndex(r => new { r.EntityType, r.EntityKey });
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("AuditHeads");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastSequence).IsConcurrencyToken();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasData(new AuditHead { Id = AuditHead.SingletonId, LastSequence = 0, LastHash = AuditHashing.GenesisHash });
    }
}
