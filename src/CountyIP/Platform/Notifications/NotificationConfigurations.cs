using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Platform.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("platform_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength).IsRequired();
        builder.Property(n => n.ArgumentsJson).HasMaxLength(Notification.ArgumentsMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        // The bell's unread count and the list: one user's rows, unread first, newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadUtc, n.CreatedUtc });
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("platform_outbox_mails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMail.AddressMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMail.SubjectMaxLength).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(OutboxMail.BodyMaxLength).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMail.ErrorMaxLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(200);
        // The sender's scan: mails not yet sent whose next attempt is due.
        builder.HasIndex(m => new { m.SentUtc, m.AbandonedUtc, m.NextAttemptUtc });
    }
}
