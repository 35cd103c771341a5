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
        var related = new SortedSet<string>?[events.Count];
        var summaries = new Summary?[events.Count];
        foreach (var (i, j) in DateNeighbours.Pairs(events, e => e.When))
        {
            var (a, b) = (events[i], events[j]);
            if (a.When.Start == b.When.Start && a.When.End == b.When.End) continue;
            if (!DateRelation.Contains(a.When, b.When) && !DateRelation.Contains(b.When, a.When)) continue;
            if (!Share(summaries[i] ??= Summary.Of(a), summaries[j] ??= Summary.Of(b))) continue;
            (related[i] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(b.Id);
            (related[j] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(a.Id);
        }
        return events.Select((e, i) => e with { Related = related[i] is { } r ? [.. r] : [] }).ToList();
    }

    /// <summary>
    /// True when some statement of one and some statement of the other are <see cref="Similarity.IsRelated"/>.
    /// A kind of happening shared by any two statements is a kind shared by the two events, so that
    /// is asked of the events' summaries; only two shared names need a pair of statements.
    /// </summary>
    internal static bool Share(Summary a, Summary b)
    {
        if ((a.KindMask & b.KindMask) != 0 && a.Kinds.Overlaps(b.Kinds)) return true;
        if ((a.HappeningMask & b.HappeningMask) != 0)
        {
            foreach (var x in a.Happenings)
                foreach (var y in b.Happenings)
                    if (x.Meets(y)) return true;
        }
        foreach (var x in a.Named)
            foreach (var y in b.Mentions)
                if (Similarity.MayMatch(x, y) && Similarity.Of(x, y).Names >= 2) return true;
        return false;
    }

    internal sealed record Summary(HashSet<string> Kinds, ulong KindMask, StemKey[] Happenings, ulong HappeningMask, StatementProfile[] Named, StatementProfile[] Mentions)
    {
        public static Summary Of(TimelineEvent e)
        {
            var profiles = e.Mentions.Select(m => m.Profile).ToArray();
            return new Summary(
                [.. profiles.SelectMany(p => p.HappeningKinds)],
                profiles.Aggregate(0UL, (mask, p) => mask | p.KindMask),
                [.. profiles.SelectMany(p => p.HappeningStems).DistinctBy(s => s.Text, StringComparer.Ordinal)],
                profiles.Aggregate(0UL, (mask, p) => mask | p.HappeningMask),
                // Two shared names need two names of the first statement's own.
                [.. profiles.Where(p => p.Names.Count >= 2)],
                profiles);
        }
    }
}
