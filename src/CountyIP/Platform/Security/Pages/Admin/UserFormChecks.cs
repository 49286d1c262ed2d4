using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security.Pages.Admin;

/// <summary>Input-shape checks for the account forms, with localised messages (the API uses the command's annotations).</summary>
internal static partial class UserFormChecks
{
    public static Dictionary<string, string[]> Check(string? userName, string? displayName, IStringLocalizer<SecurityText> text)
    {
        var errors = new Dictionary<string, string[]>();
        if (userName is not null && !UserNamePattern().IsMatch(userName.Trim()))
        {
            errors["UserName"] = [text["Users_UserNameHelp"]];
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100)
        {
            errors["DisplayName"] = [text["Validation_DisplayName"]];
        }

        return errors;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
