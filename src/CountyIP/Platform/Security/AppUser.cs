using Microsoft.AspNetCore.Identity;

namespace CountyIP.Platform.Security;

/// <summary>
/// A person's account. One role per account (DESIGN.md roles table); the data scope is part of the account and
/// every query over scoped data filters by it (see <see cref="ICurrentUser"/>).
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    public ScopeKind ScopeKind { get; set; }

    /// <summary>Department code, unit code or enterprise id, depending on <see cref="ScopeKind"/>.</summary>
    public string? ScopeId { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>
    /// The person switched off e-mail copies of their notifications (the bell still shows them). Mail goes only to a
    /// confirmed address (<see cref="IdentityUser{TKey}.EmailConfirmed"/>) and only while this is false (ADR 0024).
    /// </summary>
    public bool MailNotificationsOff { get; set; }

    /// <summary>Set for generated one-time passwords: the user must choose a new password at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }
}
