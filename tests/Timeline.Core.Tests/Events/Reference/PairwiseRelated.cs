using Timeline.Core.Events;

namespace Timeline.Core.Tests.Events.Reference;

/// <summary>Related links as first written: every statement of one event against every statement of the other.</summary>
internal static class PairwiseRelated
{
    public static IReadOnlyList<TimelineEvent> Link(IReadOnlyList<TimelineEvent> events)
    {
        var related = events.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var (i, j) in PairwiseMerger.Pairs(events, e => e.When))
        {
            var (a, b) = (events[i], events[j]);
            if (a.When.Start == b.When.Start && a.When.End == b.When.End) continue;
            if (!DateRelation.Contains(a.When, b.When) && !DateRelation.Contains(b.When, a.When)) continue;
            if (!a.Mentions.Any(x => b.Mentions.Any(y => PairwiseSimilarity.Of(x.Profile, y.Profile).IsRelated))) continue;
            related[i].Add(b.Id);
            related[j].Add(a.Id);
        }
        return events.Select((e, i) => e with { Related = [.. related[i]] }).ToList();
    }
}
