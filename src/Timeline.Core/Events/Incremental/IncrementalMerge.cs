namespace Timeline.Core.Events.Incremental;

/// <summary>
/// The events of <see cref="TimelineBuilder.Build"/> on new statements, from the last build's events, when the
/// statements of a few sources changed: only the part of the timeline those sources' statements (old and new)
/// can reach is merged again; every other event is kept.
/// </summary>
/// <remarks>
/// <para>Why this equals the full merge. Call an edge a pair of date neighbours (<see cref="DateNeighbours"/>) that
/// merging can join (<see cref="EventMerger.MayJoin"/>). Each merging step only joins the two ends of an edge, and
/// whether it succeeds reads only those two groups; the order of the steps depends on the pairs' scores and extents
/// and on the canonical order of the statements, which a subset keeps (a subset of a sorted list is sorted). So the
/// groups of a connected part of the edges depend on that part alone. Whether two statements form an edge depends only
/// on them, except that a statement has at most <see cref="DateNeighbours.MaxPerItem"/> neighbours: an insertion or
/// removal between two statements can push one out of the other's window, or let it in.</para>
/// <para>So the region merged again is the closure, under the edges of the new statements and those of the old
/// statements among the unchanged ones, of: the changed sources' new statements, the unchanged statements an old
/// statement of theirs had an edge to, and both ends of every edge that a window shifted. Outside the region every
/// connected part is one of the last build's with the same edges, so its groups, and the events made of them, are the
/// last build's. The region is merged with the neighbour pairs of the whole new timeline. Ids depend on all events (a
/// slug shared), so <see cref="EventIds.Assign"/> is run on all of them, given in the order the full merge gives its
/// groups: that order decides ties in <see cref="EventOrder"/>. Related links are worked out again only where a new or
/// gone event can change them (<see cref="IncrementalRelated"/>).</para>
/// </remarks>
internal static class IncrementalMerge
{
    /// <summary>
    /// The finished events of <paramref name="newStatements"/>, or null when the change reaches too much of the
    /// timeline to be worth it (<paramref name="reason"/> says why). The statements of sources other than
    /// <paramref name="changedSources"/> must be the very same objects in both lists, in the same order, and the
    /// lists in the order <see cref="TimelineBuilder.Build"/> reads them (by source id, then each source's order).
    /// </summary>
    public static IReadOnlyList<TimelineEvent>? Merge(
        IReadOnlyList<EventMention> oldStatements, IReadOnlyList<TimelineEvent> oldEvents, IReadOnlyList<EventMention> newStatements,
        IReadOnlySet<string> changedSources, out string? reason) =>
        Merge(oldEvents, newStatements, changedSources, EventMerger.CanonicalOrder(oldStatements), out _, out reason);

    /// <summary>
    /// As above, from the last build's statements already in canonical order (kept with them, <see cref="StatementStore.Order"/>):
    /// no statement is sorted but the changed sources' new ones. <paramref name="newOrder"/> is the new statements in canonical
    /// order, for the next build (also when the merge gives up).
    /// </summary>
    public static IReadOnlyList<TimelineEvent>? Merge(
        IReadOnlyList<TimelineEvent> oldEvents, IReadOnlyList<EventMention> newStatements, IReadOnlySet<string> changedSources,
        IReadOnlyList<EventMention> oldOrder, out List<EventMention> newOrder, out string? reason)
    {
        reason = null;
        var Changed = ChangedTest(changedSources);
        var order = newOrder = CanonicalPatch.Patch(oldOrder, [.. newStatements.Where(Changed)], Changed);
        // The two timelines' neighbours are independent of each other: worked out side by side.
        // Neither needs merge facts for all its statements: whether two statements may join depends on the two alone, so the
        // new timeline's facts are made only for the statements the change reaches and their neighbours (ReachFacts), and
        // only the pairs with a changed source's old statement need facts of their own.
        var oldSide = Task.Run(() => new Side(oldOrder as List<EventMention> ?? [.. oldOrder]));
        var now = new Side(order);
        var facts = new ReachFacts(order);
        var old = oldSide.GetAwaiter().GetResult();

        var region = new HashSet<EventMention>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<EventMention>();
        void Reach(EventMention m)
        {
            if (region.Add(m)) queue.Enqueue(m);
        }

        foreach (var m in now.Items)
            if (Changed(m)) Reach(m);
        foreach (var (a, b) in GonePairs(old, Changed))
            Reach(b);
        foreach (var (a, b) in ShiftedPairs(old, now, facts, Changed))
        {
            Reach(a);
            Reach(b);
        }

        int limit = newStatements.Count / 2;
        // A layer at a time: the facts of every statement the layer can join are made at once, before it is looked at.
        while (queue.Count > 0)
        {
            var layer = queue.ToArray();
            queue.Clear();
            foreach (var m in layer)
            {
                int i = now.Index[m];
                facts.Add(i);
                foreach (int j in now.Partners(i)) facts.Add(j);
                if (Changed(m)) continue;
                foreach (int j in old.Partners(old.Index[m]))
                    if (!Changed(old.Items[j])) facts.Add(now.Index[old.Items[j]]);
            }
            foreach (var m in layer)
            {
                if (region.Count > limit)
                {
                    reason = $"the change reaches {region.Count} of {newStatements.Count} statements";
                    return null;
                }
                int i = now.Index[m];
                foreach (int j in now.Partners(i))
                    if (!region.Contains(now.Items[j]) && facts.MayJoin(i, j)) Reach(now.Items[j]);
                if (Changed(m)) continue;
                int o = old.Index[m];
                foreach (int j in old.Partners(o))
                    if (!Changed(old.Items[j]) && !region.Contains(old.Items[j]) && facts.MayJoin(i, now.Index[old.Items[j]])) Reach(old.Items[j]);
            }
        }

        // The region's statements in the new canonical order, and their neighbour pairs among the whole new timeline.
        var members = new List<int>();
        for (int i = 0; i < now.Items.Count; i++)
            if (region.Contains(now.Items[i])) members.Add(i);
        var local = new Dictionary<int, int>(members.Count);
        for (int k = 0; k < members.Count; k++) local[members[k]] = k;
        var pairs = new List<(int, int)>();
        foreach (int i in members)
            foreach (int j in now.Partners(i))
                if (j > i && local.TryGetValue(j, out int lj)) pairs.Add((local[i], lj));
        var groups = EventMerger.MergeOrdered([.. members.Select(i => now.Items[i])], pairs);

        // Every event of the last build lies wholly inside the region (with the old statements) or wholly outside it.
        var events = new List<(int First, TimelineEvent Event)>(oldEvents.Count + groups.Count);
        var kept = new Dictionary<TimelineEvent, int>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < oldEvents.Count; k++)
        {
            var e = oldEvents[k];
            int inside = e.Mentions.Count(m => Changed(m) || region.Contains(m));
            if (inside == e.Mentions.Count) continue;
            if (inside > 0 || e.IsManual || e.IsEdited)
            {
                reason = $"event {e.Id} of the last build lies partly inside the part merged again";
                return null;
            }
            var unnamed = e with { Id = "", Related = [] };
            kept[unnamed] = k;
            events.Add((e.Mentions.Min(m => now.Index.TryGetValue(m, out int i) ? i : int.MaxValue), unnamed));
        }
        if (events.Any(e => e.First == int.MaxValue))
        {
            reason = "an event of the last build holds a statement that is no longer there";
            return null;
        }
        foreach (var group in groups) events.Add((group.Min(m => now.Index[m]), TimelineBuilder.ToEvent(group)));
        // The full merge lists groups by their first statement; the order of events that tie in EventOrder follows it.
        events.Sort((x, y) => x.First.CompareTo(y.First));
        var list = events.Select(e => e.Event).ToList();
        // Sorts the list in place: the event at each place is the one given the id at that place.
        var named = EventIds.Assign(list);
        var oldOf = list.Select(e => kept.GetValueOrDefault(e, -1)).ToArray();
        return IncrementalRelated.Link(named, oldOf, oldEvents);
    }

    /// <summary>Whether a statement is one of the changed sources': compared with each id when they are few (one, for an edit), not hashed.</summary>
    private static Func<EventMention, bool> ChangedTest(IReadOnlySet<string> changedSources)
    {
        if (changedSources.Count > 8) return m => changedSources.Contains(m.SourceId);
        string[] ids = [.. changedSources];
        return m =>
        {
            foreach (string id in ids)
                if (string.Equals(id, m.SourceId, StringComparison.Ordinal)) return true;
            return false;
        };
    }

    /// <summary>
    /// The pairs (a changed source's old statement, an unchanged statement) that were date neighbours in the old timeline
    /// and that merging could join, with the merge facts of just those statements.
    /// </summary>
    private static List<(EventMention Gone, EventMention Kept)> GonePairs(Side old, Func<EventMention, bool> changed)
    {
        var items = new List<EventMention>();
        var local = new Dictionary<int, int>();
        var pairs = new List<(int, int)>();
        int Local(int i)
        {
            if (!local.TryGetValue(i, out int l))
            {
                local[i] = l = items.Count;
                items.Add(old.Items[i]);
            }
            return l;
        }
        for (int i = 0; i < old.Items.Count; i++)
        {
            if (!changed(old.Items[i])) continue;
            foreach (int j in old.Partners(i))
                if (!changed(old.Items[j])) pairs.Add((Local(i), Local(j)));
        }
        var facts = new MergeFacts(items);
        return [.. pairs.Where(p => EventMerger.MayJoin(facts, p.Item1, p.Item2)).Select(p => (items[p.Item1], items[p.Item2]))];
    }

    /// <summary>
    /// Pairs of unchanged statements that are date neighbours in one timeline and not in the other: a changed
    /// statement inserted or removed between them moved one out of the other's window, or into it.
    /// Only the ones merging can join matter.
    /// </summary>
    private static List<(EventMention X, EventMention Y)> ShiftedPairs(Side old, Side now, ReachFacts facts, Func<EventMention, bool> changed)
    {
        var shifted = new List<(EventMention X, EventMention Y)>();
        old.MarkChanged(changed);
        now.MarkChanged(changed);
        var firsts = new HashSet<EventMention>(ReferenceEqualityComparer.Instance);
        foreach (var side in new[] { old, now })
            for (int i = 0; i < side.Items.Count; i++)
            {
                if (!side.IsChanged[i]) continue;
                foreach (int j in side.Before(i))
                    if (!side.IsChanged[j]) firsts.Add(side.Items[j]);
            }
        foreach (var x in firsts)
        {
            // The unchanged statements after x stand in the same order in both timelines, so its two windows hold the
            // same ones exactly when they hold as many: counted from prefix sums, the lists are made only when not.
            if (old.UnchangedForward(old.Index[x]) == now.UnchangedForward(now.Index[x])) continue;
            var before = ForwardUnchanged(old, x);
            var after = ForwardUnchanged(now, x);
            if (before.SequenceEqual(after)) continue;
            var (was, isNow) = (new HashSet<EventMention>(before, ReferenceEqualityComparer.Instance), new HashSet<EventMention>(after, ReferenceEqualityComparer.Instance));
            foreach (var y in before.Where(y => !isNow.Contains(y))) shifted.Add((x, y));
            foreach (var y in after.Where(y => !was.Contains(y))) shifted.Add((x, y));
        }
        // The facts of every pair at once, then the pairs.
        foreach (var (x, y) in shifted)
        {
            facts.Add(now.Index[x]);
            facts.Add(now.Index[y]);
        }
        return [.. shifted.Where(p => facts.MayJoin(now.Index[p.X], now.Index[p.Y]))];
    }

    // In the order of the window: the same statements in the same order when nothing shifted, which is the common case.
    private static List<EventMention> ForwardUnchanged(Side side, EventMention x)
    {
        var list = new List<EventMention>();
        foreach (int j in side.Forward(side.Index[x]))
            if (!side.IsChanged[j]) list.Add(side.Items[j]);
        return list;
    }

    /// <summary>
    /// Merge facts (<see cref="MergeFacts"/>) of the statements of the new timeline that the change can reach, made as they are
    /// asked for rather than for all of them: <see cref="EventMerger.MayJoin"/> of two statements reads the two alone (their
    /// sources, sentences and dates are compared with each other only) and which comes first, so facts made of any set that
    /// holds both, in canonical order, answer it.
    /// Statements are added a batch at a time (<see cref="Add"/>); the facts are made again when asked after an addition.
    /// </summary>
    private sealed class ReachFacts(List<EventMention> items)
    {
        private readonly HashSet<int> _added = [];
        private readonly Dictionary<int, int> _local = [];
        private MergeFacts? _facts;

        /// <summary>Statement <paramref name="i"/> of the new canonical order will be asked about.</summary>
        public void Add(int i)
        {
            if (_added.Add(i)) _facts = null;
        }

        public bool MayJoin(int i, int j)
        {
            Add(i);
            Add(j);
            if (_facts is null)
            {
                // In canonical order, as in the facts of all statements: merging orders a pair by its places (and a pair's
                // similarity is read in that order).
                int[] places = [.. _added.Order()];
                _local.Clear();
                for (int k = 0; k < places.Length; k++) _local[places[k]] = k;
                _facts = new MergeFacts([.. places.Select(p => items[p])]);
            }
            return EventMerger.MayJoin(_facts, _local[i], _local[j]);
        }
    }

    /// <summary>One timeline's statements in canonical order, their date neighbours, and where each stands.</summary>
    private sealed class Side
    {
        private readonly int[] _placedAt;
        private readonly (int Bucket, int At)[] _unplacedAt;

        public Side(List<EventMention> items)
        {
            Items = items;
            Neighbours = DateNeighbours.Of(items, m => m.Value);
            Index = new Dictionary<EventMention, int>(items.Count, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < items.Count; i++) Index[items[i]] = i;
            _placedAt = new int[items.Count];
            _unplacedAt = new (int, int)[items.Count];
            Array.Fill(_placedAt, -1);
            for (int k = 0; k < Neighbours.Placed.Length; k++) _placedAt[Neighbours.Placed[k]] = k;
            for (int b = 0; b < Neighbours.Unplaced.Count; b++)
                for (int k = 0; k < Neighbours.Unplaced[b].Length; k++) _unplacedAt[Neighbours.Unplaced[b][k]] = (b, k);
        }

        public List<EventMention> Items { get; }

        public DateNeighbours Neighbours { get; }

        public Dictionary<EventMention, int> Index { get; }

        /// <summary>Whether each item is a statement of a changed source (after <see cref="MarkChanged"/>).</summary>
        public bool[] IsChanged { get; private set; } = [];

        public void MarkChanged(Func<EventMention, bool> changed)
        {
            IsChanged = new bool[Items.Count];
            for (int i = 0; i < Items.Count; i++) IsChanged[i] = changed(Items[i]);
            _changedBefore = ChangedBefore(Neighbours.Placed);
            _unplacedChangedBefore = [.. Neighbours.Unplaced.Select(ChangedBefore)];
        }

        private int[] _changedBefore = [];
        private int[][] _unplacedChangedBefore = [];

        // How many changed items stand before each place of a list of items (and in all of it, at the end).
        private int[] ChangedBefore(int[] list)
        {
            var before = new int[list.Length + 1];
            for (int k = 0; k < list.Length; k++) before[k + 1] = before[k] + (IsChanged[list[k]] ? 1 : 0);
            return before;
        }

        /// <summary>How many unchanged items <see cref="Forward"/> gives for item <paramref name="i"/> (after <see cref="MarkChanged"/>).</summary>
        public int UnchangedForward(int i)
        {
            if (_placedAt[i] is int k and >= 0)
            {
                int last = Neighbours.Last[k];
                return last - k - (_changedBefore[last + 1] - _changedBefore[k + 1]);
            }
            var (bucket, at) = _unplacedAt[i];
            int end = Math.Min(Neighbours.Unplaced[bucket].Length - 1, at + DateNeighbours.MaxPerItem);
            var before = _unplacedChangedBefore[bucket];
            return end - at - (before[end + 1] - before[at + 1]);
        }

        /// <summary>The neighbours after item <paramref name="i"/> in its window.</summary>
        public IEnumerable<int> Forward(int i)
        {
            if (_placedAt[i] is int k and >= 0)
            {
                for (int m = k + 1; m <= Neighbours.Last[k]; m++) yield return Neighbours.Placed[m];
                yield break;
            }
            var (bucket, at) = _unplacedAt[i];
            var list = Neighbours.Unplaced[bucket];
            for (int m = at + 1; m < list.Length && m - at <= DateNeighbours.MaxPerItem; m++) yield return list[m];
        }

        /// <summary>The items whose window could hold item <paramref name="i"/>, or would hold a statement put where it stands.</summary>
        public IEnumerable<int> Before(int i)
        {
            if (_placedAt[i] is int k and >= 0)
            {
                // A window that ends before the place the statement takes is not changed by its coming or going.
                for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem - 1); m < k; m++)
                    if (Neighbours.Last[m] >= k - 1) yield return Neighbours.Placed[m];
                yield break;
            }
            var (bucket, at) = _unplacedAt[i];
            var list = Neighbours.Unplaced[bucket];
            for (int m = Math.Max(0, at - DateNeighbours.MaxPerItem - 1); m < at; m++) yield return list[m];
        }

        /// <summary>Every neighbour of item <paramref name="i"/>: those in its window, and those in whose window it is.</summary>
        public IEnumerable<int> Partners(int i)
        {
            foreach (int j in Forward(i)) yield return j;
            if (_placedAt[i] is int k and >= 0)
            {
                for (int m = Math.Max(0, k - DateNeighbours.MaxPerItem); m < k; m++)
                    if (Neighbours.Last[m] >= k) yield return Neighbours.Placed[m];
                yield break;
            }
            var (bucket, at) = _unplacedAt[i];
            var list = Neighbours.Unplaced[bucket];
            for (int m = Math.Max(0, at - DateNeighbours.MaxPerItem); m < at; m++) yield return list[m];
        }
    }
}
