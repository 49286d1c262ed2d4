using CountyIP.Modules.Outreach.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Outreach.Data;

/// <summary>The module's tables; the DbContext finds these configurations by itself (DESIGN.md "Data").</summary>
internal sealed class PublicityEventConfiguration : IEntityTypeConfiguration<PublicityEvent>
{
    public void Configure(EntityTypeBuilder<PublicityEvent> builder)
    {
        builder.ToTable("outreach_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(PublicityEvent.TitleMaxLength).IsRequired();
        builder.Property(e => e.OrganiserCode).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Partners).HasMaxLength(PublicityEvent.TextMaxLength);
        builder.Property(e => e.Place).HasMaxLength(PublicityEvent.PlaceMaxLength);
        builder.Property(e => e.Materials).HasMaxLength(PublicityEvent.TextMaxLength);
        builder.Property(e => e.Report).HasMaxLength(PublicityEvent.TextMaxLength);
        builder.Property(e => e.NewsLinks).HasMaxLength(PublicityEvent.TextMaxLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.ConfirmedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsConfirmed);
        builder.HasIndex(e => e.HeldOn);
        builder.HasIndex(e => new { e.OrganiserCode, e.HeldOn });
    }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.ToTable("outreach_courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(TrainingCourse.TitleMaxLength).IsRequired();
        builder.Property(c => c.OrganiserCode).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Trainers).HasMaxLength(TrainingCourse.TextMaxLength);
        builder.Property(c => c.Description).HasMaxLength(TrainingCourse.TextMaxLength);
        builder.Property(c => c.CreditHours).HasPrecision(6, 1);
        builder.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.OrganiserCode);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("outreach_sessions");
        builder.HasKey(s => s.Id);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Place).HasMaxLength(TrainingSession.PlaceMaxLength);
        builder.Property(s => s.SignInToken).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.SignInToken).IsUnique();
        builder.HasIndex(s => new { s.CourseId, s.Date });
        builder.HasIndex(s => s.Date);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class CourseRegistrationConfiguration : IEntityTypeConfiguration<CourseRegistration>
{
    public void Configure(EntityTypeBuilder<CourseRegistration> builder)
    {
        builder.ToTable("outreach_registrations");
        builder.HasKey(r => r.Id);
        builder.HasOne<TrainingCourse>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Name).HasMaxLength(CourseRegistration.NameMaxLength).IsRequired();
        builder.Property(r => r.Organisation).HasMaxLength(CourseRegistration.OrganisationMaxLength);
        builder.Property(r => r.Phone).HasMaxLength(20).IsRequired();
        builder.Property(r => r.SignedUpBy).HasMaxLength(256);
        builder.Property(r => r.CertificateCode).HasMaxLength(CourseRegistration.CertificateCodeLength);
        builder.HasIndex(r => r.CertificateCode).IsUnique();
        builder.HasIndex(r => new { r.CourseId, r.State, r.SignedUpUtc });
        builder.HasIndex(r => new { r.CourseId, r.Phone });
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.ToTable("outreach_attendance");
        builder.HasKey(a => a.Id);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CourseRegistration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        // A person signs in once per session (issue 15 §2): the second sign-in is refused by the database itself.
        builder.HasIndex(a => new { a.SessionId, a.RegistrationId }).IsUnique();
        builder.HasIndex(a => a.RegistrationId);
    }
}

internal sealed class EventFileConfiguration : IEntityTypeConfiguration<EventFile>
{
    public void Configure(EntityTypeBuilder<EventFile> builder)
    {
        builder.ToTable("outreach_event_files");
        builder.HasKey(f => f.Id);
        builder.HasOne<PublicityEvent>().WithMany().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.FileKey).HasMaxLength(200).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(f => f.EventId);
    }
}

internal sealed class MediaCoverageConfiguration : IEntityTypeConfiguration<MediaCoverage>
{
    public void Configure(EntityTypeBuilder<MediaCoverage> builder)
    {
        builder.ToTable("outreach_media");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.OrganiserCode).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Outlet).HasMaxLength(MediaCoverage.OutletMaxLength).IsRequired();
        builder.Property(m => m.Title).HasMaxLength(MediaCoverage.TitleMaxLength).IsRequired();
        builder.Property(m => m.Link).HasMaxLength(MediaCoverage.LinkMaxLength);
        builder.HasOne<PublicityEvent>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.CaseNumber).HasMaxLength(MediaCoverage.CaseNumberMaxLength);
        builder.Property(m => m.CaseSummary).HasMaxLength(MediaCoverage.CaseSummaryMaxLength);
        builder.Property(m => m.ScanKey).HasMaxLength(200);
        builder.Property(m => m.ScanName).HasMaxLength(255);
        builder.Property(m => m.ScanContentType).HasMaxLength(100);
        builder.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.PublishedOn);
        builder.HasIndex(m => m.EventId);
        builder.HasIndex(m => m.CaseId);
    }
}

internal sealed class OutreachMaterialConfiguration : IEntityTypeConfiguration<OutreachMaterial>
{
    public void Configure(EntityTypeBuilder<OutreachMaterial> builder)
    {
        builder.ToTable("outreach_materials");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Title).HasMaxLength(OutreachMaterial.TitleMaxLength).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(OutreachMaterial.DescriptionMaxLength);
        builder.Property(m => m.FileKey).HasMaxLength(200).IsRequired();
        builder.Property(m => m.FileName).HasMaxLength(255).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.IsPublic, m.Theme });
    }
}
