using Shouldly;
using Timeline.Core.Events;
using Timeline.Site.Building;
using Xunit;
using static Timeline.Site.Tests.StateEvents;

namespace Timeline.Site.Tests;

public sealed class PositionStartsTests
{
    // An id told apart by the position of its first mention, as EventIds makes one.
    private static string Suffixed(string slug, string source, int start) => slug + EventIds.PositionSuffix(source, start);

    private static SourceEntry Entry(string id, int[] positionStarts) => new(id, "key", new byte[32], [], positionStarts, new byte[32], []);

    private static readonly BuildState Last = new() { Basis = "b", ListsDigest = "", EventsKey = "then", EventIds = [], Inputs = [] };

    [Fact]
    public void SourceTheChangesDoNotReach_HasTheStartsTheLastStateRecorded_AndWithoutChangesTheEventsGive()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event("2011-other", Mention("b", 5)) };
        // A start no event gives: only the recorded entry can hold it.
        var recorded = Entry("a", [77]);

        new PositionStarts(TimelineOf(events, new TimelineChanges("then", ["b"], [1], [])), Last, [recorded]).Of("a").ShouldBe([77]);
        new PositionStarts(TimelineOf(events, null), Last, [recorded]).Of("a").ShouldBe([10]);
        new PositionStarts(TimelineOf(events, new TimelineChanges("other", ["b"], [1], [])), Last, [recorded]).Of("a").ShouldBe([10]);
    }

    [Fact]
    public void SourceCitedFirstByAnEventMadeAgain_IsWorkedOutFromTheEvents()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event(Suffixed("2011-more", "a", 20), Mention("a", 20)) };

        new PositionStarts(TimelineOf(events, new TimelineChanges("then", [], [1], [])), Last, [Entry("a", [10])]).Of("a").ShouldBe([10, 20]);
    }

    [Fact]
    public void SourceOneOfWhosePositionsToldADroppedEventApart_IsWorkedOutFromTheEvents()
    {
        var events = new[] { Event(Suffixed("2011-talks", "a", 10), Mention("a", 10)), Event("2011-other", Mention("b", 5)) };
        var changes = new TimelineChanges("then", [], [], [Suffixed("2011-gone", "a", 20)]);

        new PositionStarts(TimelineOf(events, changes), Last, [Entry("a", [10, 20]), Entry("b", [])]).Of("a").ShouldBe([10]);
    }
}
