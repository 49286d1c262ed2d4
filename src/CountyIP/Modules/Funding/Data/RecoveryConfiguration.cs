using CountyIP.Modules.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Funding.Data;

/// <summary>
/// Recovery flags — one per paid application and right, a unique key, so two scans at once cannot flag a right twice —
/// and the abnormal-filing list, one row per canonical application number.
/// </summary>
internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<RecoveryFlag>, IEntityTypeConfiguration<AbnormalFiling>
{
    public void Configure(EntityTypeBuilder<RecoveryFlag> builder)
    {
        builder.ToTable("funding_recovery_flags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.EnterpriseName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.UnitCode).HasMaxLength(20);
        builder.Property(f => f.ItemCode).HasMaxLength(PolicyItem.CodeMaxLength).IsRequired();
        builder.Property(f => f.RightKey).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Number).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Title).HasMaxLength(500).IsRequired();
        builder.Property(f => f.Cause).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Amount).HasPrecision(18, 2);
        builder.Property(f => f.RecoveredAmount).HasPrecision(18, 2);
        builder.Property(f => f.DecidedBy).HasMaxLength(256);
        builder.Property(f => f.Note).HasMaxLength(RecoveryFlag.NoteMaxLength);
        builder.HasIndex(f => new { f.ApplicationId, f.RightKey }).IsUnique();
        builder.HasIndex(f => new { f.State, f.FlaggedOn });
    }

    public void Configure(EntityTypeBuilder<AbnormalFiling> builder)
    {
        builder.ToTable("funding_abnormal_filings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.Number).HasMaxLength(30).IsRequired();
        builder.HasIndex(f => f.Number).IsUnique();
        builder.Property(f => f.Notice).HasMaxLength(AbnormalFiling.NoticeMaxLength).IsRequired();
        builder.Property(f => f.ImportedBy).HasMaxLength(256).IsRequired();
    }
}
