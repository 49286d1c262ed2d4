namespace CountyIP.Platform.Security;

/// <summary>Settings under the <c>Security</c> section (environment: <c>Security__…</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// BureauAdmin and Auditor accounts must use two-factor sign-in (GB/T 22239-2019 identity authentication for
    /// privileged users). Default: true outside Development.
    /// </summary>
    public bool? RequireTwoFactorForAdmins { get; set; }

    /// <summary>A session ends after this long without a request.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, whatever the activity.</summary>
    public TimeSpan SessionAbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a session check is reused before the row is read again (issue 11 §3). A revocation on this instance
    /// takes effect at once; on another instance sharing the database, within this interval. Zero checks every request.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an ended session's row (with its client IP) is kept before the clean-up job removes it. At least the
    /// idle timeout, so no live session is ever removed.
    /// </summary>
    public TimeSpan EndedSessionRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Sign-in attempts per client IP per minute (login page and <c>/api/auth/login</c>).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Resolved value of <see cref="RequireTwoFactorForAdmins"/>.</summary>
    public bool TwoFactorRequiredForAdmins { get; set; }

    /// <summary>Roles that must sign in with two factors when <see cref="TwoFactorRequiredForAdmins"/> is on.</summary>
    public static readonly IReadOnlyList<string> TwoFactorRoles = [Roles.BureauAdmin, Roles.Auditor];

    public bool RequiresTwoFactor(string? role) => TwoFactorRequiredForAdmins && role is not null && TwoFactorRoles.Contains(role);
}
