using System.ComponentModel.DataAnnotations;
using System.Text;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>The signed-in person's address for e-mail copies of their notifications, and whether they want them.</summary>
public sealed class NotificationEmailCommand
{
    private string? email;

    /// <summary>Empty removes the address (no more mail); kept trimmed, so an empty field is no address rather than a malformed one.</summary>
    [EmailAddress, StringLength(OutboxMail.AddressMaxLength)]
    public string? Email
    {
        get => email;
        set => email = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>
    /// Also send e-mail (once the address is confirmed); off keeps notifications in the bell only. False by default, as
    /// an unticked checkbox posts nothing: the page starts the form from the account's setting.
    /// </summary>
    public bool SendMail { get; set; }
}

/// <summary>What the account page shows: the address, whether it is confirmed, the switch, and whether this server sends mail at all.</summary>
public sealed record NotificationEmailView(string? Email, bool Confirmed, bool SendMail, bool MailEnabled);

/// <summary>
/// The notification e-mail of one's own account (ADR 0024): setting or changing the address leaves it unconfirmed
/// (Identity renews the account's security stamp, so a link sent for an earlier address no longer confirms) and, when
/// the server sends mail, puts a confirmation mail with a link carrying Identity's e-mail confirmation token in the
/// outbox — in the same transaction as the change. Only a confirmed address receives notifications by mail.
/// </summary>
internal sealed class NotificationEmailHandler(
    UserManager<AppUser> users,
    CountyIpDbContext db,
    IOptions<MailOptions> mailOptions,
    IStringLocalizer<SecurityText> text,
    TimeProvider clock)
{
    /// <summary>The page that takes the link from the mail.</summary>
    public const string ConfirmPath = "/account/confirm-email";

    public async Task<NotificationEmailView> GetAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        return new NotificationEmailView(user.Email, user.EmailConfirmed && !string.IsNullOrEmpty(user.Email), !user.MailNotificationsOff, mailOptions.Value.Enabled);
    }

    /// <summary>Saves the address and the switch; true when a confirmation mail was put in the outbox.</summary>
    public async Task<bool> SaveAsync(HttpContext http, NotificationEmailCommand command, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        var email = command.Email;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.MailNotificationsOff = !command.SendMail;
        var changed = !string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase);
        IdentityErrors.ThrowIfFailed(changed ? await users.SetEmailAsync(user, email) : await users.UpdateAsync(user));
        var sent = changed && email is not null && await QueueConfirmationAsync(http, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    /// <summary>Sends the confirmation again (a lost mail, an expired link); false when there is nothing to confirm or mail is off.</summary>
    public async Task<bool> ResendAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(http);
        return !string.IsNullOrEmpty(user.Email) && !user.EmailConfirmed && await QueueConfirmationAsync(http, user, cancellationToken);
    }

    /// <summary>Confirms the address of <paramref name="userId"/> with the link's code; false for a wrong, used-up or outdated code.</summary>
    public async Task<bool> ConfirmAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || await users.FindByIdAsync(userId.ToString()) is not { IsDisabled: false, Email.Length: > 0 } user)
        {
            return false;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    /// <summary>Adds the confirmation mail (Chinese first, then English) and saves it; nothing when the server sends no mail.</summary>
    private async Task<bool> QueueConfirmationAsync(HttpContext http, AppUser user, CancellationToken cancellationToken)
    {
        var mail = mailOptions.Value;
        if (!mail.Enabled)
        {
            return false;
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var root = string.IsNullOrWhiteSpace(mail.PublicUrl) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : mail.PublicUrl.TrimEnd('/');
        var link = $"{root}{ConfirmPath}?user={user.Id}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
        var body = new StringBuilder();
        string? subject = null;
        foreach (var culture in new[] { "zh-CN", "en-US" })
        {
            NotificationKinds.InCulture(culture, () =>
            {
                subject ??= text["Email_MailSubject"].Value;
                body.AppendLine(text["Email_MailBody", user.UserName ?? string.Empty, user.Email!, link].Value).AppendLine();
                return 0;
            });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new OutboxMail
        {
            Id = Guid.CreateVersion7(),
            ToAddress = user.Email!,
            Subject = subject!,
            Body = body.ToString(),
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<AppUser> CurrentAsync(HttpContext http) =>
        await users.GetUserAsync(http.User) ?? throw new InvalidOperationException("No signed-in account.");
}
