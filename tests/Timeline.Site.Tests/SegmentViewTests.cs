using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site.Tests;

/// <summary>A segment keeps a range of its article's text instead of a copy: it must read, compare and hash as its text.</summary>
public sealed class SegmentViewTests
{
    private const string Article = "Talks began on March 4, 2019 in Geneva.";

    [Fact]
    public void Text_IsTheRangeOfTheArticle()
    {
        new SegmentView(Article, 15, 13, true, null, "2019-03-04").Text.ShouldBe("March 4, 2019");
        new SegmentView(Article, 0, Article.Length, false, null, null).Text.ShouldBeSameAs(Article);
        new SegmentView(Article, 0, 0, false, null, null).Text.ShouldBe("");
    }

    [Fact]
    public void ARangeOutsideTheText_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SegmentView(Article, 30, 20, false, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => new SegmentView(Article, -1, 2, false, null, null));
    }

    [Fact]
    public void ARange_EqualsAndHashesLikeTheSameTextHeldWhole()
    {
        var range = new SegmentView(Article, 15, 13, true, "events/e.html", "2019-03-04");
        var whole = new SegmentView("March 4, 2019", true, "events/e.html", "2019-03-04");
        range.ShouldBe(whole);
        range.GetHashCode().ShouldBe(whole.GetHashCode());
        ViewHash.Of(range).ShouldBe(ViewHash.Of(whole));
        range.ShouldNotBe(new SegmentView(Article, 15, 12, true, "events/e.html", "2019-03-04"));
        range.ShouldNotBe(new SegmentView("March 4, 2019", true, null, "2019-03-04"));
    }
}
