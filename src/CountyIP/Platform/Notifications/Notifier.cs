using System.Text;
using System.Text.Json;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Notifications;

/// <summary>
/// Adds notifications and outbox mails to the scope's DbContext (the caller's unit of work) and saves nothing. Mails are
/// written now, in both languages (Chinese first, the platform's default; an account has no language of its own), because
/// they leave the system before anyone chooses a language; the centre renders its entries when they are read.
/// </summary>
internal sealed class Notifier(
    CountyIpDbContext db,
    IRoleMembers roleMembers,
    NotificationKinds kinds,
    IStringLocalizer<NotificationText> text,
    IOptions<MailOptions> mailOptions,
    TimeProvider clock) : INotifier
{
    private static readonly string[] MailCultures = ["zh-CN", "en-US"];

    public async Task<int> NotifyAsync(
        NotificationRecipients recipients,
        NotificationKind kind,
        IReadOnlyList<string> arguments,
        string? link,
        CancellationToken cancellationToken)
    {
        if (!kinds.IsRegistered(kind))
        {
            throw new InvalidOperationException($"Notification kind '{kind.Code}' is not registered: call services.AddNotificationKind(kind) in the module's front door.");
        }

        if (link is not null && !IsLocal(link))
        {
            throw new ArgumentException($"A notification links to a local page (\"/…\"), not '{link}'.", nameof(link));
        }

        var argumentsJson = JsonSerializer.Serialize(arguments);
        if (argumentsJson.Length > Notification.ArgumentsMaxLength)
        {
            throw new ArgumentException($"The arguments of a notification take at most {Notification.ArgumentsMaxLength} characters as JSON.", nameof(arguments));
        }

        var people = await ResolveAsync(recipients, cancellationToken);
        if (people.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var mail = mailOptions.Value;
        (string Subject, string Body)? letter = null;
        foreach (var person in people)
        {
            db.Add(new Notification
            {
                Id = Guid.CreateVersion7(),
                RecipientUserId = person.UserId,
                Kind = kind.Code,
                ArgumentsJson = argumentsJson,
                Link = link,
                CreatedUtc = now,
            });

            if (mail.Enabled && person.MailAddress is { } address)
            {
                letter ??= Compose(kind, arguments, link, mail);
                db.Add(new OutboxMail
                {
                    Id = Guid.CreateVersion7(),
                    ToAddress = address,
                    Subject = letter.Value.Subject,
                    Body = letter.Value.Body,
                    CreatedUtc = now,
                    NextAttemptUtc = now,
                });
            }
        }

        return people.Count;
    }

    /// <summary>The same rule as the sign-in return URL: one leading slash, no scheme, no host (no open redirect).</summary>
    internal static bool IsLocal(string link) =>
        link.Length <= Notification.LinkMaxLength && link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal)
        && !link.StartsWith("/\\", StringComparison.Ordinal) && Uri.IsWellFormedUriString(link, UriKind.Relative);

    private async Task<List<RoleMember>> ResolveAsync(NotificationRecipients recipients, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, RoleMember>();
        if (recipients.UserIds.Count > 0)
        {
            var ids = recipients.UserIds.Distinct().ToList();
            var users = await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.Id) && !u.IsDisabled)
                .Select(u => new RoleMember(u.Id, u.UserName!, u.DisplayName, u.Email, u.EmailConfirmed, u.MailNotificationsOff))
                .ToListAsync(cancellationToken);
            foreach (var user in users)
            {
                found.TryAdd(user.UserId, user);
            }
        }

        foreach (var (role, scopeId) in recipients.Roles.Distinct())
        {
            foreach (var member in await roleMembers.FindAsync(role, scopeId, cancellationToken))
            {
                found.TryAdd(member.UserId, member);
            }
        }

        foreach (var excluded in recipients.Excluded)
        {
            found.Remove(excluded);
        }

        return [.. found.Values.OrderBy(m => m.UserName, StringComparer.Ordinal)];
    }

    private (string Subject, string Body) Compose(NotificationKind kind, IReadOnlyList<string> arguments, string? link, MailOptions mail)
    {
        var url = link is null ? null : (mail.PublicUrl?.TrimEnd('/') ?? string.Empty) + link;
        var body = new StringBuilder();
        string? subject = null;
        foreach (var culture in MailCultures)
        {
            NotificationKinds.InCulture(culture, () =>
            {
                var title = kinds.Title(kind.Code, arguments).ToString();
                subject ??= title;
                body.AppendLine(title);
                if (kinds.Body(kind.Code, arguments) is { } bodyText)
                {
                    body.AppendLine(bodyText.ToString());
                }

                if (url is not null)
                {
                    body.AppendLine(text["Mail_Open", url]);
                }

                body.AppendLine();
                return 0;
            });
        }

        foreach (var culture in MailCultures)
        {
            body.AppendLine(NotificationKinds.InCulture(culture, () => text["Mail_Footer"].Value));
        }

        var letterBody = body.ToString();
        return (Truncate(subject!.ReplaceLineEndings(" "), OutboxMail.SubjectMaxLength), Truncate(letterBody, OutboxMail.BodyMaxLength));
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
