using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>
/// A new account with one role and its scope. The admin never chooses the password: a one-time password is generated,
/// shown once, and must be changed at first sign-in.
/// </summary>
public sealed class CreateUserCommand
{
    [Required, StringLength(64, MinimumLength = 3), RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    public string UserName { get; set; } = string.Empty;

    [Required, StringLength(100)]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    public string Role { get; set; } = string.Empty;

    /// <summary>Department code, unit code or enterprise id when the role needs one (see Roles.RequiredScope).</summary>
    [StringLength(64)]
    public string? ScopeId { get; set; }
}

public sealed record CreatedUser(Guid Id, string UserName, string OneTimePassword);

internal sealed class CreateUserHandler(
    CountyIpDbContext db,
    UserManager<AppUser> users,
    AccountRules rules,
    TimeProvider clock,
    IStringLocalizer<SecurityText> text)
{
    public async Task<CreatedUser> HandleAsync(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userName = command.UserName.Trim();
        var (kind, scopeId) = await rules.CheckRoleAndScopeAsync(command.Role, command.ScopeId, cancellationToken);
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new BusinessRuleException("user_exists", text["Rule_UserExists", userName]);
        }

        var password = OneTimePassword.Generate();
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            DisplayName = command.DisplayName.Trim(),
            ScopeKind = kind,
            ScopeId = scopeId,
            MustChangePassword = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityErrors.ThrowIfFailed(await users.CreateAsync(user, password));
        IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(user, command.Role));
        await transaction.CommitAsync(cancellationToken);
        return new CreatedUser(user.Id, userName, password);
    }
}

internal static class IdentityErrors
{
    /// <summary>Identity refusals that the checks before should have prevented become a rule failure with their text.</summary>
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessRuleException(result.Errors.First().Code, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
