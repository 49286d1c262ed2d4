using System.Collections.Concurrent;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform.Notifications;

/// <summary>Sends notifications the way a module's handler does, and reads what was stored.</summary>
internal static class NotificationTestKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Notifies and saves in one unit of work, as a use case does; returns the ids of the notifications added.</summary>
    public static async Task<List<Guid>> NotifyAsync(
        CountyIpAppFactory factory, NotificationRecipients recipients, string argument, string? link = "/notifications")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(recipients, PlatformNotifications.Welcome, [argument], link, Ct);
        var added = db.ChangeTracker.Entries<Notification>().Select(e => e.Entity.Id).ToList();
        await db.SaveChangesAsync(Ct);
        return added;
    }

    public static async Task<List<Notification>> NotificationsWithAsync(CountyIpAppFactory factory, string argument)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var json = System.Text.Json.JsonSerializer.Serialize(new[] { argument });
        return await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.ArgumentsJson == json).ToListAsync(Ct);
    }

    public static async Task<List<OutboxMail>> MailsToAsync(CountyIpAppFactory factory, string address)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.ToAddress == address).ToListAsync(Ct);
    }

    /// <summary>Gives the account a confirmed e-mail address (the only kind mail goes to).</summary>
    public static async Task<string> ConfirmEmailAsync(CountyIpAppFactory factory, TestUser user, bool confirmed = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = (await users.FindByIdAsync(user.Id.ToString())).ShouldNotBeNull();
        account.Email = $"{user.UserName}@example.test";
        account.EmailConfirmed = confirmed;
        (await users.UpdateAsync(account)).Succeeded.ShouldBeTrue();
        return account.Email;
    }
}

/// <summary>An SMTP stand-in: fails the first sends to chosen addresses, records every delivery.</summary>
public sealed class FakeMailTransport : IMailTransport
{
    private readonly ConcurrentDictionary<string, int> failuresLeft = new(StringComparer.Ordinal);

    public ConcurrentQueue<MailEnvelope> Delivered { get; } = new();

    public int Calls => calls;

    private int calls;

    public void FailFirst(string address, int times) => failuresLeft[address] = times;

    public Task SendAsync(MailEnvelope mail, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        if (failuresLeft.TryGetValue(mail.To, out var left) && left > 0)
        {
            failuresLeft[mail.To] = left - 1;
            throw new System.Net.Mail.SmtpException("451 try again later");
        }

        Delivered.Enqueue(mail);
        return Task.CompletedTask;
    }
}
