using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>The seed articles' timeline as data: which events, in which order, with which dates and sources.</summary>
public sealed class SeedTimelineDataTests
{
    private const string First = "russia-china-delegations-pyongyang-victory-day";
    private const string Second = "dprk-victory-day-what-is-new";

    private static readonly TimelineData Seeds =
        new TimelinePipeline(EnglishRecognizer.Instance).Run(RepoPaths.Seeds, ConfigLoader.LoadFromFolder(RepoPaths.Seeds)).Timeline;

    private static int Find(string timex, string headlineWord, string sources)
    {
        var events = Seeds.Events.ToList();
        int index = events.FindIndex(e => e.When.Timex == timex
            && e.Headline.Contains(headlineWord, StringComparison.OrdinalIgnoreCase)
            && e.Sources() == sources);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{timex} '{headlineWord}' from {sources}; have:\n{Table()}");
        return index;
    }

    private static string Table() => string.Join("\n", Seeds.Events.Select(e => $"{e.When.Timex} | {e.Headline} | {e.Sources()}"));

    [Fact]
    public void Seeds_HaveTheKeyEventsInOrderWithTheirDatesAndSources()
    {
        string both = string.Join(",", new[] { First, Second }.Order(StringComparer.Ordinal));
        int[] order =
        [
            Find("1950", "war", First),
            Find("1951", "Refugee Convention", Second),
            Find("1953-07-27", "armistice", both),
            Find("1967", "Protocol", Second),
            Find("1986", "border protocol", Second),
            Find("2022-02", "invasion", both),
            Find("2023-06", "mutiny", First),
            Find("2023-07-25/2023-07-27", "Delegations", both),
        ];
        order.ShouldBe(order.Order().ToArray(), Table());
    }

    [Fact]
    public void Seeds_TheInvasionIsOneEventFromThreeStatements()
    {
        var invasion = Seeds.Events.Single(e => e.When.Timex == "2022-02");
        invasion.Mentions.Select(m => m.DateText).Order().ShouldBe(["February 2022", "last year", "last year"]);
        invasion.Mentions.ShouldContain(m => m.Quote.Contains("when the war broke out last year"));
    }

    [Fact]
    public void Seeds_TheVisitClusterShowsItsParts()
    {
        var visit = Seeds.Events.Single(e => e.When.Timex == "2023-07-25/2023-07-27");
        visit.Mentions.Select(m => m.DateText).Order().ShouldBe(["from the 25th to the 27th of July", "this week"]);
        var wednesdays = Seeds.Events.Where(e => e.When.Timex == "2023-07-26").ToList();
        wednesdays.Count.ShouldBe(2);
        wednesdays.ShouldAllBe(e => e.Related.Contains(visit.Id));
        visit.Related.Order().ShouldBe(wednesdays.Select(e => e.Id).Order());
    }

    [Fact]
    public void Seeds_NoEventComesFromBoilerplateDatelineDurationsOrNames()
    {
        var texts = Seeds.Events.SelectMany(e => e.Mentions).Select(m => m.DateText).ToList();
        texts.ShouldNotContain("2020");
        texts.ShouldNotContain("today");
        texts.ShouldNotContain("July 28");
        texts.ShouldNotContain("four decades");
        texts.ShouldNotContain("the decades");
        texts.ShouldNotContain("seven decades ago");
        Seeds.Events.ShouldNotContain(e => e.Mentions.Any(m => m.Quote.Contains("founded in 2020")));
        Seeds.Events.SelectMany(e => e.Mentions).ShouldNotContain(m => m.DateText.Contains("18th") || m.DateText.Contains("2023") && m.Quote.Contains("Interaction-2023"));
        Seeds.Events.ShouldNotContain(e => e.When.Timex == "1953" && e.When.Modifier == TimeModifier.Approximate);
    }

    [Fact]
    public void Seeds_TheUndatedArticleIsInferredAs2023WithEvidence()
    {
        var source = Seeds.Documents.Single(d => d.Source.Id == Second).Source;
        source.PublishedBasis.ShouldBe(Timeline.Core.Sources.DateBasis.Inferred);
        source.Published!.Value.Year.ShouldBe(2023);
        source.Published.Value.Month.ShouldBeInRange(7, 8);
        source.PublishedEvidence.ShouldNotBeNull();
        source.PublishedEvidence.ShouldContain("70th anniversary");
        Seeds.Single("from the 25th to the 27th of July").Mentions
            .Single(m => m.DateText == "from the 25th to the 27th of July").Value.Timex.ShouldBe("2023-07-25/2023-07-27");
    }

    [Fact]
    public void Seeds_HeadlinesAreShortAndFreeOfAttribution()
    {
        foreach (var e in Seeds.Events)
        {
            e.Headline.TrimEnd('…').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(Headline.MaxWords, e.Headline);
            e.Headline.ShouldNotContain("CNN");
            e.Headline.ShouldNotStartWith("According");
            e.Headline.ShouldNotStartWith("However");
            e.Headline.ShouldNotStartWith("Meanwhile");
        }
    }
}
