using CountyIP.Modules.ReferenceData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.ReferenceData.Data;

/// <summary>
/// The columns every <see cref="ReferenceEntry"/> maps the same way; the name lengths differ per table (code-list names
/// are longer) and stay as each table was created.
/// </summary>
internal static class ReferenceEntryColumns
{
    public static void HasReferenceColumns<T>(this EntityTypeBuilder<T> builder, int nameZhLength, int nameEnLength)
        where T : ReferenceEntry
    {
        builder.Property(r => r.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.Property(r => r.NameZh).HasMaxLength(nameZhLength).IsRequired();
        builder.Property(r => r.NameEn).HasMaxLength(nameEnLength).IsRequired();
    }
}

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ToTable("RefUnits");
        builder.HasKey(u => u.Code);
        builder.HasReferenceColumns(nameZhLength: 100, nameEnLength: 200);
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
        builder.HasReferenceColumns(nameZhLength: 100, nameEnLength: 200);
    }
}

internal sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> builder)
    {
        builder.ToTable("RefDictionaryItems");
        builder.HasKey(d => new { d.Kind, d.Code });
        builder.Property(d => d.Kind).HasMaxLength(ReferenceCode.MaxLength);
        builder.HasReferenceColumns(nameZhLength: 200, nameEnLength: 300);
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
