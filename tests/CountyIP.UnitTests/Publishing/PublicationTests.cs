using CountyIP.Modules.Publishing.Domain;
using CountyIP.Modules.Publishing.UseCases;

namespace CountyIP.UnitTests.Publishing;

/// <summary>
/// The portal's publication rules on their own (issue 13 §4): a draft is published, pinned, withdrawn and published
/// again without losing its first publication date; what a state does not allow is refused and changes nothing.
/// </summary>
public sealed class PublicationTests
{
    private static readonly DateTime Written = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Article_PublishWithdrawPublish_KeepsTheFirstPublicationDateAndDropsThePin()
    {
        var article = Draft();
        article.CanDelete.ShouldBeTrue();

        article.Publish(Written.AddDays(1));
        article.Pin(true, Written.AddDays(2));
        article.Withdraw(Written.AddDays(3));

        article.State.ShouldBe(PublicationState.Withdrawn);
        article.Pinned.ShouldBeFalse("a withdrawn item cannot stay at the top of the portal");
        article.CanDelete.ShouldBeFalse("the public has seen it: it is kept, withdrawn");
        article.Publish(Written.AddDays(4));
        article.PublishedUtc.ShouldBe(Written.AddDays(1));
    }

    [Fact]
    public void Article_StepsTheStateDoesNotAllow_AreRefusedAndChangeNothing()
    {
        var article = Draft();
        var version = article.Version;

        Should.Throw<InvalidOperationException>(() => article.Withdraw(Written));
        Should.Throw<InvalidOperationException>(() => article.Pin(true, Written));
        article.Publish(Written);
        Should.Throw<InvalidOperationException>(() => article.Publish(Written));

        article.State.ShouldBe(PublicationState.Published);
        article.Pinned.ShouldBeFalse();
        version.ShouldNotBe(article.Version, "the one allowed step renewed the version");
    }

    [Fact]
    public void Article_Revise_TrimsAndNormalisesLineBreaks()
    {
        var article = new Article(ArticleChannel.Policy, "  标题  ", "  ", "第一段\r\n第二段\r\n", " 仓山区知识产权局 ", "", "staff", Written);

        article.Title.ShouldBe("标题");
        article.Summary.ShouldBeNull();
        article.DocumentNumber.ShouldBeNull();
        article.Issuer.ShouldBe("仓山区知识产权局");
        article.Body.ShouldBe("第一段\n第二段");
    }

    [Fact]
    public void Article_Attachments_AreCappedAndDetachReturnsTheRemovedOne()
    {
        var article = Draft();
        var first = article.Attach("k0", "a.pdf", "application/pdf", 10, Written);
        for (var i = 1; i < Article.MaxAttachments; i++)
        {
            article.Attach($"k{i}", $"{i}.pdf", "application/pdf", 10, Written);
        }

        Should.Throw<InvalidOperationException>(() => article.Attach("over", "over.pdf", "application/pdf", 10, Written));
        article.Detach(first.Id, Written)!.FileKey.ShouldBe("k0");
        article.Detach(Guid.NewGuid(), Written).ShouldBeNull();
        article.Attachments.Count.ShouldBe(Article.MaxAttachments - 1);
    }

    [Fact]
    public void Event_EndBeforeStart_IsRefused_AndAOneDayEndIsDropped()
    {
        Should.Throw<InvalidOperationException>(() => new PortalEvent("培训", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), null, null, null, null, "staff", Written));

        var oneDay = new PortalEvent("培训", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 2), null, null, null, null, "staff", Written);
        oneDay.EndsOn.ShouldBeNull();
        oneDay.LastDay.ShouldBe(new DateOnly(2026, 5, 2));
    }

    [Fact]
    public void EventInput_EndBeforeStart_IsAFieldErrorUnderEndsOn()
    {
        var input = new EventInput { Title = "培训", StartsOn = new DateOnly(2026, 5, 2), EndsOn = new DateOnly(2026, 5, 1) };

        var results = input.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(input)).ToList();

        results.ShouldHaveSingleItem().MemberNames.ShouldBe([nameof(EventInput.EndsOn)]);
    }

    private static Article Draft() => new(ArticleChannel.Notice, "关于申报专项资金的通知", "摘要", "正文", "仓山区知识产权局", "仓知〔2014〕2号", "staff", Written);
}
