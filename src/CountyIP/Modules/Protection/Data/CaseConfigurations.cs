using CountyIP.Modules.Protection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Protection.Data;

internal sealed class ProtectionCaseConfiguration : IEntityTypeConfiguration<ProtectionCase>
{
    public void Configure(EntityTypeBuilder<ProtectionCase> builder)
    {
        builder.ToTable("ProtectionCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Respondent).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Place).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(8000).IsRequired();
        builder.Property(c => c.TrackingCodeHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.TrackingCodeHash).IsUnique();
        // One case per idempotency key, enforced by the database so concurrent double submits collapse to one.
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.Property(c => c.ProtectedIdentity).HasMaxLength(4000);
        builder.Property(c => c.MaskedContact).HasMaxLength(40);
        builder.Property(c => c.ReceivedBy).HasMaxLength(256);
        builder.Property(c => c.NotAcceptedReason).HasMaxLength(2000);
        builder.Property(c => c.Result).HasMaxLength(4000);
        builder.Property(c => c.Measures).HasMaxLength(4000);
        builder.Property(c => c.Penalties).HasMaxLength(4000);
        builder.Property(c => c.PublicOutcome).HasMaxLength(2000);
        builder.Property(c => c.MajorCriteria).HasMaxLength(2000);
        builder.Property(c => c.MajorReportSentBy).HasMaxLength(256);
        builder.Property(c => c.MajorReportFileKey).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsAnonymous);
        builder.Ignore(c => c.ActiveAssignments);
        builder.Ignore(c => c.LeadDepartmentCode);
        builder.HasIndex(c => new { c.State, c.ReceivedOn });
        builder.HasIndex(c => c.FairId);
        builder.HasOne<TradeFair>().WithMany().HasForeignKey(c => c.FairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notices).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> builder)
    {
        builder.ToTable("ProtectionCaseTransitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Actor).HasMaxLength(256);
        builder.Property(t => t.Note).HasMaxLength(4000);
        builder.HasIndex(t => new { t.CaseId, t.AtUtc });
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        builder.ToTable("ProtectionCaseAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DepartmentCode).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.DepartmentCode, a.IsActive });
    }
}

internal sealed class CaseDeadlineConfiguration : IEntityTypeConfiguration<CaseDeadline>
{
    public void Configure(EntityTypeBuilder<CaseDeadline> builder)
    {
        builder.ToTable("ProtectionCaseDeadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LegalBasis).HasMaxLength(1000);
        builder.Property(d => d.ExtensionReason).HasMaxLength(2000);
        builder.Property(d => d.ExtensionApprovedBy).HasMaxLength(256);
        builder.Ignore(d => d.EffectiveDueDate);
        builder.Ignore(d => d.IsOpen);
        builder.HasIndex(d => new { d.CompletedOn, d.DueDate });
    }
}

internal sealed class CaseEvidenceConfiguration : IEntityTypeConfiguration<CaseEvidence>
{
    public void Configure(EntityTypeBuilder<CaseEvidence> builder)
    {
        builder.ToTable("ProtectionCaseEvidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileKey).HasMaxLength(300).IsRequired();
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
    }
}

internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> builder)
    {
        builder.ToTable("ProtectionDeadlineRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000).IsRequired();
        builder.HasIndex(r => new { r.Kind, r.Stage }).IsUnique();
    }
}

internal sealed class ProtectionSecretConfiguration : IEntityTypeConfiguration<ProtectionSecret>
{
    public void Configure(EntityTypeBuilder<ProtectionSecret> builder)
    {
        builder.ToTable("ProtectionSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.ProtectedValue).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class JointEnforcementActionConfiguration : IEntityTypeConfiguration<JointEnforcementAction>
{
    public void Configure(EntityTypeBuilder<JointEnforcementAction> builder)
    {
        builder.ToTable("ProtectionJointActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.LeadDepartmentCode).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ParticipatingDepartmentCodes).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.GoodsSeized).HasMaxLength(2000);
        builder.Property(a => a.Results).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.Property(a => a.UpdatedBy).HasMaxLength(256);
        builder.Ignore(a => a.Participants);
        builder.HasIndex(a => a.Date);
        builder.HasMany(a => a.LinkedCases).WithOne().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JointActionCaseConfiguration : IEntityTypeConfiguration<JointActionCase>
{
    public void Configure(EntityTypeBuilder<JointActionCase> builder)
    {
        builder.ToTable("ProtectionJointActionCases");
        builder.HasKey(l => new { l.ActionId, l.CaseId });
        // A purged case disappears from the link too.
        builder.HasOne<ProtectionCase>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseNoticeConfiguration : IEntityTypeConfiguration<CaseNotice>
{
    public void Configure(EntityTypeBuilder<CaseNotice> builder)
    {
        builder.ToTable("ProtectionCaseNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.FileKey).HasMaxLength(300).IsRequired();
        builder.Property(n => n.SentBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(n => n.CaseId);
    }
}

internal sealed class TradeFairConfiguration : IEntityTypeConfiguration<TradeFair>
{
    public void Configure(EntityTypeBuilder<TradeFair> builder)
    {
        builder.ToTable("ProtectionTradeFairs");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Venue).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Organiser).HasMaxLength(300).IsRequired();
        builder.Property(f => f.RecordedBy).HasMaxLength(256);
        builder.HasIndex(f => f.StartsOn);
        builder.HasMany(f => f.Declarations).WithOne().HasForeignKey(d => d.FairId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExhibitorDeclarationConfiguration : IEntityTypeConfiguration<ExhibitorDeclaration>
{
    public void Configure(EntityTypeBuilder<ExhibitorDeclaration> builder)
    {
        builder.ToTable("ProtectionExhibitorDeclarations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Exhibitor).HasMaxLength(300).IsRequired();
        builder.Property(d => d.Booth).HasMaxLength(60);
        builder.Property(d => d.DeclaredBy).HasMaxLength(256);
        builder.HasMany(d => d.Rights).WithOne().HasForeignKey(r => r.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclaredRightConfiguration : IEntityTypeConfiguration<DeclaredRight>
{
    public void Configure(EntityTypeBuilder<DeclaredRight> builder)
    {
        builder.ToTable("ProtectionDeclaredRights");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Number).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.HasIndex(r => r.Number);
    }
}
