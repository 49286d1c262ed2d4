using CountyIP.Modules.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Plans.Data;

internal sealed class StoredPlanConfiguration : IEntityTypeConfiguration<StoredPlan>
{
    public void Configure(EntityTypeBuilder<StoredPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.TitleZh).HasMaxLength(300).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Content).IsRequired();
    }
}
