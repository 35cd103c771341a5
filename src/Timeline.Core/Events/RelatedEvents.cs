using System.Runtime.CompilerServices;
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
        // Day numbers once per event: comparing CalendarDates works them out on every comparison.
        var start = events.Select(e => e.When.Start?.DayNumber ?? 0).ToArray();
        var end = events.Select(e => e.When.End?.DayNumber ?? 0).ToArray();
        var neighbours = DateNeighbours.Of(events, e => e.When);
        // Summaries and the pairs that share are worked out in parallel (both pure); the links are added after, in one thread.
        Parallel.For(0, events.Count, i => summaries[i] = Summary.Of(events[i]));
        const int Slice = 1024;
        var shared = new List<(int, int)>[(neighbours.Placed.Length + Slice - 1) / Slice];
        Parallel.For(0, shared.Length, s =>
        {
            var found = shared[s] = [];
            // Only placed events can hold one another: two unplaced neighbours have the same (no) interval.
            for (int k = s * Slice; k < Math.Min(neighbours.Placed.Length, (s + 1) * Slice); k++)
                for (int m = k + 1; m <= neighbours.Last[k]; m++)
                {
                    var (i, j) = DateNeighbours.Ordered(neighbours.Placed[k], neighbours.Placed[m]);
                    if (start[i] == start[j] && end[i] == end[j]) continue;
                    bool contains = start[i] <= start[j] && end[j] <= end[i] || start[j] <= start[i] && end[i] <= end[j];
                    if (contains && Share(summaries[i]!, summaries[j]!)) found.Add((i, j));
                }
        });
        foreach (var (i, j) in shared.SelectMany(f => f))
        {
            (related[i] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(events[j].Id);
            (related[j] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(events[i].Id);
        }
        return events.Select((e, i) => e with { Related = related[i] is { } r ? [.. r] : [] }).ToList();
    }

    /// <summary>
    /// True when some statement of one and some statement of the other are <see cref="Similarity.IsRelated"/>.
    /// A kind of happening shared by any two statements is a kind shared by the two events, so that
    /// is asked of the events' summaries; only two shared names need a pair of statements.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool Share(Summary a, Summary b)
    {
        if ((a.KindMask & b.KindMask) != 0 && a.Kinds.Overlaps(b.Kinds)) return true;
        if ((a.HappeningMask & b.HappeningMask) != 0)
        {
            foreach (var x in a.Happenings)
                foreach (var y in b.Happenings)
                    if (x.Meets(y)) return true;
        }
        // Most events of one year tell other stories, with other names: no name of one ends like a name of the other.
        if (a.AnyEmptyName || b.Unnamed.Length > 0 || (a.NamedNameMask & b.NameUnion) != 0 && Overlap(a.NamedLastWords, b.ByLastWord))
        {
            foreach (var x in a.Named)
            {
                if ((x.NameMask & b.NameUnion) != 0 && TwoNamesShared(x, b)) return true;
            }
        }
        return false;
    }

    private static bool Overlap(HashSet<ulong> words, Dictionary<ulong, List<int>> index)
    {
        foreach (ulong w in words)
        {
            if (index.ContainsKey(w)) return true;
        }
        return false;
    }

    // Two of x's names must each match a name of one statement of b, and a match needs the same last
    // word's first letters: only statements found under two of x's names are compared in full.
    private static bool TwoNamesShared(StatementProfile x, Summary b)
    {
        if (x.NameStems.Any(n => n.Length == 0))
            return b.Mentions.Any(y => Similarity.Of(x, y).Names >= 2);
        // How many of x's names each statement of b was found under: one count per statement, on the stack when
        // there are few (this is asked for millions of pairs of events; a dictionary each time was most of what linking allocated).
        int n = b.Mentions.Length;
        Span<int> hits = n <= 256 ? stackalloc int[n] : new int[n];
        foreach (var name in x.NameStems)
        {
            b.ByLastWord.TryGetValue(name[^1].Prefix, out var under);
            if (under is null && b.Unnamed.Length == 0) continue;
            if (b.Unnamed.Length == 0)
            {
                // The list itself, not as an IEnumerable, whose enumerator would be boxed.
                foreach (int y in under!)
                    if (++hits[y] == 2 && Similarity.Of(x, b.Mentions[y]).Names >= 2) return true;
                continue;
            }
            foreach (int y in b.Unnamed.Union(under ?? []))
                if (++hits[y] == 2 && Similarity.Of(x, b.Mentions[y]).Names >= 2) return true;
        }
        return false;
    }

    internal sealed record Summary(
        HashSet<string> Kinds, ulong KindMask, StemKey[] Happenings, ulong HappeningMask, StatementProfile[] Named, ulong NameUnion,
        StatementProfile[] Mentions, Dictionary<ulong, List<int>> ByLastWord, int[] Unnamed)
    {
        /// <summary>The last words of the names of the statements with two names or more, by their first letters.</summary>
        public HashSet<ulong> NamedLastWords { get; } = [.. Named.SelectMany(p => p.NameStems).Where(n => n.Length > 0).Select(n => n[^1].Prefix)];

        public ulong NamedNameMask { get; } = Named.Aggregate(0UL, (mask, p) => mask | p.NameMask);

        public bool AnyEmptyName { get; } = Named.Any(p => p.NameStems.Any(n => n.Length == 0));

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
                profiles.Aggregate(0UL, (mask, p) => mask | p.NameMask),
                profiles,
                IndexByLastWord(profiles),
                // A statement with an empty name matches any name: it is a candidate under every one.
                [.. Enumerable.Range(0, profiles.Length).Where(i => profiles[i].NameStems.Any(n => n.Length == 0))]);
        }


        private static Dictionary<ulong, List<int>> IndexByLastWord(StatementProfile[] profiles)
        {
            var index = new Dictionary<ulong, List<int>>();
            for (int i = 0; i < profiles.Length; i++)
                foreach (var name in profiles[i].NameStems)
                {
                    if (name.Length == 0) continue;
                    if (!index.TryGetValue(name[^1].Prefix, out var list)) index[name[^1].Prefix] = list = [];
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            return index;
        }
    }
}
