using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace CountyIP.Platform.Security;

/// <summary>
/// An admin resets a forgotten password: a one-time password (shown once), a forced change at next sign-in, the
/// lockout cleared, and every session of the account ended.
/// </summary>
internal sealed class ResetPasswordHandler(
    CountyIpDbContext db,
    UserManager<AppUser> users,
    SessionStore sessions,
    SecurityAudit audit)
{
    /// <summary>The one-time password, or null when the account does not exist.</summary>
    public async Task<string?> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return null;
        }

        var password = OneTimePassword.Generate();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            IdentityErrors.ThrowIfFailed(await users.ResetPasswordAsync(user, token, password));
            user.MustChangePassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user));
            await sessions.RevokeAllAsync(user.Id, "reset", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), "reset-by-admin",
            cancellationToken: cancellationToken);
        return password;
    }
}
