using CountyIP.Platform.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

internal enum SignInStatus
{
    Succeeded,
    Failed,
    TwoFactorRequired,
}

internal sealed record SignInCheck(SignInStatus Status, AppUser? User = null)
{
    public static readonly SignInCheck Failed = new(SignInStatus.Failed);
}

/// <summary>What the signed-in user must do before anything else (null: nothing).</summary>
internal sealed record SignedIn(string UserName, string Role, string? Pending);

/// <summary>
/// Password and second-factor checks, lockout, and the server-side session behind the cookie. An unknown user, a
/// wrong password, a locked or disabled account all fail the same way, so the answer does not reveal which accounts
/// exist (issue 2 §4).
/// </summary>
internal sealed class SignInService(
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    SessionStore sessions,
    SecurityAudit audit,
    IOptions<SecurityOptions> options,
    TimeProvider clock)
{
    public const string PasswordMethod = "pwd";

    public const string TwoFactorMethod = "mfa";

    private static readonly Lazy<string> DummyHash =
        new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<SignInCheck> CheckPasswordAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? string.Empty;
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The same hashing work as a real check, so timing does not tell whether the account exists.
            hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password ?? string.Empty);
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, nameof(AppUser), user?.Id.ToString(),
                user is null ? "unknown-user" : "locked-out", actor: name, cancellationToken: cancellationToken);
            return SignInCheck.Failed;
        }

        if (!await users.CheckPasswordAsync(user, password ?? string.Empty))
        {
            await RecordFailureAsync(user, "wrong-password", cancellationToken);
            return SignInCheck.Failed;
        }

        if (user.IsDisabled)
        {
            await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, nameof(AppUser), user.Id.ToString(), "disabled",
                actor: user.UserName, cancellationToken: cancellationToken);
            return SignInCheck.Failed;
        }

        return new SignInCheck(user.TwoFactorEnabled ? SignInStatus.TwoFactorRequired : SignInStatus.Succeeded, user);
    }

    /// <summary>Checks an authenticator code, or a recovery code (used up when it matches).</summary>
    public async Task<bool> CheckSecondFactorAsync(AppUser user, string? code, bool isRecoveryCode, CancellationToken cancellationToken)
    {
        // Recovery codes are stored as "xxxxx-xxxxx" and compared as typed; authenticator codes may be typed "123 456".
        var cleaned = isRecoveryCode
            ? (code ?? string.Empty).Trim()
            : (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (user.IsDisabled || await users.IsLockedOutAsync(user) || cleaned.Length == 0)
        {
            return false;
        }

        var valid = isRecoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, cleaned)).Succeeded
            : await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, cleaned);
        if (!valid)
        {
            await RecordFailureAsync(user, isRecoveryCode ? "wrong-recovery-code" : "wrong-2fa-code", cancellationToken);
        }

        return valid;
    }

    /// <summary>Opens a server-side session and issues the cookie for it.</summary>
    public async Task<SignedIn> SignInAsync(HttpContext http, AppUser user, string authMethod, CancellationToken cancellationToken)
    {
        var result = await IssueAsync(http, user, authMethod, cancellationToken);
        await audit.RecordAsync(AuditActions.SignIn, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), authMethod,
            actor: user.UserName, role: result.Role, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>
    /// After a password or two-factor change: ends every session of the user (other browsers, copied cookies) and gives
    /// this browser a fresh one without the finished pending step.
    /// </summary>
    public async Task<SignedIn> RenewAsync(HttpContext http, AppUser user, string reason, CancellationToken cancellationToken)
    {
        await sessions.RevokeAllAsync(user.Id, reason, cancellationToken);
        var method = http.User.FindFirst(CountyIpClaimTypes.AuthMethod)?.Value ?? PasswordMethod;
        return await IssueAsync(http, user, method, cancellationToken);
    }

    /// <summary>Remembers, for five minutes, the user who passed the password step and still owes the second factor.</summary>
    public static Task StartSecondFactorAsync(HttpContext http, AppUser user) =>
        http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));

    /// <summary>The user of <see cref="StartSecondFactorAsync"/>, or null when there is none (or it expired).</summary>
    public async Task<AppUser?> FindSecondFactorUserAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var id = result.Principal?.Identity?.Name;
        return id is null ? null : await users.FindByIdAsync(id);
    }

    public async Task SignOutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (CountyIpPrincipal.SessionId(http.User) is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, "sign-out", cancellationToken);
            await audit.RecordAsync(AuditActions.SignOut, AuditOutcome.Success, nameof(AppUser),
                CountyIpPrincipal.UserId(http.User)?.ToString(), cancellationToken: cancellationToken);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
    }

    private async Task<SignedIn> IssueAsync(HttpContext http, AppUser user, string authMethod, CancellationToken cancellationToken)
    {
        var role = (await users.GetRolesAsync(user)).SingleOrDefault()
            ?? throw new InvalidOperationException($"Account {user.Id} has no role.");
        var pending = user.MustChangePassword
            ? CountyIpPrincipal.ChangePassword
            : options.Value.RequiresTwoFactor(role) && !user.TwoFactorEnabled ? CountyIpPrincipal.EnrolTwoFactor : null;
        await users.ResetAccessFailedCountAsync(user);
        var now = clock.GetUtcNow().UtcDateTime;
        user.LastSignInUtc = now;
        await users.UpdateAsync(user);
        var sessionId = await sessions.CreateAsync(user.Id, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        var principal = CountyIpPrincipal.Create(user, role, sessionId, authMethod, pending);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal,
            new AuthenticationProperties { IsPersistent = false, IssuedUtc = now, AllowRefresh = false });
        http.User = principal;
        return new SignedIn(user.UserName ?? string.Empty, role, pending);
    }

    private async Task RecordFailureAsync(AppUser user, string reason, CancellationToken cancellationToken)
    {
        await users.AccessFailedAsync(user);
        await audit.RecordAsync(AuditActions.SignInFailed, AuditOutcome.Failure, nameof(AppUser), user.Id.ToString(), reason,
            actor: user.UserName, cancellationToken: cancellationToken);
        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(AuditActions.Lockout, AuditOutcome.Failure, nameof(AppUser), user.Id.ToString(),
                $"until {user.LockoutEnd:O}", actor: user.UserName, cancellationToken: cancellationToken);
        }
    }
}
