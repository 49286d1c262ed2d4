using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 13 §4: an officer writes a notice and publishes it from its page; a member of the public, on a phone and not
/// signed in, finds it on the portal's home page, reads it (the page fits the screen) and finds it in the notices list;
/// the officer withdraws it, and the public's link says it is no longer published.
/// </summary>
public sealed class PortalJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task Notice_PublishedByTheBureau_ReadOnAPhone_ThenWithdrawn()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = "关于开展知识产权宣传周活动的通知" + tag;
        var password = await CreateAccountAsync(app.Host, "writer" + tag, "BureauStaff", null);
        var staff = await SignInFirstTimeAsync(Page, app.Host, "writer" + tag, password);

        await staff.GotoAsync(app.Host.Url("/publishing/articles/new"));
        await staff.Locator("#channel").SelectOptionAsync("Notice");
        await staff.Locator("#title").FillAsync(title);
        await staff.Locator("#body").FillAsync("各镇（街）、区直有关部门：\n4月20日至26日为知识产权宣传周。");
        await staff.GetByTestId("article-save").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("done")).ToBeVisibleAsync();
        var articleUrl = staff.Url;
        await staff.GetByTestId("publish-open").ClickAsync();
        await staff.GetByTestId("publish-confirm").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("public-link")).ToBeVisibleAsync();

        var phone = await NewPhonePageAsync();
        await phone.GotoAsync(app.Host.Url("/portal"));
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "the portal's home fits a phone screen");
        await phone.GetByTestId("home-Notice").GetByText(title).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("public-article-detail").Locator("h1")).ToHaveTextAsync(title);
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "an article fits a phone screen");
        var publicUrl = phone.Url;
        await phone.GotoAsync(app.Host.Url("/portal/notices?q=" + tag));
        await Assertions.Expect(phone.GetByTestId("public-article")).ToHaveCountAsync(1);

        await staff.GotoAsync(articleUrl.Split('?')[0]);
        await staff.GetByTestId("withdraw-open").ClickAsync();
        await staff.GetByTestId("withdraw-confirm").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("publish-open")).ToBeVisibleAsync();

        await phone.GotoAsync(publicUrl);
        await Assertions.Expect(phone.GetByTestId("not-found")).ToBeVisibleAsync();
    }
}
