using System.Globalization;
using System.Text;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CountyIP.Platform.Security;

/// <summary>What the enrolment page shows: the shared key, the otpauth URI and its QR code as a PNG data URI.</summary>
public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, string QrCodeDataUri, int RecoveryCodesLeft, bool Required);

/// <summary>
/// TOTP two-factor sign-in (RFC 6238, Identity's authenticator token provider) with single-use recovery codes:
/// enrol, disable, regenerate codes. Changes renew the session so a pending enrolment step is cleared.
/// </summary>
internal sealed class TwoFactorHandler(
    UserManager<AppUser> users,
    SignInService signIn,
    SecurityAudit audit,
    IOptions<SecurityOptions> options,
    IStringLocalizer<SecurityText> text)
{
    public const string Issuer = "CountyIP";

    public const int RecoveryCodeCount = 10;

    public async Task<TwoFactorSetup> GetSetupAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        var role = (await users.GetRolesAsync(user)).SingleOrDefault();
        return new TwoFactorSetup(
            user.TwoFactorEnabled,
            FormatKey(key),
            uri,
            QrDataUri(uri),
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            options.Value.RequiresTwoFactor(role));
    }

    /// <summary>Turns two-factor sign-in on when the code matches; returns the new recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(HttpContext http, string? code, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        var cleaned = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, cleaned))
        {
            return null;
        }

        IdentityErrors.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RenewAsync(http, user, "two-factor", cancellationToken);
        await audit.RecordAsync(AuditActions.TwoFactorChanged, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), "enabled",
            cancellationToken: cancellationToken);
        return codes;
    }

    public async Task DisableAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        var role = (await users.GetRolesAsync(user)).SingleOrDefault();
        if (options.Value.RequiresTwoFactor(role))
        {
            throw new BusinessRuleException("two_factor_required", text["Rule_TwoFactorRequired"]);
        }

        IdentityErrors.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false));
        // A new key, so an authenticator app set up before cannot be reused after re-enrolment.
        IdentityErrors.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user));
        await signIn.RenewAsync(http, user, "two-factor", cancellationToken);
        await audit.RecordAsync(AuditActions.TwoFactorChanged, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), "disabled",
            cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        if (!user.TwoFactorEnabled)
        {
            throw new BusinessRuleException("two_factor_off", text["Rule_TwoFactorOff"]);
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordAsync(AuditActions.TwoFactorChanged, AuditOutcome.Success, nameof(AppUser), user.Id.ToString(), "recovery-codes",
            cancellationToken: cancellationToken);
        return codes;
    }

    private async Task<AppUser> CurrentAsync(HttpContext http) =>
        await users.GetUserAsync(http.User) ?? throw new InvalidOperationException("No signed-in account.");

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string QrDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
