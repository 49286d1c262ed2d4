using CountyIP.Modules.__Module__.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.__Module__.Data;

/// <summary>Table of <see cref="__Module__Item"/>; the DbContext finds this configuration by itself (DESIGN.md "Data").</summary>
internal sealed class __Module__ItemConfiguration : IEntityTypeConfiguration<__Module__Item>
{
    public void Configure(EntityTypeBuilder<__Module__Item> builder)
    {
        builder.ToTable("__module_sql___items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(__Module__Item.CodeMaxLength).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.NameZh).HasMaxLength(__Module__Item.NameZhMaxLength).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(__Module__Item.NameEnMaxLength);
        builder.Property(i => i.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
