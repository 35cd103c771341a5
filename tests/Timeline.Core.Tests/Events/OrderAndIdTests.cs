using Timeline.Core.Events;

namespace Timeline.Core.Tests.Events;

public sealed class OrderAndIdTests
{
    private static readonly string ArticleA = "The armistice at Panmunjom was signed on July 27, 1953. The war in Korea began in 1950.";
    private static readonly string ArticleB = "By 1953 the front had frozen. The museum in Seoul opened in 1994.";

    [Fact]
    public void Order_ACoarserDateComesBeforeAFinerOneStartingTheSameDay()
    {
        var timeline = Timelines.Build(Timelines.Article("a", "A strike in Busan began on January 1, 1953. Prices rose across Korea during 1953."));
        timeline.Events.Select(e => e.When.Timex).ShouldBe(["1953", "1953-01-01"]);
    }

    [Fact]
    public void Ids_DoNotChangeWhenAnArticleIsAddedOrAFileRenamed()
    {
        var before = Timelines.Build(Timelines.Article("a", ArticleA));
        var after = Timelines.Build(Timelines.Article("renamed", ArticleA), Timelines.Article("b", ArticleB));

        foreach (var e in before.Events)
            after.Events.ShouldContain(x => x.Id == e.Id, e.Id);
    }

    [Fact]
    public void Order_DoesNotDependOnInputOrder()
    {
        var one = Timelines.Build(Timelines.Article("a", ArticleA), Timelines.Article("b", ArticleB));
        var two = Timelines.Build(Timelines.Article("b", ArticleB), Timelines.Article("a", ArticleA));
        two.Events.Select(e => e.Id).ShouldBe(one.Events.Select(e => e.Id));
    }

    [Fact]
    public void Ids_AreSlugsOfDateAndHeadline_AndUniqueEvenWhenThoseRepeat()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "Talks in Geneva resumed in 1954."),
            Timelines.Article("b", "Talks in Hanoi resumed in 1954. Nothing else."));
        timeline.Events.Select(e => e.Id).Distinct().Count().ShouldBe(timeline.Events.Count);
        timeline.Events.ShouldAllBe(e => e.Id.StartsWith("1954-talks-in-"));
        EventIds.BaseOf(timeline.Events[0]).ShouldBe(timeline.Events[0].Id);
    }
}
