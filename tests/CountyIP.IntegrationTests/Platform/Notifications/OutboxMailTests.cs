using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CountyIP.IntegrationTests.Platform.Notifications.NotificationTestKit;

namespace CountyIP.IntegrationTests.Platform.Notifications;

/// <summary>
/// The mail outbox with mail on (issue 12 §6): the mail is written in the business change's own save (and not at all when
/// that save fails), only to confirmed addresses, and the sender retries a failing SMTP server until it sends it once.
/// </summary>
public sealed class OutboxMailTests(OutboxMailTests.Fixture fixture) : IClassFixture<OutboxMailTests.Fixture>
{
    public sealed class Fixture : CountyIpAppFactory
    {
        /// <summary>Few attempts, so giving up is seen within a second (0.1 + 0.2 + 0.4 s of waiting).</summary>
        public const int MaxAttempts = 4;

        public FakeMailTransport Mail { get; } = new();

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["CountyIP:Mail:Host"] = "smtp.example.test",
            ["CountyIP:Mail:From"] = "countyip@example.test",
            ["CountyIP:Mail:PublicUrl"] = "https://ip.example.test/",
            ["CountyIP:Mail:PollInterval"] = "00:00:00.100",
            ["CountyIP:Mail:RetryDelay"] = "00:00:00.100",
            ["CountyIP:Mail:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.RemoveAll<IMailTransport>().AddSingleton<IMailTransport>(Mail));
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notify_WithBusinessChange_MailCommittedInTheSameSaveAndSent()
    {
        var user = await fixture.CreateAsync(Roles.Enterprise);
        var address = await ConfirmEmailAsync(fixture, user);
        var role = $"Role{Guid.NewGuid():N}";

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.Roles.Add(new IdentityRole<Guid>(role) { Id = Guid.NewGuid(), NormalizedName = role.ToUpperInvariant() });
            await scope.ServiceProvider.GetRequiredService<INotifier>()
                .NotifyAsync(NotificationRecipients.Users(user.Id), PlatformNotifications.WaitingWork, [], "/funding/years", Ct);
            db.ChangeTracker.Entries<OutboxMail>().Count().ShouldBe(1);
            (await MailsToAsync(fixture, address)).ShouldBeEmpty("nothing is written before the caller saves");
            await db.SaveChangesAsync(Ct);
        }

        var mail = await WaitSentAsync(address);
        mail.Subject.ShouldBe("您的工作台有待办事项");
        mail.Body.ShouldContain("Work waits for you on your workbench");
        mail.Body.ShouldContain("https://ip.example.test/funding/years");
        await using var check = fixture.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<CountyIpDbContext>().Roles.AnyAsync(r => r.Name == role, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Notify_BusinessSaveFails_NoNotificationAndNoMail()
    {
        var user = await fixture.CreateAsync(Roles.BureauStaff);
        var address = await ConfirmEmailAsync(fixture, user);
        var marker = $"f{Guid.NewGuid():N}"[..12];

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            // A second account with a taken user name: the unique index refuses the whole save.
            db.Users.Add(new AppUser { Id = Guid.NewGuid(), UserName = user.UserName, NormalizedUserName = user.UserName.ToUpperInvariant(), DisplayName = "x", CreatedUtc = DateTime.UtcNow });
            await scope.ServiceProvider.GetRequiredService<INotifier>()
                .NotifyAsync(NotificationRecipients.Users(user.Id), PlatformNotifications.Welcome, [marker], null, Ct);
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        await Task.Delay(300, Ct);
        (await NotificationsWithAsync(fixture, marker)).ShouldBeEmpty();
        (await MailsToAsync(fixture, address)).ShouldBeEmpty();
        fixture.Mail.Delivered.ShouldNotContain(m => m.To == address);
    }

    [Fact]
    public async Task Notify_BusinessTransactionRolledBack_NothingSent()
    {
        var user = await fixture.CreateAsync(Roles.BureauStaff);
        var address = await ConfirmEmailAsync(fixture, user);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<INotifier>()
                .NotifyAsync(NotificationRecipients.Users(user.Id), PlatformNotifications.WaitingWork, [], null, Ct);
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }

        await Task.Delay(300, Ct);
        (await MailsToAsync(fixture, address)).ShouldBeEmpty();
        fixture.Mail.Delivered.ShouldNotContain(m => m.To == address);
    }

    [Fact]
    public async Task Sender_SmtpFailsTwice_RetriedAndSentOnce()
    {
        var user = await fixture.CreateAsync(Roles.TownLiaison);
        var address = await ConfirmEmailAsync(fixture, user);
        fixture.Mail.FailFirst(address, 2);

        await NotifyAsync(fixture, NotificationRecipients.Users(user.Id), "retry");

        var mail = await WaitSentAsync(address);
        mail.Attempts.ShouldBe(3);
        mail.LastError.ShouldNotBeNull().ShouldContain("451");
        await Task.Delay(500, Ct);
        fixture.Mail.Delivered.Count(m => m.To == address).ShouldBe(1);
    }

    [Fact]
    public async Task Notify_AddressNotConfirmed_NoMail()
    {
        var user = await fixture.CreateAsync(Roles.BureauStaff);
        var address = await ConfirmEmailAsync(fixture, user, confirmed: false);

        await NotifyAsync(fixture, NotificationRecipients.Users(user.Id), "unconfirmed");

        (await MailsToAsync(fixture, address)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Sender_LastAttemptFails_MailAbandoned()
    {
        var user = await fixture.CreateAsync(Roles.BureauStaff);
        var address = await ConfirmEmailAsync(fixture, user);
        fixture.Mail.FailFirst(address, int.MaxValue);

        await NotifyAsync(fixture, NotificationRecipients.Users(user.Id), "abandon");

        OutboxMail? mail = null;
        for (var i = 0; i < 300 && mail?.AbandonedUtc is null; i++)
        {
            await Task.Delay(100, Ct);
            mail = (await MailsToAsync(fixture, address)).SingleOrDefault();
        }

        mail.ShouldNotBeNull().AbandonedUtc.ShouldNotBeNull();
        mail.Attempts.ShouldBe(Fixture.MaxAttempts);
        mail.SentUtc.ShouldBeNull();
    }

    private async Task<OutboxMail> WaitSentAsync(string address)
    {
        OutboxMail? mail = null;
        for (var i = 0; i < 300 && mail?.SentUtc is null; i++)
        {
            await Task.Delay(100, Ct);
            mail = (await MailsToAsync(fixture, address)).SingleOrDefault();
        }

        mail.ShouldNotBeNull($"no mail to {address}").SentUtc.ShouldNotBeNull($"not sent: {mail.LastError}");
        return mail;
    }
}
