using Shouldly;
using Timeline.Core.Events;
using Timeline.Site.Building;
using Timeline.Temporal;
using Xunit;

namespace Timeline.Site.Tests;

public sealed class PositionStartsTests
{
    private static EventMention Mention(string source, int start) => new()
    {
        SourceId = source, Passage = $"p{start}", Quote = $"q{start}", QuoteStart = start, DateText = "2011", DateStart = start, Value = TimeValue.Year(2011),
    };

    // An id told apart by the position of its first mention, as EventIds makes one.
    private static string Suffixed(string slug, string source, int start) => slug + EventIds.PositionSuffix(source, start);

    private static TimelineEvent Event(string id, params EventMention[] mentions) => new() { Id = id, When = TimeValue.Year(2011), Headline = id, Mentions = mentions };

    private static TimelineData Timeline(IReadOnlyList<TimelineEvent> events, TimelineChanges? changes) => new([], events) { EventsKey = "now", Changes = changes };

    private static SourceEntry Entry(string id, int[] positionStarts) => new(id, "key", new byte[32], [], positionStarts, new byte[32], []);

    private static readonly BuildState Last = new() { Basis = "b", ListsDigest = "", EventsKey = "then", EventIds = [], Inputs = [] };

    [Fact]
    public void SourceTheChangesDoNotReach_HasTheStartsTheLastStateRecorded_AndWithoutChangesTheEventsGive()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event("2011-other", Mention("b", 5)) };
        // A start no event gives: only the recorded entry can hold it.
        var recorded = Entry("a", [77]);

        new PositionStarts(Timeline(events, new TimelineChanges("then", ["b"], [1], [])), Last, [recorded]).Of("a").ShouldBe([77]);
        new PositionStarts(Timeline(events, null), Last, [recorded]).Of("a").ShouldBe([10]);
        new PositionStarts(Timeline(events, new TimelineChanges("other", ["b"], [1], [])), Last, [recorded]).Of("a").ShouldBe([10]);
    }

    [Fact]
    public void SourceCitedFirstByAnEventMadeAgain_IsWorkedOutFromTheEvents()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event(Suffixed("2011-more", "a", 20), Mention("a", 20)) };

        new PositionStarts(Timeline(events, new TimelineChanges("then", [], [1], [])), Last, [Entry("a", [10])]).Of("a").ShouldBe([10, 20]);
    }

    [Fact]
    public void SourceOneOfWhosePositionsToldADroppedEventApart_IsWorkedOutFromTheEvents()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event("2011-other", Mention("b", 5)) };
        var changes = new TimelineChanges("then", [], [], [Suffixed("2011-gone", "a", 20)]);

        new PositionStarts(Timeline(events, changes), Last, [Entry("a", [10, 20]), Entry("b", [])]).Of("a").ShouldBe([10]);
    }
}
