using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>The signed-in user changes their own password; every other session of the account ends.</summary>
public sealed class ChangePasswordCommand
{
    [Required]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required]
    public string NewPassword { get; set; } = string.Empty;
}

internal sealed class ChangePasswordHandler(
    UserManager<AppUser> users,
    SignInService signIn,
    SecurityAudit audit,
    IStringLocalizer<SecurityText> text)
{
    /// <summary>Field errors (property name → messages); empty when the password was changed.</summary>
    public async Task<IDictionary<string, string[]>> HandleAsync(HttpContext http, ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User) ?? throw new InvalidOperationException("No signed-in account.");
        if (command.NewPassword == command.CurrentPassword)
        {
            return new Dictionary<string, string[]> { [nameof(command.NewPassword)] = [text["Password_SameAsCurrent"]] };
        }

        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!result.Succeeded)
        {
            return result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(command.CurrentPassword) : nameof(command.NewPassword))
                .ToDictionary(
                    g => g.Key,
                    g => g.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? text["Password_CurrentWrong"].Value : e.Description).ToArray());
        }

        user.MustChangePassword = false;
        await signIn.RenewAsync(http, user, "password", cancellationToken);
        await audit.RecordAsync(AuditActions.PasswordChanged, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), "self",
            cancellationToken: cancellationToken);
        return new Dictionary<string, string[]>();
    }
}
