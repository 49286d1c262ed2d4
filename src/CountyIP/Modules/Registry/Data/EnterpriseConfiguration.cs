using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Registry.Data;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("registry_enterprises");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.CreditCode).HasMaxLength(18).IsRequired();
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => e.UnitCode);
        builder.HasIndex(e => new { e.ContactStartedOn, e.ContactEndedOn });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Size).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.UnitCode).HasMaxLength(32);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.IndustrySection).HasMaxLength(1);
        builder.Property(e => e.IndustryEdition).HasMaxLength(4);
        builder.Property(e => e.HighTechCertificateNumber).HasMaxLength(40);
        builder.Property(e => e.ContactPerson).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();

        builder.OwnsMany(e => e.Designations, d =>
        {
            d.ToTable("registry_enterprise_designations");
            d.WithOwner().HasForeignKey("EnterpriseId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.Title).HasMaxLength(200);
            d.Property(x => x.IssuingBody).HasMaxLength(200);
            d.Property(x => x.CertificateFileKey).HasMaxLength(200);
            d.Property(x => x.CertificateFileName).HasMaxLength(200);
            d.Property(x => x.CertificateContentType).HasMaxLength(64);
            d.Property(x => x.RevocationReason).HasMaxLength(Designation.RevocationReasonMaxLength);
        });
        builder.Navigation(e => e.Designations).HasField("designations");

        builder.OwnsMany(e => e.ContactLog, c =>
        {
            c.ToTable("registry_enterprise_contacts");
            c.WithOwner().HasForeignKey("EnterpriseId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.Note).HasMaxLength(2000);
            c.Property(x => x.RecordedBy).HasMaxLength(100);
        });
        builder.Navigation(e => e.ContactLog).HasField("contactLog");
    }
}
