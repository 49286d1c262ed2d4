using CountyIP.Modules.ReferenceData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.ReferenceData.Data;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ToTable("RefUnits");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.Property(u => u.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(u => u.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.ParentCode).HasMaxLength(ReferenceCode.MaxLength);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("RefDepartments");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.Property(d => d.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(d => d.NameEn).HasMaxLength(200).IsRequired();
    }
}

internal sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> builder)
    {
        builder.ToTable("RefDictionaryItems");
        builder.HasKey(d => new { d.Kind, d.Code });
        builder.Property(d => d.Kind).HasMaxLength(ReferenceCode.MaxLength);
        builder.Property(d => d.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.Property(d => d.NameZh).HasMaxLength(200).IsRequired();
        builder.Property(d => d.NameEn).HasMaxLength(300).IsRequired();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("RefCalendarDays");
        builder.HasKey(d => d.Date);
        builder.HasIndex(d => d.Year);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(d => d.NameEn).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(1000);
    }
}
