using CountyIP.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Registry.Data;

internal sealed class PatentConfiguration : IEntityTypeConfiguration<Patent>
{
    public void Configure(EntityTypeBuilder<Patent> builder)
    {
        builder.ToTable("registry_patents");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Office).HasMaxLength(8).IsRequired();
        builder.Property(p => p.ApplicationNumber).HasMaxLength(40).IsRequired();
        builder.HasIndex(p => new { p.Office, p.ApplicationNumber }).IsUnique();
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.LegalStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RightEndedBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Abstract).HasMaxLength(8000);
        builder.Property(p => p.Inventors).HasMaxLength(1000);
        builder.Property(p => p.ApplicantAddress).HasMaxLength(300);
        builder.Property(p => p.UnitCode).HasMaxLength(32);
        builder.Property(p => p.PublicationNumber).HasMaxLength(20);
        builder.Property(p => p.GrantNumber).HasMaxLength(20);
        builder.Property(p => p.IpcMain).HasMaxLength(20);
        builder.Property(p => p.IpcFurther).HasMaxLength(1000);
        builder.Property(p => p.AgencyName).HasMaxLength(200);
        builder.Property(p => p.AgencyCode).HasMaxLength(10);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.StatusFacts);

        // Columns the indicator queries filter on (patents filed/granted per year, by type, in the district, per unit).
        // The list's sorts (ListPatentsHandler.Filter), each read in index order so a page reads its rows and no more:
        // without them SQLite 3.53 sorts the whole table for page 1 (issue 11 §1: 950 ms at 1M patents). The same
        // columns after Type and UnitCode serve the inventions filter and a town's list.
        builder.HasIndex(p => new { p.FilingDate, p.ApplicationNumber, p.Id }, "IX_registry_patents_sort_filed");
        builder.HasIndex(p => new { p.GrantDate, p.ApplicationNumber, p.Id }, "IX_registry_patents_sort_granted");
        builder.HasIndex(p => new { p.ApplicationNumber, p.Id }, "IX_registry_patents_sort_number");
        builder.HasIndex(p => new { p.Type, p.FilingDate, p.ApplicationNumber, p.Id }, "IX_registry_patents_type_sort_filed");
        builder.HasIndex(p => new { p.FirstApplicantInDistrict, p.FilingDate });
        builder.HasIndex(p => p.EnterpriseId);

        // The indicator counts (issue 4 §6), each answered from one of these covering indexes, partial on a district
        // first applicant (the filter every patent indicator has). Each leads with the equality the queries carry
        // (Office = 'CN') before the range, so SQLite picks them without statistics (no ANALYZE is run) over the
        // unique (Office, ApplicationNumber) index; see docs/decisions/0008.
        const string district = "\"FirstApplicantInDistrict\"";
        builder.HasIndex(p => new { p.Office, p.FilingDate, p.Type, p.ServiceInvention, p.AgencyName, p.FirstApplicantInDistrict }, "IX_registry_patents_district_filed")
            .HasFilter(district);
        builder.HasIndex(p => new { p.FilingDate, p.Office, p.ViaPct, p.FirstApplicantInDistrict }, "IX_registry_patents_district_filed_abroad")
            .HasFilter(district);
        builder.HasIndex(p => new { p.Office, p.GrantDate, p.Type, p.FirstApplicantInDistrict }, "IX_registry_patents_district_granted")
            .HasFilter(district);

        // enterprises-with-3-grants: each enterprise's granted patents in order, with every column "in force on a day"
        // reads (PatentLegalStatusRule.InForceOn; a comparison on GrantDate implies the GrantDate IS NOT NULL of the filter).
        builder.HasIndex(p => new { p.Office, p.EnterpriseId, p.GrantDate, p.RightEndedOn, p.TermEndsOn, p.AnnualFeePaidUntil, p.FirstApplicantInDistrict }, "IX_registry_patents_district_held")
            .HasFilter(district + " AND \"EnterpriseId\" IS NOT NULL AND \"GrantDate\" IS NOT NULL");
        builder.HasIndex(p => new { p.UnitCode, p.FilingDate, p.ApplicationNumber, p.Id }, "IX_registry_patents_unit_sort_filed");
        builder.HasIndex(p => p.LegalStatus);
        // The fee calendar and its reminders read the next fees due in a window (issue 13 §3).
        builder.HasIndex(p => new { p.AnnualFeePaidUntil, p.ApplicationNumber }, "IX_registry_patents_fee_due");

        builder.OwnsMany(p => p.Applicants, a =>
        {
            a.ToTable("registry_patent_applicants");
            a.WithOwner().HasForeignKey("PatentId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Name).HasMaxLength(200).IsRequired();
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.CreditCode).HasMaxLength(18);
            a.HasIndex(x => x.EnterpriseId);
        });
        builder.Navigation(p => p.Applicants).HasField("applicants");

        builder.OwnsMany(p => p.StatusHistory, s =>
        {
            s.ToTable("registry_patent_status_history");
            s.WithOwner().HasForeignKey("PatentId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Note).HasMaxLength(500);
        });
        builder.Navigation(p => p.StatusHistory).HasField("statusHistory");
    }
}

/// <summary>Fee reminders sent: one per patent, due day and stage (the job's idempotence holds in the unique index).</summary>
internal sealed class FeeReminderConfiguration : IEntityTypeConfiguration<FeeReminder>
{
    public void Configure(EntityTypeBuilder<FeeReminder> builder)
    {
        builder.ToTable("registry_fee_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.PatentId, r.DueOn, r.Stage }).IsUnique();
        builder.HasIndex(r => r.DueOn);
    }
}

/// <summary>Ends of patents told to their enterprise: one per patent and end day.</summary>
internal sealed class StatusNoticeConfiguration : IEntityTypeConfiguration<StatusNotice>
{
    public void Configure(EntityTypeBuilder<StatusNotice> builder)
    {
        builder.ToTable("registry_status_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.PatentId, n.EndedOn }).IsUnique();
    }
}
