using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Registry.Data;

internal sealed class RightCorrectionConfiguration : IEntityTypeConfiguration<RightCorrection>
{
    public void Configure(EntityTypeBuilder<RightCorrection> builder)
    {
        builder.ToTable("registry_corrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RecordLabel).HasMaxLength(600).IsRequired();
        builder.Property(c => c.ProposedJson).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.SubmittedByName).HasMaxLength(100);
        builder.Property(c => c.DecidedByName).HasMaxLength(100);
        builder.Property(c => c.RejectionReason).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsPending);
        builder.HasIndex(c => new { c.Status, c.SubmittedUtc });
        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => new { c.Kind, c.RecordId });
    }
}
