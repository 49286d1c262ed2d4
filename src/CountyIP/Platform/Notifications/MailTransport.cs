using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Notifications;

/// <summary>A plain-text mail ready to go.</summary>
public sealed record MailEnvelope(string To, string Subject, string Body);

/// <summary>Delivers one mail; throws when the server refuses it or cannot be reached. Tests put a fake in its place.</summary>
public interface IMailTransport
{
    Task SendAsync(MailEnvelope mail, CancellationToken cancellationToken);
}

/// <summary>SMTP through <see cref="SmtpClient"/> (no extra package), one connection per mail: a few mails an hour.</summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MailEnvelope mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        using var message = new MailMessage(settings.From!, mail.To, mail.Subject, mail.Body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
