namespace Timeline.Core.Events.Incremental;

/// <summary>
/// <see cref="EventIds.Assign"/> of a timeline in which a few events are new or gone, from the last one's ids: only the events
/// whose ids a new or gone event can reach get theirs again, and the others keep their ids and their order.
/// </summary>
/// <remarks>
/// An id is its event's base id (a slug of its date and headline) with suffixes that tell it from others alike, each
/// six hex digits or a counter; which suffixes it takes depends only on the events whose ids could come out alike. Two ids that
/// are alike have the same <see cref="EventIds.Root"/> (the base id with every trailing part a suffix could be cut off), and an
/// event's root is that of its id. So the ids of the events of one root are worked out from those events alone, and only the
/// roots of new and gone events are worked out again. A counter is the one step in which the order of events that tie
/// counts: when one of the roots worked out again needs one, this gives up and every id is given again.
/// </remarks>
internal static class IncrementalIds
{
    /// <summary>
    /// The events in timeline order with their ids (the kept ones outside the roots worked out again are the last build's very
    /// objects), and for each the index of the same event among <paramref name="old"/> (-1 for a new one); null when a counter
    /// would be needed.
    /// </summary>
    /// <param name="old">The last build's events, in timeline order, with their ids.</param>
    /// <param name="gone">Whether each of <paramref name="old"/> is gone (merged again).</param>
    /// <param name="fresh">The events merged again, without ids.</param>
    /// <param name="rootKeys">
    /// <see cref="RootKeys"/> of <paramref name="old"/>, made beside the merge: a kept event whose key is none of the roots worked
    /// out again keeps its id without its id being read (only a key that matches one is looked at, as keys can collide).
    /// </param>
    public static (List<TimelineEvent> Events, int[] OldOf)? Assign(IReadOnlyList<TimelineEvent> old, bool[] gone, IReadOnlyList<TimelineEvent> fresh, int[] rootKeys)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var freshBases = fresh.Select(EventIds.BaseOf).ToList();
        foreach (string b in freshBases) roots.Add(EventIds.Root(b).ToString());
        for (int k = 0; k < old.Count; k++)
            if (gone[k]) roots.Add(EventIds.Root(old[k].Id).ToString());
        var isRoot = roots.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new HashSet<int>(roots.Select(r => RootKey(r)));

        // The events to name again, the new ones and the kept ones of those roots, unnamed; every other kept event as it is.
        var again = new List<(TimelineEvent Event, int Old)>(fresh.Count);
        for (int i = 0; i < fresh.Count; i++) again.Add((fresh[i], -1));
        var stay = new List<int>(old.Count);
        for (int k = 0; k < old.Count; k++)
        {
            if (gone[k]) continue;
            if (keys.Contains(rootKeys[k]) && isRoot.Contains(EventIds.Root(old[k].Id))) again.Add((old[k] with { Id = "", Related = [] }, k));
            else stay.Add(k);
        }
        var named = new List<(TimelineEvent Event, int Old)>(again.Count);
        foreach (var family in again.GroupBy(e => EventIds.Root(EventIds.BaseOf(e.Event)).ToString(), StringComparer.Ordinal))
        {
            var members = family.ToList();
            members.Sort((x, y) => EventOrder.CompareWithoutId(x.Event, y.Event));
            var ids = EventIds.Ids([.. members.Select(m => m.Event)], out bool numbered);
            if (numbered) return null;
            for (int i = 0; i < members.Count; i++) named.Add((members[i].Event with { Id = ids[i] }, members[i].Old));
        }
        named.Sort((x, y) => EventOrder.Instance.Compare(x.Event, y.Event));

        // The kept events stay in their order (nothing about them changed, ids included); the others go in where they belong.
        var events = new List<TimelineEvent>(stay.Count + named.Count);
        var oldOf = new List<int>(stay.Count + named.Count);
        int from = 0;
        foreach (var (e, k) in named)
        {
            int lo = from, hi = stay.Count;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (EventOrder.Instance.Compare(old[stay[mid]], e) < 0) lo = mid + 1;
                else hi = mid;
            }
            for (; from < lo; from++)
            {
                events.Add(old[stay[from]]);
                oldOf.Add(stay[from]);
            }
            events.Add(e);
            oldOf.Add(k);
        }
        for (; from < stay.Count; from++)
        {
            events.Add(old[stay[from]]);
            oldOf.Add(stay[from]);
        }
        return (events, [.. oldOf]);
    }

    /// <summary>
    /// A number for each event's <see cref="EventIds.Root"/>, the same for the same root (within one process): a pass over every
    /// event's id, made where the last build's events are read (beside the merge), so that <see cref="Assign"/> reads no kept id
    /// but those whose key matches a root worked out again.
    /// </summary>
    public static int[] RootKeys(IReadOnlyList<TimelineEvent> events)
    {
        var keys = new int[events.Count];
        for (int k = 0; k < keys.Length; k++) keys[k] = RootKey(events[k].Id);
        return keys;
    }

    private static int RootKey(string id) => string.GetHashCode(EventIds.Root(id));
}
