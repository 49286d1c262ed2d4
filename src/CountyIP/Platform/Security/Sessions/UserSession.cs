using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Platform.Security;

/// <summary>
/// A server-side sign-in session. The cookie carries only its id (claim <see cref="CountyIpClaimTypes.SessionId"/>);
/// every request checks the row, so sign-out, a password change or disabling the account ends the session even for a
/// copied cookie (docs/decisions/0006-server-side-sessions-and-api-tokens.md).
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Updated at most once a minute, so a busy user does not cause a write per request.</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>Why the session ended early: sign-out, password, disabled, reset, role.</summary>
    public string? RevokedReason { get; set; }

    public string? ClientIp { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.RevokedReason).HasMaxLength(32);
        builder.Property(s => s.ClientIp).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
