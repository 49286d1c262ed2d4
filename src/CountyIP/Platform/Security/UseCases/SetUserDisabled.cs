using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>Disables an account (its sessions end at once) or enables it again.</summary>
internal sealed class SetUserDisabledHandler(
    CountyIpDbContext db,
    UserManager<AppUser> users,
    SessionStore sessions,
    ICurrentUser currentUser,
    IStringLocalizer<SecurityText> text)
{
    /// <summary>False when the account does not exist.</summary>
    public async Task<bool> HandleAsync(Guid id, bool disabled, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return false;
        }

        if (disabled && currentUser.UserId == id)
        {
            throw new BusinessRuleException("own_account", text["Rule_DisableSelf"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = disabled;
        IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user));
        if (disabled)
        {
            await sessions.RevokeAllAsync(user.Id, "disabled", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
