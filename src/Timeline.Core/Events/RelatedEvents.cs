using Timeline.Core.Events.Terms;

namespace Timeline.Core.Events;

/// <summary>
/// Links events that belong together without being one: one's date lies inside the other's and
/// their statements share a kind of happening or two names (a reception on the second day of a visit).
/// </summary>
internal static class RelatedEvents
{
    public static IReadOnlyList<TimelineEvent> Link(IReadOnlyList<TimelineEvent> events)
    {
        var related = events.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var (i, j) in DateNeighbours.Pairs(events, e => e.When))
            {
                var (a, b) = (events[i], events[j]);
                if (a.When.Start == b.When.Start && a.When.End == b.When.End) continue;
                if (!DateRelation.Contains(a.When, b.When) && !DateRelation.Contains(b.When, a.When)) continue;
                if (!Share(a, b)) continue;
                related[i].Add(b.Id);
                related[j].Add(a.Id);
            }
        return events.Select((e, i) => e with { Related = [.. related[i]] }).ToList();
    }

    private static bool Share(TimelineEvent a, TimelineEvent b) =>
        a.Mentions.Any(x => b.Mentions.Any(y => Similarity.Of(x.Profile!, y.Profile!).IsRelated));
}
