using CountyIP.Modules.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Funding.Data;

/// <summary>
/// Applications with their cited rights and steps, the claims that keep a right to one application per item (a unique
/// key: issue 12 §4 asks for a database constraint, not only a check), and payment batches with their entries.
/// </summary>
internal sealed class FundingApplicationConfiguration :
    IEntityTypeConfiguration<FundingApplication>, IEntityTypeConfiguration<RightClaim>, IEntityTypeConfiguration<PaymentBatch>
{
    /// <summary>All seven plan industries' codes joined hold about 100 characters.</summary>
    private const int IndustryCodesMaxLength = 200;

    public void Configure(EntityTypeBuilder<FundingApplication> builder)
    {
        builder.ToTable("funding_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.EnterpriseName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.UnitCode).HasMaxLength(20);
        builder.Property(a => a.IndustryCodes).HasMaxLength(IndustryCodesMaxLength);
        builder.Property(a => a.PolicyName).HasMaxLength(RewardPolicy.NameMaxLength).IsRequired();
        builder.Property(a => a.ItemCode).HasMaxLength(PolicyItem.CodeMaxLength).IsRequired();
        builder.Property(a => a.ItemName).HasMaxLength(PolicyItem.NameMaxLength).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Line).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.CapApplied).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Quantity).HasPrecision(18, 2);
        builder.Property(a => a.GrossAmount).HasPrecision(18, 2);
        builder.Property(a => a.Amount).HasPrecision(18, 2);
        builder.Property(a => a.FiledBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.TownReviewedBy).HasMaxLength(256);
        builder.Property(a => a.BureauReviewedBy).HasMaxLength(256);
        builder.Property(a => a.FirstApprovedBy).HasMaxLength(256);
        builder.Property(a => a.ApprovedBy).HasMaxLength(256);
        builder.Property(a => a.BankAccountName).HasMaxLength(FundingApplication.BankFieldMaxLength);
        builder.Property(a => a.BankName).HasMaxLength(FundingApplication.BankFieldMaxLength);
        builder.Property(a => a.BankAccount).HasMaxLength(FundingApplication.BankFieldMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(FundingApplication.NoteMaxLength);
        builder.HasIndex(a => new { a.Status, a.UpdatedUtc });
        builder.HasIndex(a => new { a.EnterpriseId, a.Status });
        builder.HasIndex(a => new { a.UnitCode, a.Status });
        builder.HasIndex(a => new { a.Year, a.Line, a.Status });
        builder.HasIndex(a => a.PaymentBatchId);
        builder.OwnsMany(a => a.Rights, r =>
        {
            r.ToTable("funding_application_rights");
            r.WithOwner().HasForeignKey("ApplicationId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Key).HasMaxLength(200).IsRequired();
            r.Property(x => x.Number).HasMaxLength(100);
            r.Property(x => x.Title).HasMaxLength(500);
            r.Property(x => x.Category).HasMaxLength(40);
            r.Property(x => x.UnitAmount).HasPrecision(18, 2);
            r.HasIndex(x => x.Key);
            r.HasIndex(x => x.LedgerId);
            r.HasIndex(x => x.Number);
        });
        builder.OwnsMany(a => a.Steps, s =>
        {
            s.ToTable("funding_application_steps");
            s.WithOwner().HasForeignKey("ApplicationId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Actor).HasMaxLength(256).IsRequired();
            s.Property(x => x.Action).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.Note).HasMaxLength(FundingApplication.NoteMaxLength);
        });
        builder.OwnsMany(a => a.Attachments, f =>
        {
            f.ToTable("funding_application_attachments");
            f.WithOwner().HasForeignKey("ApplicationId");
            f.HasKey(x => x.Id);
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.FileKey).HasMaxLength(200).IsRequired();
            f.Property(x => x.FileName).HasMaxLength(ApplicationAttachment.FileNameMaxLength).IsRequired();
            f.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            f.Property(x => x.UploadedBy).HasMaxLength(256).IsRequired();
        });
        builder.Navigation(a => a.Rights).HasField("rights").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Attachments).HasField("attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<RightClaim> builder)
    {
        builder.ToTable("funding_right_claims");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(300);
        builder.HasIndex(c => c.ApplicationId);
    }

    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.ToTable("funding_payment_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.VoucherNumber).HasMaxLength(PaymentBatch.VoucherMaxLength).IsRequired();
        builder.HasIndex(b => b.VoucherNumber).IsUnique();
        builder.Property(b => b.Total).HasPrecision(18, 2);
        builder.Property(b => b.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(b => b.PaidBy).HasMaxLength(256);
        builder.OwnsMany(b => b.Entries, e =>
        {
            e.ToTable("funding_payment_entries");
            e.WithOwner().HasForeignKey("BatchId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            // An application is in one batch at most: the database refuses a second entry even when two batches race.
            e.HasIndex(x => x.ApplicationId).IsUnique();
            e.Property(x => x.EnterpriseName).HasMaxLength(200).IsRequired();
            e.Property(x => x.BankAccountName).HasMaxLength(FundingApplication.BankFieldMaxLength);
            e.Property(x => x.BankName).HasMaxLength(FundingApplication.BankFieldMaxLength);
            e.Property(x => x.BankAccount).HasMaxLength(FundingApplication.BankFieldMaxLength);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Line).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.ItemCode).HasMaxLength(PolicyItem.CodeMaxLength);
        });
        builder.Navigation(b => b.Entries).HasField("entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
