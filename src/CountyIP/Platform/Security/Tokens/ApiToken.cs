using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Platform.Security;

/// <summary>
/// A machine client's bearer token. Only the SHA-256 hash of the value is stored; the value is shown once when the
/// token is issued (docs/decisions/0006-server-side-sessions-and-api-tokens.md).
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public ScopeKind ScopeKind { get; set; }

    public string? ScopeId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token value.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The first characters of the value, so people can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>Updated at most once a minute.</summary>
    public DateTime? LastUsedUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && ExpiresUtc > nowUtc;
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Role).HasMaxLength(32).IsRequired();
        builder.Property(t => t.ScopeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ScopeId).HasMaxLength(64);
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(t => t.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
