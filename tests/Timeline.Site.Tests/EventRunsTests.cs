using Timeline.Core.Events;
using Timeline.Site.Changes;
using Timeline.Temporal;
using Piece = Timeline.Site.Changes.EventRuns.Piece;

namespace Timeline.Site.Tests;

/// <summary>
/// The pieces a data file's event items are written in from the last file (<see cref="EventRuns"/>): runs of the last file's items for
/// the events the changes do not list, broken where an item is left out or an event is made, the listed events made at their place.
/// </summary>
public sealed class EventRunsTests
{
    private static TimelineEvent Event(string id) => new() { Id = id, When = TimeValue.Year(2011), Headline = id, Mentions = [] };

    /// <summary>The last file's items: the shared entry, an event item per id, then a source's.</summary>
    private static OrderedItems Last(params string[] ids)
    {
        var items = new Dictionary<string, SplicedItem>(StringComparer.Ordinal) { ["c:"] = new(1u, 0, 0) };
        long at = 0;
        foreach (string id in ids)
        {
            items["e:" + id] = new(2u, at, 10);
            at += 12;
        }
        items["s:x"] = new(3u, at, 10);
        return OrderedItems.Of(items);
    }

    private static List<Piece>? Plan(OrderedItems last, string[] events, int[] touched, string[] dropped) =>
        EventRuns.Plan(last, 1, [.. events.Select(Event)], new TimelineChanges("key", [], touched, dropped));

    [Fact]
    public void NothingChanged_IsOneRunOfEveryItem()
    {
        Plan(Last("a", "b", "c"), ["a", "b", "c"], [], []).ShouldBe([Piece.Run(1, 4)]);
    }

    [Fact]
    public void EventsMadeAndDropped_BreakTheRuns_AndAreMadeAtTheirPlace()
    {
        // b is made again where it is; d is gone; "new" is added between c and e.
        var plan = Plan(Last("a", "b", "c", "d", "e"), ["a", "b", "c", "new", "e"], [1, 3], ["b", "d"]);

        plan.ShouldBe([Piece.Run(1, 2), Piece.Made(1), Piece.Run(3, 4), Piece.Made(3), Piece.Run(5, 6)]);
    }

    [Fact]
    public void FirstAndLastItemsMadeOrDropped_LeaveOneRunBetween()
    {
        Plan(Last("a", "b", "c", "d"), ["new", "b", "c", "last"], [0, 3], ["a", "d"]).ShouldBe([Piece.Made(0), Piece.Run(2, 4), Piece.Made(3)]);
        Plan(Last("a", "b", "c", "d"), ["b", "c"], [], ["a", "d"]).ShouldBe([Piece.Run(2, 4)]);
    }

    [Fact]
    public void EventNotInTheLastFile_AndNotMade_DoesNotBreakTheRun()
    {
        // A file that leaves out events without a date: u was not in it, and is not now.
        Plan(Last("a", "b"), ["a", "u", "b"], [], []).ShouldBe([Piece.Run(1, 3)]);
    }

    [Fact]
    public void LastFileWithAnItemNeitherCarriedNorDropped_IsNotPlanned()
    {
        Plan(Last("a", "b", "c"), ["a", "c"], [], []).ShouldBeNull();
        Plan(Last("a", "b"), ["a"], [], []).ShouldBeNull();
    }
}
