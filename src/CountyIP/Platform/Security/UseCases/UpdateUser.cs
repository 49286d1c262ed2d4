using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>Changes an account's display name, role and scope. A new role or scope ends the account's sessions.</summary>
public sealed class UpdateUserCommand
{
    [Required, StringLength(100)]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    public string Role { get; set; } = string.Empty;

    [StringLength(64)]
    public string? ScopeId { get; set; }
}

internal sealed class UpdateUserHandler(
    CountyIpDbContext db,
    UserManager<AppUser> users,
    AccountRules rules,
    SessionStore sessions,
    ICurrentUser currentUser,
    IStringLocalizer<SecurityText> text)
{
    /// <summary>False when the account does not exist.</summary>
    public async Task<bool> HandleAsync(Guid id, UpdateUserCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return false;
        }

        var (kind, scopeId) = await rules.CheckRoleAndScopeAsync(command.Role, command.ScopeId, cancellationToken);
        var oldRole = (await users.GetRolesAsync(user)).SingleOrDefault();
        var roleChanged = oldRole != command.Role;
        if (roleChanged && currentUser.UserId == id)
        {
            // An admin cannot demote themselves and leave the bureau without anyone who can manage accounts.
            throw new BusinessRuleException("own_role", text["Rule_OwnRole"]);
        }

        var scopeChanged = user.ScopeKind != kind || user.ScopeId != scopeId;
        user.DisplayName = command.DisplayName.Trim();
        user.ScopeKind = kind;
        user.ScopeId = scopeId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (roleChanged)
        {
            if (oldRole is not null)
            {
                IdentityErrors.ThrowIfFailed(await users.RemoveFromRoleAsync(user, oldRole));
            }

            IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(user, command.Role));
        }

        IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user));
        if (roleChanged || scopeChanged)
        {
            // Role and scope live in the cookie's claims: the user signs in again to get the new ones.
            await sessions.RevokeAllAsync(user.Id, "role", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
