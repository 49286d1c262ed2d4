using CountyIP.Modules.Import.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Import.Data;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("registry_imports");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.FileName).HasMaxLength(260).IsRequired();
        builder.Property(b => b.FileKey).HasMaxLength(300).IsRequired();
        builder.Property(b => b.Culture).HasMaxLength(16).IsRequired();
        builder.Property(b => b.CreatedByName).HasMaxLength(256);
        builder.Property(b => b.UnknownColumns).HasMaxLength(4000);
        builder.Property(b => b.InvalidRowsFileKey).HasMaxLength(300);
        builder.Property(b => b.Error).HasMaxLength(4000);
        builder.Ignore(b => b.CanConfirm);
        builder.HasIndex(b => new { b.CreatedByUserId, b.CreatedUtc });
    }
}
