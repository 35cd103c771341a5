using Shouldly;
using Timeline.Core.Events;
using Timeline.Site.Building;
using Xunit;
using static Timeline.Site.Tests.StateEvents;

namespace Timeline.Site.Tests;

public sealed class StateLinksTests
{
    private static SourceEntry Entry(string id, int[] starts, (int, int)[] links) => new(id, "key", new byte[32], starts, [], new byte[32], links);

    // What the state records without a last state: every claim of every event regrouped.
    private static (int DateStart, int Event)[] FromEveryClaim(TimelineData timeline, string id) =>
        new StateLinks(timeline, null, [(id, null)]).Of(id, null);

    [Fact]
    public void SourceTheChangesDoNotReach_KeepsItsLinks_RenumberedForAnEventAddedBeforeThem()
    {
        var a10 = Mention("a", 10);
        var b5 = Mention("b", 5);
        var e1 = Event("e1", a10);
        var e2 = Event("e2", b5);
        var last = new BuildState
        {
            Basis = "b", ListsDigest = "", EventsKey = "then", EventIds = ["e1", "e2"],
            Inputs = [],
        };
        var entryA = Entry("a", [10], [(10, 0)]);
        var entryB = Entry("b", [5], [(5, 1)]);
        var timeline = TimelineOf([Event("e0", Mention("c", 1)), e1, e2], new TimelineChanges("then", ["c"], [0], []));

        var links = new StateLinks(timeline, last, [("a", entryA), ("b", entryB), ("c", null)]);

        links.EventIds.ShouldBe(["e0", "e1", "e2"]);
        links.Of("a", entryA).ShouldBe(FromEveryClaim(timeline, "a"));
        links.Of("b", entryB).ShouldBe([(5, 2)]);
        links.Of("c", null).ShouldBe([(1, 0)]);
        // Only the changed source's links were worked out again.
        links.MadeAgain.ShouldBe(1);
    }

    [Fact]
    public void SourceWithARepeatedOffset_WhoseLinkedEventIsDropped_IsWorkedOutFromEveryClaim_SoTheClaimItHidIsItsLink()
    {
        // Two statements of a at offset 10: e1's claim was hidden by e2's, made later; e2 is made again without its statement.
        var first = Mention("a", 10);
        var b5 = Mention("b", 5);
        var e1 = Event("e1", first);
        var e3 = Event("e3", Mention("a", 20));
        var last = new BuildState { Basis = "b", ListsDigest = "", EventsKey = "then", EventIds = ["e1", "e2", "e3"] };
        var entryA = Entry("a", [10, 10, 20], [(10, 1), (20, 2)]);
        var entryB = Entry("b", [5], [(5, 1)]);
        var timeline = TimelineOf([e1, Event("e2", b5), e3], new TimelineChanges("then", [], [1], ["e2"]));

        var links = new StateLinks(timeline, last, [("a", entryA), ("b", entryB)]);

        links.Of("a", entryA).ShouldBe([(10, 0), (20, 2)]);
        links.Of("a", entryA).ShouldBe(FromEveryClaim(timeline, "a"));
        links.Of("b", entryB).ShouldBe([(5, 1)]);
    }

    [Fact]
    public void LastStateOfOtherEvents_IsNotUsed()
    {
        var entryA = Entry("a", [10], [(10, 0)]);
        var last = new BuildState { Basis = "b", ListsDigest = "", EventsKey = "other", EventIds = ["gone"] };
        var timeline = TimelineOf([Event("e1", Mention("a", 10))], new TimelineChanges("then", [], [], []));

        var links = new StateLinks(timeline, last, [("a", entryA)]);

        links.Of("a", entryA).ShouldBe([(10, 0)]);
        links.MadeAgain.ShouldBe(1);
    }
}
