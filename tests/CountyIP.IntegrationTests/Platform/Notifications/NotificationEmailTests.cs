using System.Net;
using System.Text.RegularExpressions;
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
/// The notification e-mail of one's own account (ADR 0024), mail on: set on the account page, confirmed by the link of a
/// mail sent through the outbox (Identity's confirmation token), and only then — and only while the person's switch is on
/// — do notifications reach it by mail. A wrong code, another account's code or a code for an earlier address confirms nothing.
/// </summary>
public sealed partial class NotificationEmailTests(NotificationEmailTests.Fixture fixture) : IClassFixture<NotificationEmailTests.Fixture>
{
    public sealed class Fixture : CountyIpAppFactory
    {
        public FakeMailTransport Mail { get; } = new();

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["CountyIP:Mail:Host"] = "smtp.example.test",
            ["CountyIP:Mail:From"] = "countyip@example.test",
            ["CountyIP:Mail:PublicUrl"] = "https://ip.example.test/",
            ["CountyIP:Mail:PollInterval"] = "00:00:00.100",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.RemoveAll<IMailTransport>().AddSingleton<IMailTransport>(Mail));
        }
    }

    private const string Page = "/account/manage/email";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Address() => $"p{Guid.NewGuid():N}"[..14] + "@example.test";

    /// <summary>Posts the page's form as a browser does, with the address typed and the switch ticked or not.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(TestClient client, string? email, bool sendMail = true)
    {
        var page = await client.GetPageAsync(Page);
        var values = Forms.Values(Forms.Find(page, "notification-email"));
        values["Input.Email"] = email ?? string.Empty;
        if (sendMail)
        {
            values["Input.SendMail"] = "true";
        }
        else
        {
            // An unticked checkbox is not posted at all.
            values.Remove("Input.SendMail");
        }

        return await client.Http.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(values), Ct);
    }

    /// <summary>The confirmation link in the last mail to <paramref name="address"/>, as a local URL.</summary>
    private async Task<string> LinkInMailAsync(string address)
    {
        var mail = (await MailsToAsync(fixture, address)).OrderBy(m => m.CreatedUtc).Last();
        mail.Subject.ShouldBe("请确认您的通知邮箱");
        mail.Body.ShouldContain("Confirm it", Case.Insensitive);
        var link = ConfirmLink().Match(mail.Body);
        link.Success.ShouldBeTrue(mail.Body);
        return link.Groups["local"].Value;
    }

    private async Task<AppUser> AccountAsync(Guid id)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString())).ShouldNotBeNull();
    }

    /// <summary>Notifies the account the way a module does and answers the mails written to <paramref name="address"/> for it.</summary>
    private async Task<int> NotificationMailsAsync(TestUser user, string address)
    {
        var before = (await MailsToAsync(fixture, address)).Count(m => m.Subject != "请确认您的通知邮箱");
        await NotifyAsync(fixture, NotificationRecipients.Users(user.Id), "邮件测试");
        return (await MailsToAsync(fixture, address)).Count(m => m.Subject != "请确认您的通知邮箱") - before;
    }

    private async Task<HttpResponseMessage> ConfirmAsync(string link)
    {
        // Opened from the mail, not signed in: the page, then its button.
        using var anonymous = new TestClient(fixture);
        return await anonymous.SubmitFormAsync(link, "confirm-email", new Dictionary<string, string>());
    }

    [Fact]
    public async Task SetAddress_ConfirmationLinkMailed_ConfirmedByTheLink_ThenNotificationsAreMailed()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var address = Address();

        using var saved = await SaveAsync(client, address);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Local(saved).ShouldBe($"{Page}?done=sent");
        var page = await client.GetPageAsync($"{Page}?done=sent");
        page.QuerySelector("[data-testid='email-done']")!.TextContent.ShouldContain(address);
        page.QuerySelector("[data-testid='email-status'] .badge")!.TextContent.Trim().ShouldBe("待确认");
        (await AccountAsync(client.User!.Id)).EmailConfirmed.ShouldBeFalse();
        (await NotificationMailsAsync(client.User, address)).ShouldBe(0, "an unconfirmed address receives no notification mail");

        var link = await LinkInMailAsync(address);
        using (var opened = await new TestClient(fixture).GetAsync(link))
        {
            opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await AccountAsync(client.User.Id)).EmailConfirmed.ShouldBeFalse("opening the link (a mail scanner does) confirms nothing");
        using var confirmed = await ConfirmAsync(link);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.ParseAsync(confirmed)).QuerySelector("[data-testid='confirm-done']").ShouldNotBeNull();
        (await AccountAsync(client.User.Id)).EmailConfirmed.ShouldBeTrue();
        (await NotificationMailsAsync(client.User, address)).ShouldBe(1);
        var shown = await client.GetPageAsync(Page);
        shown.QuerySelector("[data-testid='email-status'] .badge")!.TextContent.Trim().ShouldBe("已确认");
    }

    [Fact]
    public async Task Confirm_WrongCodeOrAnotherAccountsCode_Refused_AddressStaysUnconfirmed()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, "350104001");
        using var b = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, "350104001");
        var address = Address();
        (await SaveAsync(a, address)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SaveAsync(b, Address())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = await LinkInMailAsync(address);
        var code = Regex.Match(link, "code=(?<code>[^&]+)").Groups["code"].Value;

        using var tampered = await ConfirmAsync(link.Replace(code, code[..^4] + "AAAA", StringComparison.Ordinal));
        using var otherUser = await ConfirmAsync($"/account/confirm-email?user={b.User!.Id}&code={code}");
        using var garbage = await ConfirmAsync($"/account/confirm-email?user={a.User!.Id}&code=%21%21not-base64");

        foreach (var response in new[] { tampered, otherUser, garbage })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await Html.ParseAsync(response)).QuerySelector("[data-testid='confirm-failed']").ShouldNotBeNull();
        }

        (await AccountAsync(a.User.Id)).EmailConfirmed.ShouldBeFalse();
        (await AccountAsync(b.User.Id)).EmailConfirmed.ShouldBeFalse();
        using var noCode = await new TestClient(fixture).GetAsync("/account/confirm-email");
        (await Html.ParseAsync(noCode)).QuerySelector("[data-testid='confirm-failed']").ShouldNotBeNull();
    }

    [Fact]
    public async Task ChangeAddress_LinkForTheEarlierAddress_NoLongerConfirms()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var first = Address();
        var second = Address();
        (await SaveAsync(client, first)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var firstLink = await LinkInMailAsync(first);

        (await SaveAsync(client, second)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var stale = await ConfirmAsync(firstLink);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var account = await AccountAsync(client.User!.Id);
        account.Email.ShouldBe(second);
        account.EmailConfirmed.ShouldBeFalse();
        using var fresh = await ConfirmAsync(await LinkInMailAsync(second));
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountAsync(client.User.Id)).EmailConfirmed.ShouldBeTrue();
    }

    [Fact]
    public async Task SwitchOff_ConfirmedAddress_NoNotificationMail_SwitchOnAgain_Mailed()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var address = await ConfirmEmailAsync(fixture, client.User!);

        using var off = await SaveAsync(client, address, sendMail: false);

        Local(off).ShouldBe($"{Page}?done=saved", "the address did not change: nothing to confirm");
        var account = await AccountAsync(client.User!.Id);
        account.MailNotificationsOff.ShouldBeTrue();
        account.EmailConfirmed.ShouldBeTrue();
        (await NotificationMailsAsync(client.User, address)).ShouldBe(0);
        (await client.GetPageAsync(Page)).QuerySelector("[data-testid='email-copies']")!.TextContent.ShouldContain("已关闭");

        (await SaveAsync(client, address, sendMail: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NotificationMailsAsync(client.User, address)).ShouldBe(1);
    }

    [Fact]
    public async Task SaveAddress_NotAnAddress_MessageUnderTheField_NothingSaved()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.Leadership);

        using var response = await SaveAsync(client, "not an address");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector(".validation-message")!.TextContent.ShouldContain("电子邮箱");
        (await AccountAsync(client.User!.Id)).Email.ShouldBeNull();
    }

    [Fact]
    public async Task RemoveAddress_Empty_NoAddressNoMail()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var address = await ConfirmEmailAsync(fixture, client.User!);

        (await SaveAsync(client, string.Empty)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var account = await AccountAsync(client.User!.Id);
        account.Email.ShouldBeNull();
        account.EmailConfirmed.ShouldBeFalse();
        (await NotificationMailsAsync(client.User, address)).ShouldBe(0);
    }

    [Fact]
    public async Task EmailPage_Anonymous_SentToSignIn_ReachableFromTheAccountPage()
    {
        using var anonymous = new TestClient(fixture);
        using var response = await anonymous.GetAsync(Page);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");

        using var client = await TestClient.SignedInAsync(fixture, Roles.Auditor);
        (await client.GetPageAsync("/account/manage")).QuerySelector("[data-testid='manage-email']")!.GetAttribute("href").ShouldBe(Page);
    }

    /// <summary>Where a redirect leads, as a local URL (the app answers absolute ones).</summary>
    internal static string Local(HttpResponseMessage response) => new Uri(TestClient.BaseAddress, response.Headers.Location!).PathAndQuery;

    [GeneratedRegex(@"https://ip\.example\.test(?<local>/account/confirm-email\?user=[0-9a-f-]+&code=[A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();
}

/// <summary>Mail off (the default): the address is kept unconfirmed, no mail is written, the page says why.</summary>
public sealed class NotificationEmailMailOffTests(CountyIpAppFactory fixture) : IClassFixture<CountyIpAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAddress_MailOff_KeptUnconfirmed_NoMailWritten_PageSaysMailIsOff()
    {
        using var client = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var address = $"off{Guid.NewGuid():N}"[..14] + "@example.test";
        var page = await client.GetPageAsync("/account/manage/email");
        page.QuerySelector("[data-testid='mail-off']").ShouldNotBeNull();

        using var saved = await client.SubmitFormAsync(page, "/account/manage/email", "notification-email",
            new Dictionary<string, string> { ["Input.Email"] = address, ["Input.SendMail"] = "true" });

        NotificationEmailTests.Local(saved).ShouldBe("/account/manage/email?done=saved");
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        (await db.Set<OutboxMail>().AsNoTracking().CountAsync(m => m.ToAddress == address, Ct)).ShouldBe(0);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == client.User!.Id, Ct);
        account.Email.ShouldBe(address);
        account.EmailConfirmed.ShouldBeFalse();
        (await client.GetPageAsync("/account/manage/email")).QuerySelector("[data-testid='resend-form']").ShouldBeNull();
    }
}
