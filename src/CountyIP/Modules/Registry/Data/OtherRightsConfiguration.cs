using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Registry.Data;

internal sealed class TrademarkConfiguration : IEntityTypeConfiguration<Trademark>
{
    public void Configure(EntityTypeBuilder<Trademark> builder)
    {
        builder.ToTable("registry_trademarks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.RegistrationNumber).HasMaxLength(20).IsRequired();
        builder.HasIndex(t => t.RegistrationNumber).IsUnique();
        builder.Property(t => t.Mark).HasMaxLength(200).IsRequired();
        builder.Property(t => t.NiceClasses).HasMaxLength(200).IsRequired();
        builder.Property(t => t.OwnerName).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.EnterpriseId);
        builder.HasIndex(t => t.RegistrationDate);
        builder.HasIndex(t => t.ApplicationDate);
        builder.HasIndex(t => t.TermEndsOn);
        builder.OwnsMany(t => t.Recognitions, r =>
        {
            r.ToTable("registry_trademark_recognitions");
            r.WithOwner().HasForeignKey("TrademarkId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        });
        builder.Navigation(t => t.Recognitions).HasField("recognitions");
    }
}

internal sealed class CopyrightRegistrationConfiguration : IEntityTypeConfiguration<CopyrightRegistration>
{
    public void Configure(EntityTypeBuilder<CopyrightRegistration> builder)
    {
        builder.ToTable("registry_copyrights");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RegistrationNumber).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.RegistrationNumber).IsUnique();
        builder.Property(c => c.CertificateNumber).HasMaxLength(40);
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.OwnerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => c.RegisteredOn);
    }
}

internal sealed class StandardsProjectConfiguration : IEntityTypeConfiguration<StandardsProject>
{
    public void Configure(EntityTypeBuilder<StandardsProject> builder)
    {
        builder.ToTable("registry_standards_projects");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Number).HasMaxLength(40);
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.EnterpriseId);
        builder.HasIndex(s => s.StartYear);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceAgencyConfiguration : IEntityTypeConfiguration<ServiceAgency>
{
    public void Configure(EntityTypeBuilder<ServiceAgency> builder)
    {
        builder.ToTable("registry_service_agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(200).IsRequired();
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.UnitCode).HasMaxLength(32);
        builder.Property(a => a.Services).HasMaxLength(1000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.UnitCode);
    }
}
