using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>
/// Password policy (issue 2 §4; GB/T 22239-2019 8.1.4.1 a, "口令应有复杂度要求"): at least 10 characters, at least three of
/// the four character classes (lower case, upper case, digit, symbol), and not containing the user name.
/// Identity's own length and class rules are switched off so people see one set of localised messages.
/// </summary>
internal sealed class CountyIpPasswordValidator(IStringLocalizer<SecurityText> text) : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 10;

    public const int RequiredClasses = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Validate(user.UserName, password));

    public IdentityResult Validate(string? userName, string? password)
    {
        password ??= string.Empty;
        var errors = new List<IdentityError>();
        if (password.Length < MinimumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = text["Password_TooShort", MinimumLength] });
        }

        if (CountClasses(password) < RequiredClasses)
        {
            errors.Add(new IdentityError { Code = "PasswordTooSimple", Description = text["Password_TooSimple", RequiredClasses] });
        }

        if (!string.IsNullOrWhiteSpace(userName) && userName.Length >= 3 && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = text["Password_ContainsUserName"] });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>How many of lower case, upper case, digit and symbol occur (letters outside ASCII count as neither case).</summary>
    public static int CountClasses(string password)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in password)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsLetter(c) && !char.IsWhiteSpace(c))
            {
                symbol = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
