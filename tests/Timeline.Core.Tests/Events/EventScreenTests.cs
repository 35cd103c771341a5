using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;

namespace Timeline.Core.Tests.Events;

/// <summary>
/// An event's screen, made from its statements' merge screens, rules a pair of events out only when they share nothing that
/// links them, and rules most pairs out: what lets an incremental link of related events leave their statements unread.
/// </summary>
public sealed class EventScreenTests
{
    [Fact]
    public void MayShare_IsFalseOnlyForEventsThatShareNothing_AndForMostNeighbours()
    {
        var events = TimelineBuilder.Build(IncrementalMergeTests.Corpus.Value).Events;
        var summaries = events.Select(RelatedEvents.Summary.Of).ToArray();
        var screens = events.Select(e => EventScreen.Of(e.Mentions.Select(MergeScreen.Of))).ToArray();
        var neighbours = DateNeighbours.Of(events, e => e.When);
        int pairs = 0, ruledOut = 0, shared = 0;
        for (int k = 0; k < neighbours.Placed.Length; k++)
            for (int m = k + 1; m <= neighbours.Last[k]; m++)
            {
                var (i, j) = DateNeighbours.Ordered(neighbours.Placed[k], neighbours.Placed[m]);
                pairs++;
                bool share = RelatedEvents.Share(summaries[i], summaries[j]);
                bool may = EventScreen.MayShare(screens[i], screens[j]);
                if (share) shared++;
                if (!may) ruledOut++;
                if (share) may.ShouldBeTrue($"{events[i].Id} / {events[j].Id}");
            }

        shared.ShouldBeGreaterThan(20);
        ruledOut.ShouldBeGreaterThan(pairs / 2, $"{ruledOut} of {pairs} ruled out");
    }
}
