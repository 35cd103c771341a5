using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Tests.Events;

namespace Timeline.Core.Tests.Overrides;

/// <summary>Editorial overrides in timeline.yml, applied after extraction.</summary>
public sealed class OverrideTests
{
    private static readonly Timeline.Core.Sources.SourceDocument[] Articles =
    [
        Timelines.Article("a", "The armistice at Panmunjom was signed on July 27, 1953. The war in Korea began in 1950."),
        Timelines.Article("b", "The museum in Seoul opened in 1994. A memorial in Busan opened in 1994 as well."),
    ];

    private static readonly TimelineData Plain = Timelines.Build(Articles);

    private static string IdOf(string dateText) => Plain.Single(dateText).Id;

    private static (TimelineData Timeline, List<string> Problems) Run(string yaml)
    {
        var config = ConfigLoader.Parse(yaml, "timeline.yml");
        var result = Timelines.Run(config, Articles);
        return (result.Timeline, result.Problems.Select(p => p.ToString()).ToList());
    }

    [Fact]
    public void Override_HideRemovesTheEvent()
    {
        var (timeline, problems) = Run($"overrides:\n  - event: {IdOf("1950")}\n    hide: true\n");
        problems.ShouldBeEmpty();
        timeline.Events.ShouldNotContain(e => e.When.Timex == "1950");
    }

    [Fact]
    public void Override_HeadlineAndDateAreRewrittenAndTheIdKept()
    {
        string id = IdOf("1950");
        var (timeline, problems) = Run($"overrides:\n  - event: {id}\n    headline: North Korea invades the South\n    date: 1950-06-25\n");
        problems.ShouldBeEmpty();
        var e = timeline.Events.Single(x => x.Id == id);
        e.Headline.ShouldBe("North Korea invades the South");
        e.When.Timex.ShouldBe("1950-06-25");
        e.IsEdited.ShouldBeTrue();
    }

    [Fact]
    public void Override_MergeJoinsTwoEventsUnderTheFirstId()
    {
        var museums = Plain.Events.Where(e => e.When.Timex == "1994").Select(e => e.Id).ToList();
        museums.Count.ShouldBe(2);
        var (timeline, problems) = Run($"overrides:\n  - merge: [{museums[0]}, {museums[1]}]\n    headline: Seoul and Busan open memorials\n");
        problems.ShouldBeEmpty();
        var merged = timeline.Events.Single(e => e.When.Timex == "1994");
        merged.Id.ShouldBe(museums[0]);
        merged.Mentions.Count.ShouldBe(2);
        merged.Headline.ShouldBe("Seoul and Busan open memorials");
    }

    [Fact]
    public void Override_SplitMovesTheNamedReportsToANewEvent()
    {
        var merged = Timelines.Build(
            Timelines.Article("a", "The armistice at Panmunjom was signed on July 27, 1953."),
            Timelines.Article("b", "Veterans met at Panmunjom, where the armistice was agreed in 1953."));
        var e = merged.Events.ShouldHaveSingleItem();
        string passage = e.Mentions.Single(m => m.SourceId == "b").Passage;
        var config = ConfigLoader.Parse($"overrides:\n  - split: {e.Id}\n    mentions: [b#{passage}]\n    headline: Veterans remember\n", "timeline.yml");
        var result = Timelines.Run(config,
            Timelines.Article("a", "The armistice at Panmunjom was signed on July 27, 1953."),
            Timelines.Article("b", "Veterans met at Panmunjom, where the armistice was agreed in 1953."));
        result.Problems.ShouldBeEmpty();
        result.Timeline.Events.Count.ShouldBe(2);
        result.Timeline.Events.ShouldContain(x => x.Id == e.Id && x.Mentions.Count == 1);
        result.Timeline.Events.ShouldContain(x => x.Headline == "Veterans remember" && x.When.Timex == "1953");
    }

    [Fact]
    public void Override_AddCreatesAManualEventWithItsOwnSource()
    {
        var (timeline, problems) = Run(
            "overrides:\n  - add:\n      date: 1950-06-25\n      headline: North Korean troops cross the 38th parallel\n" +
            "      url: https://example.org/korea\n      quote: At dawn on 25 June 1950 troops crossed the parallel.\n");
        problems.ShouldBeEmpty();
        var added = timeline.Events.Single(e => e.IsManual);
        added.When.Timex.ShouldBe("1950-06-25");
        added.Mentions.Single().Url.ShouldBe("https://example.org/korea");
        timeline.Documents.ShouldContain(d => d.Source.Id == added.Mentions[0].SourceId && d.Source.Url == "https://example.org/korea");
        timeline.Events.Select(e => e.When.Timex).ShouldBe(timeline.Events.Order(EventOrder.Instance).Select(e => e.When.Timex));
    }

    [Fact]
    public void Override_WhoseTargetNoLongerExists_IsReportedNotDropped()
    {
        var (timeline, problems) = Run("overrides:\n  - event: 1950-the-war-that-was-renamed\n    hide: true\n  - merge: [nope, " + IdOf("1950") + "]\n");
        problems.Count.ShouldBe(2);
        problems[0].ShouldContain("override 1");
        problems[0].ShouldContain("1950-the-war-that-was-renamed");
        problems[1].ShouldContain("override 2");
        timeline.Events.Count.ShouldBe(Plain.Events.Count);
    }

    [Fact]
    public void Override_WithABadDateOrNoTarget_IsReported()
    {
        var (_, problems) = Run($"overrides:\n  - event: {IdOf("1950")}\n    date: June 1950\n  - hide: true\n");
        problems.Count.ShouldBe(2);
        problems[0].ShouldContain("is not a date");
        problems[1].ShouldContain("exactly one");
    }
}
