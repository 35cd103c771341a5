namespace Timeline.Core.Events.Incremental;

/// <summary>
/// <see cref="RelatedEvents.Link"/> of a timeline in which a few events are new or gone, from the links of the last one:
/// only pairs with a new event, and pairs of unchanged events that a new or gone event moved into or out of each
/// other's date window (<see cref="DateNeighbours.MaxPerItem"/>), are looked at again.
/// </summary>
/// <remarks>
/// Whether two events are linked depends only on the two (their dates, their statements) and on whether they are date
/// neighbours. Unchanged events keep their dates and statements, so a pair of them changes only when its neighbourhood
/// does, and that can only happen within one window of a place where an event came or went, as in
/// <see cref="IncrementalMerge"/>. Two unchanged events that tie in <see cref="EventOrder"/> but for their ids may change
/// places when one's id does (an event that comes to share its slug gives both a suffix): those out of order keep their
/// links, and their windows, and those that could reach where they stand, are compared again (as sets: a window's kept
/// events need not keep their order).
/// </remarks>
internal static class IncrementalRelated
{
    /// <param name="now">The new events in their final order, with their ids and no links.</param>
    /// <param name="oldOf">For each new event, the index of the very same event in <paramref name="old"/>, or -1 for a new one.</param>
    /// <param name="old">The last build's events, with their links.</param>
    public static IReadOnlyList<TimelineEvent> Link(IReadOnlyList<TimelineEvent> now, int[] oldOf, IReadOnlyList<TimelineEvent> old)
    {
        var newOf = new int[old.Count];
        Array.Fill(newOf, -1);
        for (int i = 0; i < now.Count; i++)
            if (oldOf[i] >= 0) newOf[oldOf[i]] = i;
        var fresh = new bool[now.Count];
        for (int i = 0; i < now.Count; i++) fresh[i] = oldOf[i] < 0;
        // Events that tie in EventOrder but for their ids change places when an id changes (an event added with the same
        // slug gives both a suffix). Such an event keeps its links, but where it stood counts as a place where an event
        // came or went, and its own window is looked at again.
        var moved = new bool[now.Count];
        var clean = Enumerable.Range(0, now.Count).Where(i => oldOf[i] >= 0).ToList();
        var laterMin = new int[clean.Count + 1];
        laterMin[clean.Count] = int.MaxValue;
        for (int c = clean.Count - 1; c >= 0; c--) laterMin[c] = Math.Min(laterMin[c + 1], oldOf[clean[c]]);
        int earlierMax = -1;
        for (int c = 0; c < clean.Count; c++)
        {
            int o = oldOf[clean[c]];
            if (o < earlierMax || o > laterMin[c + 1]) moved[clean[c]] = true;
            earlierMax = Math.Max(earlierMax, o);
        }
        bool Gone(int k) => newOf[k] < 0;
        var oldIndex = new Dictionary<string, int>(old.Count, StringComparer.Ordinal);
        for (int k = 0; k < old.Count; k++) oldIndex[old[k].Id] = k;

        var related = new SortedSet<string>?[now.Count];
        void Add(int a, int b)
        {
            (related[a] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(now[b].Id);
            (related[b] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(now[a].Id);
        }
        void Remove(int a, int b)
        {
            related[a]?.Remove(now[b].Id);
            related[b]?.Remove(now[a].Id);
        }
        // The last build's links between events that are still there, under their new ids.
        for (int i = 0; i < now.Count; i++)
        {
            if (fresh[i]) continue;
            foreach (string id in old[oldOf[i]].Related)
                if (oldIndex.TryGetValue(id, out int k) && !Gone(k)) (related[i] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(now[newOf[k]].Id);
        }

        var summaries = new Dictionary<int, RelatedEvents.Summary>();
        bool Linked(int a, int b)
        {
            var (x, y) = (now[a].When, now[b].When);
            long sx = x.Start?.DayNumber ?? 0, ex = x.End?.DayNumber ?? 0, sy = y.Start?.DayNumber ?? 0, ey = y.End?.DayNumber ?? 0;
            if (sx == sy && ex == ey) return false;
            bool contains = sx <= sy && ey <= ex || sy <= sx && ex <= ey;
            if (!contains) return false;
            if (!summaries.TryGetValue(a, out var sa)) summaries[a] = sa = RelatedEvents.Summary.Of(now[a]);
            if (!summaries.TryGetValue(b, out var sb)) summaries[b] = sb = RelatedEvents.Summary.Of(now[b]);
            return a < b ? RelatedEvents.Share(sa, sb) : RelatedEvents.Share(sb, sa);
        }

        var neighbours = new Windows(DateNeighbours.Of(now, e => e.When), now.Count);
        var before = new Windows(DateNeighbours.Of(old, e => e.When), old.Count);
        // Pairs with a new event.
        for (int i = 0; i < now.Count; i++)
        {
            if (!fresh[i]) continue;
            foreach (int j in neighbours.Partners(i))
                if ((!fresh[j] || j > i) && Linked(i, j)) Add(i, j);
        }
        // Pairs of kept events whose windows a new, gone or moved event may have changed: the moved ones, and those whose
        // window could reach the place of one. Two kept events that changed places tie, so have the same dates and are
        // never linked: a pair of kept events is linked in either timeline only through the window of the earlier one.
        var again = new bool[now.Count];
        for (int i = 0; i < now.Count; i++)
        {
            if (!fresh[i] && !moved[i]) continue;
            if (moved[i]) again[i] = true;
            foreach (int j in neighbours.Before(i))
                if (!fresh[j]) again[j] = true;
        }
        for (int k = 0; k < old.Count; k++)
            if (Gone(k) || moved[newOf[k]])
                foreach (int j in before.Before(k))
                    if (!Gone(j)) again[newOf[j]] = true;
        // Which kept events a window held before, marked with the number of the event looked at (no set per window).
        var mark = new int[now.Count];
        var was = new List<int>(DateNeighbours.MaxPerItem);
        for (int x = 0; x < now.Count; x++)
        {
            if (!again[x]) continue;
            was.Clear();
            foreach (int k in before.Forward(oldOf[x]))
                if (!Gone(k))
                {
                    was.Add(newOf[k]);
                    mark[newOf[k]] = x + 1;
                }
            int same = 0;
            foreach (int y in neighbours.Forward(x))
            {
                if (fresh[y]) continue;
                if (mark[y] == x + 1)
                {
                    mark[y] = -(x + 1);
                    same++;
                }
                else if (Linked(x, y)) Add(x, y);
            }
            if (same == was.Count) continue;
            foreach (int y in was)
                if (mark[y] == x + 1) Remove(x, y);
        }
        return [.. now.Select((e, i) => e with { Related = related[i] is { Count: > 0 } r ? [.. r] : [] })];
    }

    /// <summary>The placed events' date windows, as <see cref="RelatedEvents.Link"/> scans them (only placed events can hold one another).</summary>
    private sealed class Windows
    {
        private readonly DateNeighbours _neighbours;
        private readonly int[] _at;

        public Windows(DateNeighbours neighbours, int count)
        {
            _neighbours = neighbours;
            _at = new int[count];
            Array.Fill(_at, -1);
            for (int k = 0; k < neighbours.Placed.Length; k++) _at[neighbours.Placed[k]] = k;
        }

        public IEnumerable<int> Forward(int i)
        {
            if (_at[i] is not (int k and >= 0)) yield break;
            for (int m = k + 1; m <= _neighbours.Last[k]; m++) yield return _neighbours.Placed[m];
        }

        public IEnumerable<int> Before(int i)
        {
            if (_at[i] is not (int k and >= 0)) yield break;
            for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem - 1); m < k; m++)
                if (_neighbours.Last[m] >= k - 1) yield return _neighbours.Placed[m];
        }

        public IEnumerable<int> Partners(int i)
        {
            if (_at[i] is not (int k and >= 0)) yield break;
            foreach (int j in Forward(i)) yield return j;
            for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem); m < k; m++)
                if (_neighbours.Last[m] >= k) yield return _neighbours.Placed[m];
        }
    }
}
