using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CountyIP.IntegrationTests.Platform.Notifications.NotificationTestKit;

namespace CountyIP.IntegrationTests.Platform.Notifications;

/// <summary>
/// The notification centre (issue 12 §6) over HTTP, mail off (the default): a notification reaches its recipients only,
/// the bell counts it, it is marked read one by one or all at once, and another user can neither see nor mark it (404).
/// </summary>
public sealed class NotificationCentreTests(NotificationCentreTests.Fixture fixture) : IClassFixture<NotificationCentreTests.Fixture>
{
    public sealed class Fixture : CountyIpAppFactory
    {
        public FakeMailTransport Mail { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.RemoveAll<IMailTransport>().AddSingleton<IMailTransport>(Mail));
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notify_ToOneUser_VisibleToThatUserOnly()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var b = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var marker = Marker();

        var ids = await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id), marker, "/funding/years");

        var list = await a.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == ids.Single());
        item.GetProperty("title").GetString().ShouldBe($"{marker}，欢迎使用通知中心");
        item.GetProperty("link").GetString().ShouldBe("/funding/years");
        item.GetProperty("kind").GetString().ShouldBe(PlatformNotifications.Welcome.Code);
        item.GetProperty("readUtc").ValueKind.ShouldBe(JsonValueKind.Null);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        (await UnreadAsync(a)).ShouldBe(1);

        var other = await b.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        other.GetProperty("total").GetInt32().ShouldBe(0);
        (await UnreadAsync(b)).ShouldBe(0);
    }

    [Fact]
    public async Task List_EnglishCaller_TitleInEnglish()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var marker = Marker();
        await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id), marker);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var response = await a.Http.SendAsync(request, Ct);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        list.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe($"Welcome, {marker}: your notifications appear here");
    }

    [Fact]
    public async Task MarkRead_OwnNotification_ReadAndCountedNoMore()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.TownLiaison);
        var id = (await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id), Marker(), "/registry/enterprises")).Single();
        await NotifyAsync(fixture, NotificationRecipients.Users(a.User.Id), Marker());

        using var marked = await a.Http.PostAsync($"/api/notifications/{id}/read", null, Ct);

        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("link").GetString().ShouldBe("/registry/enterprises");
        (await UnreadAsync(a)).ShouldBe(1);
        var unread = await a.Http.GetFromJsonAsync<JsonElement>("/api/notifications?unreadOnly=true", Ct);
        unread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id);
        (await a.Http.PostAsync($"/api/notifications/{id}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task MarkRead_AnotherUsersNotification_NotFoundAndStillUnread()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var b = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var id = (await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id), Marker())).Single();

        (await b.Http.PostAsync($"/api/notifications/{id}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Http.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Http.PostAsync("/api/notifications/read-all", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UnreadAsync(a)).ShouldBe(1);
        var page = await b.GetPageAsync("/notifications");
        page.QuerySelectorAll("[data-testid=notification]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadAll_MarksOnlyTheCallersOwn()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.Leadership);
        using var b = await TestClient.SignedInAsync(fixture, Roles.Leadership);
        await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id, b.User!.Id), Marker());
        await NotifyAsync(fixture, NotificationRecipients.Users(a.User.Id), Marker());

        using var response = await a.Http.PostAsync("/api/notifications/read-all", null, Ct);

        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("marked").GetInt32().ShouldBe(2);
        (await UnreadAsync(a)).ShouldBe(0);
        (await UnreadAsync(b)).ShouldBe(1);
    }

    [Fact]
    public async Task Notify_RoleInScope_ReachesThatScopeOnlyLessTheExcluded()
    {
        var unit = $"unit-{Guid.NewGuid():N}"[..20];
        var first = await fixture.CreateAsync(Roles.TownLiaison, unit);
        var second = await fixture.CreateAsync(Roles.TownLiaison, unit);
        var elsewhere = await fixture.CreateAsync(Roles.TownLiaison);
        var marker = Marker();

        await NotifyAsync(fixture, NotificationRecipients.Role(Roles.TownLiaison, unit).And(NotificationRecipients.Users(first.Id)).Except(second.Id), marker);

        var stored = await NotificationsWithAsync(fixture, marker);
        stored.Select(n => n.RecipientUserId).ShouldBe([first.Id]);
        stored.ShouldNotContain(n => n.RecipientUserId == elsewhere.Id);
    }

    [Fact]
    public async Task Page_OwnNotifications_BellCountsMarkReadAndOpenGoesToTheLink()
    {
        using var a = await TestClient.SignedInAsync(fixture, Roles.Enterprise);
        var opened = (await NotifyAsync(fixture, NotificationRecipients.Users(a.User!.Id), Marker(), "/account/manage")).Single();
        var read = (await NotifyAsync(fixture, NotificationRecipients.Users(a.User.Id), Marker())).Single();

        var page = await a.GetPageAsync("/notifications");
        page.ByTestId("unread-count").Text().ShouldBe("2");
        page.QuerySelectorAll("[data-testid=notification]").Count.ShouldBe(2);

        using (var marked = await a.SubmitFormAsync(page, "/notifications", $"notification-read-{read}", new Dictionary<string, string>()))
        {
            marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        page = await a.GetPageAsync("/notifications");
        page.ByTestId("unread-count").Text().ShouldBe("1");
        page.QuerySelector($"[data-id='{read}']")!.GetAttribute("data-read").ShouldBe("true");

        using (var open = await a.SubmitFormAsync(page, "/notifications", $"notification-open-{opened}", new Dictionary<string, string>()))
        {
            open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            open.Headers.Location!.OriginalString.ShouldEndWith("/account/manage");
        }

        (await UnreadAsync(a)).ShouldBe(0);
        (await a.GetPageAsync("/notifications")).QuerySelector("[data-testid=unread-count]").ShouldBeNull();
    }

    [Fact]
    public async Task Notify_MailOffByDefault_NoOutboxMailAndNothingSent()
    {
        var user = await fixture.CreateAsync(Roles.BureauStaff);
        var address = await ConfirmEmailAsync(fixture, user);

        await NotifyAsync(fixture, NotificationRecipients.Users(user.Id), Marker());
        await Task.Delay(300, Ct);

        (await MailsToAsync(fixture, address)).ShouldBeEmpty();
        fixture.Mail.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task Api_Anonymous_Refused()
    {
        using var anonymous = new TestClient(fixture);
        (await anonymous.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.Http.PostAsync("/api/notifications/read-all", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static string Marker() => $"m{Guid.NewGuid():N}"[..12];

    private static async Task<int> UnreadAsync(TestClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count", Ct)).GetProperty("count").GetInt32();
}
