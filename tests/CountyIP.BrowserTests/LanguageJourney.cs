using CountyIP.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>Issue 2 §10: the header's 中文/English links switch the UI language, and the choice survives a reload.</summary>
public sealed class LanguageJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    [Fact]
    public async Task SwitchLanguage_EnglishThenChinese_TextsChangeAndPersist()
    {
        await Page.GotoAsync(app.Host.Url("/account/access-denied"));
        var heading = Page.Locator("h1");
        var chinese = await heading.InnerTextAsync();
        chinese.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");

        await Page.GetByTestId("language-switch").GetByText("English").ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        var english = await heading.InnerTextAsync();
        english.ShouldNotBe(chinese);
        english.ShouldNotMatch(@"\p{IsCJKUnifiedIdeographs}");

        await Page.ReloadAsync();
        (await heading.InnerTextAsync()).ShouldBe(english);

        await Page.GetByTestId("language-switch").GetByText("中文").ClickAsync();
        await Assertions.Expect(heading).ToHaveTextAsync(chinese);
        await Page.ReloadAsync();
        (await heading.InnerTextAsync()).ShouldBe(chinese);
    }
}
