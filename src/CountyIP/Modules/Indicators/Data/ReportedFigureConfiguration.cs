using CountyIP.Modules.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Indicators.Data;

internal sealed class ReportedFigureConfiguration : IEntityTypeConfiguration<ReportedFigure>
{
    public void Configure(EntityTypeBuilder<ReportedFigure> builder)
    {
        builder.ToTable("indicator_reported_figures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.PlanId).HasMaxLength(64).IsRequired();
        builder.Property(f => f.TargetId).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitCode).HasMaxLength(32);
        builder.Property(f => f.Value).HasPrecision(20, 4);
        builder.Property(f => f.Numerator).HasPrecision(20, 4);
        builder.Property(f => f.Denominator).HasPrecision(20, 4);
        builder.Property(f => f.Note).HasMaxLength(1000);
        builder.Property(f => f.EvidenceFileKey).HasMaxLength(300).IsRequired();
        builder.Property(f => f.EvidenceFileName).HasMaxLength(260).IsRequired();
        builder.Property(f => f.SubmittedByName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.DecidedByName).HasMaxLength(200);
        builder.Property(f => f.RejectionReason).HasMaxLength(1000);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Version).IsConcurrencyToken();
        // The engine sums approved figures of a target over a range of years.
        builder.HasIndex(f => new { f.PlanId, f.TargetId, f.Status, f.Year, f.UnitCode });
        builder.HasIndex(f => new { f.Status, f.SubmittedUtc });
    }
}
