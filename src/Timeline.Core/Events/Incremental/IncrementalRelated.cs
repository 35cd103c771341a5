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
    /// <param name="now">
    /// The new events in their final order, with their ids; those that are the last build's very objects (<paramref name="oldOf"/>,
    /// same id) still carry its links, the others none.
    /// </param>
    /// <param name="oldOf">For each new event, the index of the very same event in <paramref name="old"/>, or -1 for a new one.</param>
    /// <param name="old">The last build's events, with their links.</param>
    /// <remarks>
    /// Only the events whose links can change are made again: the new ones, the kept ones given their ids again, those linked
    /// to a gone or renamed event, and those with a pair looked at again that changed. Every other event is returned as given.
    /// A link joins two date neighbours, at most <see cref="DateNeighbours.MaxPerItem"/> places apart among the placed events
    /// (which come first, in order of start): so the events a link names are looked for that near.
    /// </remarks>
    /// <param name="screenOf">
    /// The screen of each new event (<see cref="EventScreen"/>), or null: a pair whose screens rule it out is not linked, and neither
    /// event's statements are read for it.
    /// </param>
    public static IReadOnlyList<TimelineEvent> Link(IReadOnlyList<TimelineEvent> now, int[] oldOf, IReadOnlyList<TimelineEvent> old, Func<int, EventScreen>? screenOf = null)
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
        var clean = new List<int>(now.Count);
        for (int i = 0; i < now.Count; i++)
            if (oldOf[i] >= 0) clean.Add(i);
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
        // The very same object has the same id: only an event given its id again is read for it.
        bool Renamed(int i) => oldOf[i] >= 0 && old[oldOf[i]] is var was && !ReferenceEquals(now[i], was) && now[i].Id != was.Id;

        // The links of the events made again: the last build's to events still there (under their new ids), then those added and removed.
        var related = new Dictionary<int, SortedSet<string>>();
        SortedSet<string> Links(int i)
        {
            if (related.TryGetValue(i, out var set)) return set;
            related[i] = set = new SortedSet<string>(StringComparer.Ordinal);
            if (fresh[i]) return set;
            int k = oldOf[i];
            foreach (string id in old[k].Related)
                if (OldNear(old, k, id) is int j && !Gone(j)) set.Add(now[newOf[j]].Id);
            return set;
        }
        void Add(int a, int b)
        {
            Links(a).Add(now[b].Id);
            Links(b).Add(now[a].Id);
        }
        void Remove(int a, int b)
        {
            Links(a).Remove(now[b].Id);
            Links(b).Remove(now[a].Id);
        }
        for (int i = 0; i < now.Count; i++)
        {
            if (fresh[i] || !ReferenceEquals(now[i], old[oldOf[i]])) Links(i);
            if (!Renamed(i)) continue;
            foreach (string id in old[oldOf[i]].Related)
                if (OldNear(old, oldOf[i], id) is int j && !Gone(j)) Links(newOf[j]);
        }
        for (int k = 0; k < old.Count; k++)
        {
            if (!Gone(k)) continue;
            foreach (string id in old[k].Related)
                if (OldNear(old, k, id) is int j && !Gone(j)) Links(newOf[j]);
        }

        var summaries = new Dictionary<int, RelatedEvents.Summary>();
        var screens = new Dictionary<int, EventScreen>();
        EventScreen Screen(int i)
        {
            if (!screens.TryGetValue(i, out var screen)) screens[i] = screen = screenOf!(i);
            return screen;
        }
        bool Linked(int a, int b)
        {
            var (x, y) = (now[a].When, now[b].When);
            long sx = x.Start?.DayNumber ?? 0, ex = x.End?.DayNumber ?? 0, sy = y.Start?.DayNumber ?? 0, ey = y.End?.DayNumber ?? 0;
            if (sx == sy && ex == ey) return false;
            bool contains = sx <= sy && ey <= ex || sy <= sx && ex <= ey;
            if (!contains) return false;
            if (screenOf is not null && !(a < b ? EventScreen.MayShare(Screen(a), Screen(b)) : EventScreen.MayShare(Screen(b), Screen(a)))) return false;
            if (!summaries.TryGetValue(a, out var sa)) summaries[a] = sa = RelatedEvents.Summary.Of(now[a]);
            if (!summaries.TryGetValue(b, out var sb)) summaries[b] = sb = RelatedEvents.Summary.Of(now[b]);
            return a < b ? RelatedEvents.Share(sa, sb) : RelatedEvents.Share(sb, sa);
        }

        var neighbours = Windows.Of(now);
        var before = Windows.Of(old);
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
        var result = new TimelineEvent[now.Count];
        for (int i = 0; i < now.Count; i++) result[i] = now[i];
        foreach (var (i, r) in related) result[i] = now[i] with { Related = r.Count > 0 ? [.. r] : [] };
        return result;
    }

    // The index of the last build's event with this id, looked for among those a link from event k can reach.
    private static int? OldNear(IReadOnlyList<TimelineEvent> old, int k, string id)
    {
        for (int j = Math.Max(0, k - DateNeighbours.MaxPerItem - 1); j <= Math.Min(old.Count - 1, k + DateNeighbours.MaxPerItem + 1); j++)
            if (old[j].Id == id) return j;
        return null;
    }

    /// <summary>
    /// The placed events' date windows, as <see cref="RelatedEvents.Link"/> scans them (only placed events can hold one another).
    /// Events in timeline order have the placed ones first, by start: the order <see cref="DateNeighbours"/> sorts them into.
    /// Each window is worked out when first asked for (as <see cref="DateNeighbours.LastOf"/> would, by a binary search over the
    /// starts, which ascend): a link asks for the windows near a few events, and no other event's date is read.
    /// </summary>
    private sealed class Windows
    {
        private readonly IReadOnlyList<TimelineEvent> _events;
        private readonly int _placed;
        private readonly Dictionary<int, int> _last = [];

        private Windows(IReadOnlyList<TimelineEvent> events, int placed) => (_events, _placed) = (events, placed);

        public static Windows Of(IReadOnlyList<TimelineEvent> events)
        {
            // The placed events come first: the first one not placed, by binary search.
            int lo = 0, hi = events.Count;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (events[mid].When.IsResolved) lo = mid + 1;
                else hi = mid;
            }
            return new Windows(events, lo);
        }

        private bool Placed(int i) => i < _placed;

        private long Start(int k) => _events[k].When.Start!.Value.DayNumber;

        // The last event of k's window: the last at most MaxPerItem places after k that starts no later than k's reach.
        private int Last(int k)
        {
            if (_last.TryGetValue(k, out int last)) return last;
            var when = _events[k].When;
            long start = when.Start!.Value.DayNumber, end = when.End!.Value.DayNumber;
            long reach = end + (end - start);
            int lo = k, hi = Math.Min(_placed - 1, k + DateNeighbours.MaxPerItem);
            while (lo < hi)
            {
                int mid = lo + (hi - lo + 1) / 2;
                if (Start(mid) <= reach) lo = mid;
                else hi = mid - 1;
            }
            _last[k] = lo;
            return lo;
        }

        public IEnumerable<int> Forward(int k)
        {
            if (!Placed(k)) yield break;
            int last = Last(k);
            for (int m = k + 1; m <= last; m++) yield return m;
        }

        public IEnumerable<int> Before(int k)
        {
            if (!Placed(k)) yield break;
            for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem - 1); m < k; m++)
                if (Last(m) >= k - 1) yield return m;
        }

        public IEnumerable<int> Partners(int k)
        {
            if (!Placed(k)) yield break;
            foreach (int j in Forward(k)) yield return j;
            for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem); m < k; m++)
                if (Last(m) >= k) yield return m;
        }
    }
}
