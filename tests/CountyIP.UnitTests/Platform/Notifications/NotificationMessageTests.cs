using CountyIP.Platform.Notifications;

namespace CountyIP.UnitTests.Platform.Notifications;

/// <summary>A notification's text: arguments in place, marked as data on pages, never HTML of their own.</summary>
public sealed class NotificationMessageTests
{
    [Fact]
    public void ToString_Arguments_FormattedInPlace() =>
        new NotificationMessage("{0} 提交了 {1} 年度申请", ["福州某某科技有限公司", "2015"]).ToString().ShouldBe("福州某某科技有限公司 提交了 2015 年度申请");

    [Fact]
    public void ToString_MissingArgument_TextInsteadOfFailure() =>
        new NotificationMessage("{0} and {1}", ["one"]).ToString().ShouldBe("{0} and {1}");

    [Fact]
    public void ToMarkup_Arguments_EncodedAndNotTranslated()
    {
        var markup = new NotificationMessage("Application of {0} <new>", ["<b>A&B</b>"]).ToMarkup().Value;

        markup.ShouldBe("Application of <span translate=\"no\">&lt;b&gt;A&amp;B&lt;/b&gt;</span> &lt;new&gt;");
    }

    [Fact]
    public void ToMarkup_EscapedBracesAndUnknownIndex_ShownAsText() =>
        new NotificationMessage("{{x}} {3}", []).ToMarkup().Value.ShouldBe("{x} ");

    [Theory]
    [InlineData("/funding/applications/12", true)]
    [InlineData("/notifications?unread=true", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("funding/applications", false)]
    public void IsLocal_Link_OnlyPagesOfThisSite(string link, bool local) => Notifier.IsLocal(link).ShouldBe(local);
}
