using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Platform.Jobs;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.ToTable("BackgroundJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Kind).HasMaxLength(100).IsRequired();
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.ProgressText).HasMaxLength(500);
        builder.Property(j => j.Error).HasMaxLength(4000);
        builder.Property(j => j.ResultFileKey).HasMaxLength(300);
        builder.Property(j => j.ResultFileName).HasMaxLength(300);
        builder.Property(j => j.CreatedByName).HasMaxLength(256);
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.Ignore(j => j.IsFinished);
        builder.HasIndex(j => new { j.Status, j.CreatedUtc });
        builder.HasIndex(j => new { j.CreatedByUserId, j.CreatedUtc });
    }
}
