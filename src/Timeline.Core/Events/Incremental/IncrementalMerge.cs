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
/// last build's. The region is merged with the neighbour pairs of the whole new timeline. Ids are given again only to the
/// events whose ids a new or gone event can reach (<see cref="IncrementalIds"/>; when that cannot be, to all of them, given
/// in the order the full merge gives its groups, which decides ties in <see cref="EventOrder"/>). Related links are worked
/// out again only where a new or gone event can change them (<see cref="IncrementalRelated"/>). No step goes over every
/// statement or event but to copy places: the neighbours come from the date order kept and patched (<see cref="DateOrder"/>).</para>
/// </remarks>
internal static class IncrementalMerge
{
    /// <summary>
    /// The finished events of <paramref name="newStatements"/>, or null when the change reaches too much of the
    /// timeline to be worth it (<paramref name="reason"/> says why). The statements of sources other than
    /// <paramref name="changedSources"/> must be the very same objects in both lists, in the same order, and the
    /// lists in the order <see cref="TimelineBuilder.Build"/> reads them (by source id, then each source's order).
    /// </summary>
    /// <param name="screened">Whether pairs are ruled out by the statements' merge screens first (<see cref="MergeScreen"/>), as a build does.</param>
    public static IReadOnlyList<TimelineEvent>? Merge(
        IReadOnlyList<EventMention> oldStatements, IReadOnlyList<TimelineEvent> oldEvents, IReadOnlyList<EventMention> newStatements,
        IReadOnlySet<string> changedSources, out string? reason, bool screened = true)
    {
        var order = EventMerger.CanonicalOrder(oldStatements);
        var screens = screened ? Task.FromResult<MergeScreen[]?>([.. order.Select(MergeScreen.Of)]) : null;
        return Merge(new Last(Task.FromResult<LastEvents?>(new LastEvents(oldEvents, null)), order, Screens: screens), newStatements, changedSources, out _, out reason, out _);
    }

    /// <summary>
    /// The last build's events, and each one's mentions as places in its canonical order (null: looked up here), and their ids' root
    /// keys (<see cref="IncrementalIds.RootKeys"/>), made with them: where the events are read beside the merge, so are these.
    /// </summary>
    internal sealed record LastEvents(IReadOnlyList<TimelineEvent> Events, int[][]? Mentions)
    {
        public int[] RootKeys { get; } = IncrementalIds.RootKeys(Events);
    }

    /// <summary>
    /// The last build: its events (read beside the merge, which waits for them only once the part to merge again is known; null
    /// when they are not those of its statements), its statements in canonical order (kept with them,
    /// <see cref="StatementStore.Order"/>), their date order (kept likewise; null: sorted here), and the places in that order of
    /// the changed sources' statements, ascending (null: looked for), and their merge screens in that order (kept with them,
    /// <see cref="StatementStore.ReadScreens"/>; null, or a task giving null: none, every pair is asked of its statements).
    /// </summary>
    internal sealed record Last(
        Task<LastEvents?> Events, IReadOnlyList<EventMention> Order, DateOrder? DateOrder = null, int[]? Removed = null, Task<MergeScreen[]?>? Screens = null)
    {
        /// <summary>The last build from its events at hand, their mentions looked up.</summary>
        public Last(IReadOnlyList<TimelineEvent> events, IReadOnlyList<EventMention> order, DateOrder? dateOrder = null)
            : this(Task.FromResult<LastEvents?>(new LastEvents(events, null)), order, dateOrder)
        {
        }
    }

    /// <summary>What the next build keeps: the new statements in canonical order, and their date order (null when the last one's did not hold).</summary>
    /// <remarks><see cref="Patch"/> tells each of its places as one of the last order's or an added statement.</remarks>
    internal sealed record Next(IReadOnlyList<EventMention> Order, DateOrder? DateOrder, CanonicalPatch.Patched Patch);

    /// <summary>
    /// As above, from the last build's statements already in canonical and date order: no statement is sorted but the changed
    /// sources' new ones. <paramref name="next"/> is the new statements' orders, for the next build (also when the merge gives up).
    /// <paramref name="added"/> is the changed sources' statements now, in input order (null: looked for in <paramref name="newStatements"/>).
    /// <paramref name="oldOf"/> is, for each event returned, the index of the last build's event it is the very object of, or -1
    /// (for <see cref="TimelineChanges.AfterMerge"/>: no event needs to be looked up among the last build's).
    /// </summary>
    internal static IReadOnlyList<TimelineEvent>? Merge(
        Last last, IReadOnlyList<EventMention> newStatements, IReadOnlySet<string> changedSources, out Next next, out string? reason,
        out int[]? oldOf, IReadOnlyList<EventMention>? added = null)
    {
        reason = null;
        oldOf = null;
        var Changed = ChangedTest(changedSources);
        var patch = CanonicalPatch.Patch(last.Order, added ?? [.. newStatements.Where(Changed)], Changed, last.Removed);
        var order = patch.Order;
        // The two timelines' neighbours, from their date orders: the last one's as kept, the new one's patched from it. Neither
        // needs merge facts for all its statements: whether two statements may join depends on the two alone, so the new
        // timeline's facts are made only for the statements the change reaches and their neighbours (ReachFacts), and only the
        // pairs with a changed source's old statement need facts of their own.
        var oldDates = last.DateOrder ?? DateOrder.Of(last.Order);
        var oldNeighbours = DateNeighbours.FromOrder(last.Order, m => m.Value, oldDates.Placed, oldDates.Starts, oldDates.Ends, oldDates.UnplacedPlaces);
        var nowDates = oldNeighbours is null ? null : oldDates.Patch(patch);
        if (oldNeighbours is null || nowDates is null)
        {
            next = new Next(order, null, patch);
            reason = "the stored date order is not that of the stored statements";
            return null;
        }
        var nowNeighbours = DateNeighbours.FromOrder(order, m => m.Value, nowDates.Placed, nowDates.Starts, nowDates.Ends, nowDates.UnplacedPlaces);
        if (nowNeighbours is null)
        {
            next = new Next(order, null, patch);
            reason = "the patched date order is not that of the statements";
            return null;
        }
        next = new Next(order, nowDates, patch);
        var old = new Side(last.Order, oldNeighbours, patch.Removed);
        var now = new Side(order, nowNeighbours, patch.Added);
        var screens = last.Screens?.GetAwaiter().GetResult() is { } kept && kept.Length == last.Order.Count ? new Screens(kept, patch) : null;
        var facts = new ReachFacts(order, screens);

        var inRegion = new bool[order.Count];
        var reached = new List<int>();
        var queue = new Queue<int>();
        void Reach(int i)
        {
            if (inRegion[i]) return;
            inRegion[i] = true;
            reached.Add(i);
            queue.Enqueue(i);
        }

        foreach (int i in patch.Added) Reach(i);
        foreach (int j in GonePartners(old, patch.Removed, screens)) Reach(patch.OldToNew[j]);
        foreach (var (x, y) in ShiftedPairs(old, now, facts, patch))
        {
            Reach(x);
            Reach(y);
        }

        int limit = newStatements.Count / 2;
        // A layer at a time: the facts of every statement the layer can join are made at once, before it is looked at.
        while (queue.Count > 0)
        {
            var layer = queue.ToArray();
            queue.Clear();
            foreach (int i in layer)
            {
                foreach (int j in now.Partners(i)) facts.Want(i, j);
                if (now.IsChanged[i]) continue;
                foreach (int j in old.Partners(patch.NewToOld[i]))
                    if (!old.IsChanged[j]) facts.Want(i, patch.OldToNew[j]);
            }
            foreach (int i in layer)
            {
                if (reached.Count > limit)
                {
                    reason = $"the change reaches {reached.Count} of {newStatements.Count} statements";
                    return null;
                }
                foreach (int j in now.Partners(i))
                    if (!inRegion[j] && facts.MayJoin(i, j)) Reach(j);
                if (now.IsChanged[i]) continue;
                foreach (int j in old.Partners(patch.NewToOld[i]))
                    if (!old.IsChanged[j] && patch.OldToNew[j] is int n && !inRegion[n] && facts.MayJoin(i, n)) Reach(n);
            }
        }

        // The region's statements in the new canonical order, and their neighbour pairs among the whole new timeline.
        var members = reached.Order().ToList();
        var local = new Dictionary<int, int>(members.Count);
        for (int k = 0; k < members.Count; k++) local[members[k]] = k;
        var pairs = new List<(int, int)>();
        foreach (int i in members)
            foreach (int j in now.Partners(i))
                if (j > i && local.TryGetValue(j, out int lj)) pairs.Add((local[i], lj));
        var groups = EventMerger.MergeOrdered([.. members.Select(i => order[i])], pairs);

        // Every event of the last build lies wholly inside the region (with the old statements) or wholly outside it.
        if (last.Events.GetAwaiter().GetResult() is not { } read)
        {
            reason = "the stored events are not those of the stored statements";
            return null;
        }
        var oldEvents = read.Events;
        var mentions = read.Mentions ?? MentionPlaces(last.Order, oldEvents);
        var gone = new bool[oldEvents.Count];
        var firstOf = new int[oldEvents.Count];
        for (int k = 0; k < oldEvents.Count; k++)
        {
            var e = oldEvents[k];
            int inside = 0, first = int.MaxValue;
            foreach (int p in mentions[k])
            {
                if (old.IsChanged[p] || inRegion[patch.OldToNew[p]]) inside++;
                else first = Math.Min(first, patch.OldToNew[p]);
            }
            firstOf[k] = first;
            if (inside == mentions[k].Length)
            {
                gone[k] = true;
                continue;
            }
            if (inside > 0 || e.IsManual || e.IsEdited)
            {
                reason = $"event {e.Id} of the last build lies partly inside the part merged again";
                return null;
            }
        }
        var placeOf = new Dictionary<EventMention, int>(members.Count, ReferenceEqualityComparer.Instance);
        foreach (int i in members) placeOf[order[i]] = i;
        var fresh = new List<TimelineEvent>(groups.Count);
        foreach (var g in groups) fresh.Add(TimelineBuilder.ToEvent(g));
        var (named, namedOldOf) = IncrementalIds.Assign(oldEvents, gone, fresh, read.RootKeys)
            ?? AssignAll(oldEvents, gone, firstOf, [.. groups.Select((g, i) => (First: g.Min(m => placeOf[m]), Event: fresh[i]))]);
        // A kept event's screen from its statements' kept screens (none of them read); a new one's from its statements, read to merge them.
        Func<int, EventScreen>? screenOf = screens is null ? null
            : i => EventScreen.Of(namedOldOf[i] >= 0 ? mentions[namedOldOf[i]].Select(screens.Old) : named[i].Mentions.Select(MergeScreen.Of));
        var linked = IncrementalRelated.Link(named, namedOldOf, oldEvents, screenOf);
        // An event linked again is a new object: only those still the last build's very objects are told as carried.
        oldOf = new int[linked.Count];
        for (int i = 0; i < linked.Count; i++)
            oldOf[i] = namedOldOf[i] >= 0 && ReferenceEquals(linked[i], oldEvents[namedOldOf[i]]) ? namedOldOf[i] : -1;
        return linked;
    }

    /// <summary>
    /// The ids of every event given again (<see cref="EventIds.Assign"/>), when those of a few cannot be (<see cref="IncrementalIds"/>):
    /// the events listed as the full merge lists its groups, by their first statement, for the order of events that tie in
    /// <see cref="EventOrder"/> follows it.
    /// </summary>
    private static (List<TimelineEvent> Events, int[] OldOf) AssignAll(
        IReadOnlyList<TimelineEvent> oldEvents, bool[] gone, int[] firstOf, List<(int First, TimelineEvent Event)> fresh)
    {
        var events = new List<(int First, TimelineEvent Event)>(oldEvents.Count + fresh.Count);
        var kept = new Dictionary<TimelineEvent, int>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < oldEvents.Count; k++)
        {
            if (gone[k]) continue;
            var unnamed = oldEvents[k] with { Id = "", Related = [] };
            kept[unnamed] = k;
            events.Add((firstOf[k], unnamed));
        }
        events.AddRange(fresh);
        events.Sort((x, y) => x.First.CompareTo(y.First));
        var list = events.Select(e => e.Event).ToList();
        // Sorts the list in place: the event at each place is the one given the id at that place.
        var named = EventIds.Assign(list);
        return ([.. named], [.. list.Select(e => kept.GetValueOrDefault(e, -1))]);
    }

    /// <summary>Each event's mentions as places in <paramref name="order"/>, looked up (the stored events carry them).</summary>
    private static int[][] MentionPlaces(IReadOnlyList<EventMention> order, IReadOnlyList<TimelineEvent> events)
    {
        var place = new Dictionary<EventMention, int>(order.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < order.Count; i++) place[order[i]] = i;
        return [.. events.Select(e => e.Mentions.Select(m => place.TryGetValue(m, out int p) ? p : throw new ArgumentException($"event {e.Id} holds a statement that is not among the last statements")).ToArray())];
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
    /// The unchanged statements (places in the old canonical order) that were date neighbours of a changed source's old
    /// statement and that merging could join to it, from the merge facts of just those statements (in canonical order).
    /// </summary>
    private static List<int> GonePartners(Side old, int[] removed, Screens? screens)
    {
        var pairs = new List<(int Gone, int Kept)>();
        foreach (int i in removed)
            foreach (int j in old.Partners(i))
                if (!old.IsChanged[j] && (screens is null || MergeScreen.MayJoin(screens.Old(i), screens.Old(j)))) pairs.Add((i, j));
        int[] places = [.. pairs.SelectMany(p => new[] { p.Gone, p.Kept }).Distinct().Order()];
        var local = new Dictionary<int, int>(places.Length);
        for (int k = 0; k < places.Length; k++) local[places[k]] = k;
        var facts = new MergeFacts([.. places.Select(p => old.Items[p])]);
        return [.. pairs.Where(p => EventMerger.MayJoin(facts, local[p.Gone], local[p.Kept])).Select(p => p.Kept)];
    }

    /// <summary>
    /// Pairs of unchanged statements (places in the new canonical order) that are date neighbours in one timeline and not in
    /// the other: a changed statement inserted or removed between them moved one out of the other's window, or into it.
    /// Only the ones merging can join matter.
    /// </summary>
    private static List<(int X, int Y)> ShiftedPairs(Side old, Side now, ReachFacts facts, CanonicalPatch.Patched patch)
    {
        var shifted = new List<(int X, int Y)>();
        var firsts = new SortedSet<int>();
        foreach (int i in patch.Removed)
            foreach (int j in old.Before(i))
                if (!old.IsChanged[j]) firsts.Add(patch.OldToNew[j]);
        foreach (int i in patch.Added)
            foreach (int j in now.Before(i))
                if (!now.IsChanged[j]) firsts.Add(j);
        foreach (int x in firsts)
        {
            int xo = patch.NewToOld[x];
            // The unchanged statements after x stand in the same order in both timelines, so its two windows hold the
            // same ones exactly when they hold as many: counted from prefix sums, the lists are made only when not.
            if (old.UnchangedForward(xo) == now.UnchangedForward(x)) continue;
            var before = old.ForwardUnchanged(xo).Select(j => patch.OldToNew[j]).ToList();
            var after = now.ForwardUnchanged(x).ToList();
            if (before.SequenceEqual(after)) continue;
            var (was, isNow) = (before.ToHashSet(), after.ToHashSet());
            foreach (int y in before.Where(y => !isNow.Contains(y))) shifted.Add((x, y));
            foreach (int y in after.Where(y => !was.Contains(y))) shifted.Add((x, y));
        }
        // The facts of every pair at once, then the pairs.
        foreach (var (x, y) in shifted) facts.Want(x, y);
        return [.. shifted.Where(p => facts.MayJoin(p.X, p.Y))];
    }

    /// <summary>
    /// Merge facts (<see cref="MergeFacts"/>) of the statements of the new timeline that the change can reach, made as they are
    /// asked for rather than for all of them: <see cref="EventMerger.MayJoin"/> of two statements reads the two alone (their
    /// sources, sentences and dates are compared with each other only) and which comes first, so facts made of any set that
    /// holds both, in canonical order, answer it.
    /// Statements are added a batch at a time (<see cref="Add"/>); the facts are made again when asked after an addition.
    /// </summary>
    private sealed class ReachFacts(IReadOnlyList<EventMention> items, Screens? screens)
    {
        private readonly HashSet<int> _added = [];
        private readonly Dictionary<int, int> _local = [];
        private MergeFacts? _facts;

        /// <summary>Statement <paramref name="i"/> of the new canonical order will be asked about.</summary>
        private void Add(int i)
        {
            if (_added.Add(i)) _facts = null;
        }

        /// <summary>Statements <paramref name="i"/> and <paramref name="j"/> may be asked about together: their facts are made unless their screens rule the pair out.</summary>
        public void Want(int i, int j)
        {
            if (screens is not null && !MergeScreen.MayJoin(screens.Now(i), screens.Now(j))) return;
            Add(i);
            Add(j);
        }

        public bool MayJoin(int i, int j)
        {
            // Ruled out by the screens: neither statement is read.
            if (screens is not null && !MergeScreen.MayJoin(screens.Now(i), screens.Now(j))) return false;
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

    /// <summary>
    /// The merge screens of the new canonical order (<paramref name="patch"/>'s) for the next build: the last build's, at their old
    /// places, and the added statements' made from them.
    /// </summary>
    internal static MergeScreen[] NextScreens(MergeScreen[] last, CanonicalPatch.Patched patch)
    {
        var screens = new MergeScreen[patch.NewToOld.Length];
        for (int i = 0; i < screens.Length; i++)
            if (patch.NewToOld[i] is int o and >= 0) screens[i] = last[o];
        foreach (int a in patch.Added) screens[a] = MergeScreen.Of(patch.Order[a]);
        return screens;
    }

    /// <summary>
    /// The merge screens of the statements of both timelines, from the last one's kept: an unchanged statement's is the one kept at
    /// its old place, an added one's made from it.
    /// </summary>
    private sealed class Screens(MergeScreen[] last, CanonicalPatch.Patched patch)
    {
        private readonly Dictionary<int, MergeScreen> _added = [];

        /// <summary>The screen of the statement at <paramref name="k"/> in the last canonical order.</summary>
        public MergeScreen Old(int k) => last[k];

        /// <summary>The screen of the statement at <paramref name="i"/> in the new canonical order.</summary>
        public MergeScreen Now(int i)
        {
            if (patch.NewToOld[i] is int o and >= 0) return last[o];
            if (!_added.TryGetValue(i, out var screen)) _added[i] = screen = MergeScreen.Of(patch.Order[i]);
            return screen;
        }
    }

    /// <summary>One timeline's statements in canonical order, their date neighbours, where each stands, and which are a changed source's.</summary>
    private sealed class Side
    {
        private readonly int[] _placedAt;
        private readonly (int Bucket, int At)[] _unplacedAt;

        public Side(IReadOnlyList<EventMention> items, DateNeighbours neighbours, int[] changed)
        {
            Items = items;
            Neighbours = neighbours;
            _placedAt = new int[items.Count];
            _unplacedAt = new (int, int)[items.Count];
            Array.Fill(_placedAt, -1);
            for (int k = 0; k < Neighbours.Placed.Length; k++) _placedAt[Neighbours.Placed[k]] = k;
            for (int b = 0; b < Neighbours.Unplaced.Count; b++)
                for (int k = 0; k < Neighbours.Unplaced[b].Length; k++) _unplacedAt[Neighbours.Unplaced[b][k]] = (b, k);
            IsChanged = new bool[items.Count];
            foreach (int i in changed) IsChanged[i] = true;
            _changedBefore = ChangedBefore(Neighbours.Placed);
            _unplacedChangedBefore = [.. Neighbours.Unplaced.Select(ChangedBefore)];
        }

        public IReadOnlyList<EventMention> Items { get; }

        public DateNeighbours Neighbours { get; }

        /// <summary>Whether each item is a statement of a changed source.</summary>
        public bool[] IsChanged { get; }

        private readonly int[] _changedBefore;
        private readonly int[][] _unplacedChangedBefore;

        /// <summary>The unchanged items after item <paramref name="i"/> in its window, in its order.</summary>
        public IEnumerable<int> ForwardUnchanged(int i) => Forward(i).Where(j => !IsChanged[j]);

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
