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
        // No list, group or sort of value tuples here: each would be compiled on a rebuild's critical path (some 40 methods).
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in fresh) roots.Add(RootOf(e));
        for (int k = 0; k < old.Count; k++)
            if (gone[k]) roots.Add(EventIds.Root(old[k].Id).ToString());
        var keys = new HashSet<int>();
        foreach (string root in roots) keys.Add(RootKey(root));

        // The events to name again, the new ones and the kept ones of those roots, unnamed, by root (a kept one's index in old
        // beside it); every other kept event as it is.
        var families = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        var oldOfUnnamed = new Dictionary<TimelineEvent, int>(ReferenceEqualityComparer.Instance);
        void Join(TimelineEvent e)
        {
            string root = RootOf(e);
            if (!families.TryGetValue(root, out var family)) families[root] = family = [];
            family.Add(e);
        }
        foreach (var e in fresh) Join(e);
        var stay = new List<int>(old.Count);
        for (int k = 0; k < old.Count; k++)
        {
            if (gone[k]) continue;
            if (keys.Contains(rootKeys[k]) && roots.Contains(EventIds.Root(old[k].Id).ToString()))
            {
                var unnamed = old[k] with { Id = "", Related = [] };
                oldOfUnnamed[unnamed] = k;
                Join(unnamed);
            }
            else stay.Add(k);
        }
        var named = new List<TimelineEvent>();
        var oldOfNamed = new Dictionary<TimelineEvent, int>(ReferenceEqualityComparer.Instance);
        foreach (var members in families.Values)
        {
            members.Sort(WithoutId);
            var ids = EventIds.Ids(members, out bool numbered);
            if (numbered) return null;
            for (int i = 0; i < members.Count; i++)
            {
                var e = members[i] with { Id = ids[i] };
                named.Add(e);
                oldOfNamed[e] = oldOfUnnamed.GetValueOrDefault(members[i], -1);
            }
        }
        // Ids are unique: the order is total, whichever order the families came in.
        named.Sort(EventOrder.Instance);

        // The kept events stay in their order (nothing about them changed, ids included); the others go in where they belong.
        var events = new List<TimelineEvent>(stay.Count + named.Count);
        var oldOf = new List<int>(stay.Count + named.Count);
        int from = 0;
        foreach (var e in named)
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
            oldOf.Add(oldOfNamed[e]);
        }
        for (; from < stay.Count; from++)
        {
            events.Add(old[stay[from]]);
            oldOf.Add(stay[from]);
        }
        return (events, [.. oldOf]);
    }

    private static readonly Comparer<TimelineEvent> WithoutId = Comparer<TimelineEvent>.Create(EventOrder.CompareWithoutId);

    // The root of the ids an event can be given, from its base id (an event being named again has none).
    private static string RootOf(TimelineEvent e) => EventIds.Root(EventIds.BaseOf(e)).ToString();

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
