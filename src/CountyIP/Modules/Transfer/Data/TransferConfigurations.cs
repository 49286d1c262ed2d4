using CountyIP.Modules.Transfer.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Transfer.Data;

/// <summary>The rights of a record in their own table, indexed by the ledger key (the checks look records up by right).</summary>
internal static class ContractRightTable
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, ContractRight> r, string table)
        where TOwner : class
    {
        r.ToTable(table);
        r.WithOwner().HasForeignKey("OwnerId");
        r.HasKey(x => x.Id);
        r.Property(x => x.Id).ValueGeneratedNever();
        r.Property(x => x.Key).HasMaxLength(80).IsRequired();
        r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        r.Property(x => x.Number).HasMaxLength(ContractRight.NumberMaxLength).IsRequired();
        r.Property(x => x.Title).HasMaxLength(ContractRight.TitleMaxLength).IsRequired();
        r.HasIndex(x => x.Key);
    }
}

internal sealed class LicenceContractConfiguration : IEntityTypeConfiguration<LicenceContract>
{
    public void Configure(EntityTypeBuilder<LicenceContract> builder)
    {
        builder.ToTable("transfer_licences");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.LicensorName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
        builder.Property(l => l.LicenseeName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Territory).HasMaxLength(LicenceContract.TerritoryMaxLength).IsRequired();
        builder.Property(l => l.Royalty).HasPrecision(18, 2);
        builder.Property(l => l.FilingNumber).HasMaxLength(LicenceContract.FilingNumberMaxLength);
        builder.HasIndex(l => l.FilingNumber).IsUnique();
        builder.Property(l => l.CancelReason).HasMaxLength(LicenceContract.NoteMaxLength);
        builder.Property(l => l.StatusAlert).HasMaxLength(LicenceContract.NoteMaxLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => l.LicensorId);
        builder.HasIndex(l => l.StartDate);
        builder.OwnsMany(l => l.Rights, r => ContractRightTable.Configure(r, "transfer_licence_rights"));
        builder.Navigation(l => l.Rights).HasField("rights");
        builder.OwnsMany(l => l.Changes, c =>
        {
            c.ToTable("transfer_licence_changes");
            c.WithOwner().HasForeignKey("LicenceId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.OldTerritory).HasMaxLength(LicenceContract.TerritoryMaxLength).IsRequired();
            c.Property(x => x.NewTerritory).HasMaxLength(LicenceContract.TerritoryMaxLength).IsRequired();
            c.Property(x => x.OldRoyalty).HasPrecision(18, 2);
            c.Property(x => x.NewRoyalty).HasPrecision(18, 2);
            c.Property(x => x.OldLicenseeName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
            c.Property(x => x.NewLicenseeName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
            c.Property(x => x.Note).HasMaxLength(LicenceContract.NoteMaxLength).IsRequired();
            c.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
        });
        builder.Navigation(l => l.Changes).HasField("changes");
    }
}

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.ToTable("transfer_pledges");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.PledgorName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
        builder.Property(p => p.BankCode).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.Valuation).HasPrecision(18, 2);
        builder.Property(p => p.RegistrationNumber).HasMaxLength(Pledge.RegistrationNumberMaxLength);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.StatusAlert).HasMaxLength(LicenceContract.NoteMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.PledgorId);
        builder.HasIndex(p => p.StartDate);
        builder.OwnsMany(p => p.Rights, r => ContractRightTable.Configure(r, "transfer_pledge_rights"));
        builder.Navigation(p => p.Rights).HasField("rights");
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("transfer_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AssignorName).HasMaxLength(Assignment.NameMaxLength).IsRequired();
        builder.Property(a => a.AssigneeName).HasMaxLength(Assignment.NameMaxLength).IsRequired();
        builder.Property(a => a.Price).HasPrecision(18, 2);
        builder.Property(a => a.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.AssignedOn);
        builder.HasIndex(a => a.AssigneeId);
        builder.HasIndex(a => a.AssignorId);
        builder.OwnsMany(a => a.Rights, r => ContractRightTable.Configure(r, "transfer_assignment_rights"));
        builder.Navigation(a => a.Rights).HasField("rights");
    }
}

internal sealed class IndustrialisationProjectConfiguration : IEntityTypeConfiguration<IndustrialisationProject>
{
    public void Configure(EntityTypeBuilder<IndustrialisationProject> builder)
    {
        builder.ToTable("transfer_projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.EnterpriseName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(IndustrialisationProject.TitleMaxLength).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.IndustryCode).HasMaxLength(64);
        builder.Property(p => p.UnitCode).HasMaxLength(64);
        builder.Property(p => p.Investment).HasPrecision(18, 2);
        builder.Property(p => p.SupportAmount).HasPrecision(18, 2);
        builder.Property(p => p.ConclusionNote).HasMaxLength(IndustrialisationProject.TextMaxLength);
        builder.Property(p => p.StatusAlert).HasMaxLength(LicenceContract.NoteMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.EnterpriseId);
        builder.HasIndex(p => new { p.Kind, p.SupportedOn });
        builder.HasIndex(p => new { p.Kind, p.StartDate });
        builder.OwnsMany(p => p.Patents, r => ContractRightTable.Configure(r, "transfer_project_patents"));
        builder.Navigation(p => p.Patents).HasField("patents");
        builder.OwnsMany(p => p.IntroducedPatents, i =>
        {
            i.ToTable("transfer_project_introduced");
            i.WithOwner().HasForeignKey("ProjectId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Number).HasMaxLength(ContractRight.NumberMaxLength).IsRequired();
            i.Property(x => x.OwnerName).HasMaxLength(LicenceContract.NameMaxLength).IsRequired();
            i.Property(x => x.Via).HasMaxLength(16).IsRequired();
        });
        builder.Navigation(p => p.IntroducedPatents).HasField("introducedPatents");
        builder.OwnsMany(p => p.Milestones, m =>
        {
            m.ToTable("transfer_project_milestones");
            m.WithOwner().HasForeignKey("ProjectId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Title).HasMaxLength(IndustrialisationProject.TitleMaxLength).IsRequired();
            m.Property(x => x.Evidence).HasMaxLength(IndustrialisationProject.TextMaxLength);
        });
        builder.Navigation(p => p.Milestones).HasField("milestones");
        builder.OwnsMany(p => p.YearReports, y =>
        {
            y.ToTable("transfer_project_years");
            y.WithOwner().HasForeignKey("ProjectId");
            y.HasKey(x => x.Id);
            y.Property(x => x.Id).ValueGeneratedNever();
            y.Property(x => x.OutputValue).HasPrecision(18, 2);
            y.Property(x => x.Sales).HasPrecision(18, 2);
        });
        builder.Navigation(p => p.YearReports).HasField("yearReports");
    }
}

internal sealed class RightLockConfiguration : IEntityTypeConfiguration<RightLock>
{
    public void Configure(EntityTypeBuilder<RightLock> builder)
    {
        builder.ToTable("transfer_right_locks");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(80);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
