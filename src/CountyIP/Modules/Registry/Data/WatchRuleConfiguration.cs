using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Registry.Data;

internal sealed class WatchRuleConfiguration : IEntityTypeConfiguration<WatchRule>
{
    public void Configure(EntityTypeBuilder<WatchRule> builder)
    {
        builder.ToTable("registry_watch_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(WatchRule.MaxNameLength).IsRequired();
        builder.Property(r => r.Query).HasMaxLength(Domain.Search.SearchQueryParser.MaxLength).IsRequired();
        builder.Property(r => r.UnitCode).HasMaxLength(32);
        builder.HasIndex(r => r.OwnerUserId);
    }
}

internal sealed class WatchRuleMatchConfiguration : IEntityTypeConfiguration<WatchRuleMatch>
{
    public void Configure(EntityTypeBuilder<WatchRuleMatch> builder)
    {
        builder.ToTable("registry_watch_rule_matches");
        builder.HasKey(m => new { m.RuleId, m.PatentId });
        builder.HasOne<WatchRule>().WithMany().HasForeignKey(m => m.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
