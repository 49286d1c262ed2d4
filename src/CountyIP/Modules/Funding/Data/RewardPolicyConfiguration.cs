using CountyIP.Modules.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Funding.Data;

/// <summary>Reward policies, one row per version, and their items (amounts fen-exact, factors with two decimals).</summary>
internal sealed class RewardPolicyConfiguration : IEntityTypeConfiguration<RewardPolicy>
{
    public void Configure(EntityTypeBuilder<RewardPolicy> builder)
    {
        builder.ToTable("funding_policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.SeriesId, p.Revision }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(RewardPolicy.NameMaxLength).IsRequired();
        builder.Property(p => p.DocumentNumber).HasMaxLength(RewardPolicy.DocumentNumberMaxLength).IsRequired();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DraftedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.OwnsMany(p => p.Items, item =>
        {
            item.ToTable("funding_policy_items");
            item.WithOwner().HasForeignKey("PolicyId");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.HasIndex("PolicyId", nameof(PolicyItem.Code)).IsUnique();
            item.Property(i => i.Code).HasMaxLength(PolicyItem.CodeMaxLength).IsRequired();
            item.Property(i => i.Name).HasMaxLength(PolicyItem.NameMaxLength).IsRequired();
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
            item.Property(i => i.Mode).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Line).HasConversion<string>().HasMaxLength(30);
            item.Property(i => i.Amount).HasPrecision(18, 2);
            item.Property(i => i.PerApplicationCap).HasPrecision(18, 2);
            item.Property(i => i.PerEnterpriseYearCap).HasPrecision(18, 2);
            item.Property(i => i.ServiceInventionMultiplier).HasPrecision(6, 2);
            item.Property(i => i.ForeignMultiplier).HasPrecision(6, 2);
        });
        builder.Navigation(p => p.Items).HasField("items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
