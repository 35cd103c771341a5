using System.Globalization;

namespace Timeline.Core.Events.Incremental;

/// <summary>
/// <see cref="EventMerger.CanonicalOrder"/> of a timeline in which a few sources' statements changed, from the last
/// timeline's statements in that order: the unchanged ones keep their places relative to each other, and only the changed
/// sources' new statements are sorted, then each put where it belongs by binary search.
/// </summary>
/// <remarks>
/// The canonical order compares quote, the date's place in it and source before the input index, so a changed source's
/// statement never ties with another source's; and the unchanged statements' input indices keep their relative order (the
/// input is by source id, then each source's order), so among themselves they stand as they stood.
/// </remarks>
internal static class CanonicalPatch
{
    /// <summary>
    /// The new canonical order, and how its places and the last one's correspond: <see cref="OldToNew"/> gives each old place's
    /// new place (-1 for a changed source's statement, gone), <see cref="NewToOld"/> each new place's old one (-1 for a changed
    /// source's statement, new); <see cref="Added"/> and <see cref="Removed"/> are those places, in order.
    /// </summary>
    public sealed record Patched(IReadOnlyList<EventMention> Order, int[] OldToNew, int[] NewToOld, int[] Added, int[] Removed);

    /// <summary>
    /// The new canonical order as the old one's places and the added statements: an unchanged statement is asked for from the old order
    /// only when read (its source's statements may not be parsed; only the few the binary searches compare are).
    /// </summary>
    private sealed class PatchedOrder(IReadOnlyList<EventMention> oldOrder, int[] newToOld, int[] addedAt, List<EventMention> added) : IReadOnlyList<EventMention>
    {
        public int Count => newToOld.Length;

        public EventMention this[int index] => newToOld[index] is int o and >= 0 ? oldOrder[o] : added[Array.BinarySearch(addedAt, index)];

        public IEnumerator<EventMention> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <param name="oldOrder">The last timeline's statements in canonical order.</param>
    /// <param name="added">The changed sources' statements now, in input order.</param>
    /// <param name="changed">Whether a statement is one of a changed source (such statements of <paramref name="oldOrder"/> are gone).</param>
    /// <param name="removed">
    /// The places in <paramref name="oldOrder"/> of the changed sources' statements, in order, when known (the build knows where each
    /// source's statements stand): then no statement of <paramref name="oldOrder"/> is read.
    /// </param>
    public static Patched Patch(IReadOnlyList<EventMention> oldOrder, IReadOnlyList<EventMention> added, Func<EventMention, bool> changed, int[]? removed = null)
    {
        removed ??= [.. Enumerable.Range(0, oldOrder.Count).Where(i => changed(oldOrder[i]))];
        var kept = new List<int>(oldOrder.Count - removed.Length);
        for (int i = 0, r = 0; i < oldOrder.Count; i++)
            if (r < removed.Length && removed[r] == i) r++;
            else kept.Add(i);
        var sorted = EventMerger.CanonicalOrder(added);
        int count = 0;
        var oldToNew = new int[oldOrder.Count];
        var newToOld = new int[kept.Count + sorted.Count];
        var addedAt = new int[sorted.Count];
        foreach (int i in removed) oldToNew[i] = -1;
        int from = 0;
        void Keep(int upTo)
        {
            for (; from < upTo; from++)
            {
                int o = kept[from];
                (oldToNew[o], newToOld[count]) = (count, o);
                count++;
            }
        }
        var hints = Hints(oldOrder, removed, sorted);
        for (int a = 0; a < sorted.Count; a++)
        {
            Keep(hints.TryGetValue(sorted[a], out int hinted) ? hinted : Place(oldOrder, kept, from, sorted[a]));
            (addedAt[a], newToOld[count]) = (count, -1);
            count++;
        }
        Keep(kept.Count);
        return new Patched(new PatchedOrder(oldOrder, newToOld, addedAt, sorted), oldToNew, newToOld, addedAt, removed);
    }

    // Where an added statement goes when a removed one had its very key (quote, the date's place in it, source): an edit leaves
    // most of a source's statements so. The kept statements before the removed one came before it, and so come before the added
    // one, and those after it after (no other source's statement ties with it): its place among the kept is the removed one's
    // place less the removed before it. Those are not read, which the binary search would read (and, left unparsed, parse) a few
    // dozen of each. A key twice among the removed or the added is left to the search.
    private static Dictionary<EventMention, int> Hints(IReadOnlyList<EventMention> oldOrder, int[] removed, List<EventMention> sorted)
    {
        var removedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < removed.Length; k++)
        {
            var key = Key(oldOrder[removed[k]]);
            removedAt[key] = removedAt.ContainsKey(key) ? -1 : removed[k] - k;
        }
        var addedKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in sorted) addedKeys[Key(m)] = addedKeys.GetValueOrDefault(Key(m)) + 1;
        var hints = new Dictionary<EventMention, int>(ReferenceEqualityComparer.Instance);
        foreach (var m in sorted)
            if (addedKeys[Key(m)] == 1 && removedAt.TryGetValue(Key(m), out int place) && place >= 0) hints[m] = place;
        return hints;
    }

    // Quote, the date's place in it and source as one string (the source's length first, so that no two keys run together): a
    // dictionary keyed by a tuple of them was compiled on each rebuild's critical path (4-10 ms), one keyed by a string is not.
    private static string Key(EventMention m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.SourceId.Length}:{m.SourceId}{m.DateStart - m.QuoteStart}:{m.Quote}");

    // The first place at or after from whose statement comes after m (none ties with it: see the remarks).
    private static int Place(IReadOnlyList<EventMention> oldOrder, List<int> kept, int from, EventMention m)
    {
        int lo = from, hi = kept.Count;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (Before(oldOrder[kept[mid]], m)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool Before(EventMention x, EventMention y)
    {
        int c = string.CompareOrdinal(x.Quote, y.Quote);
        if (c == 0) c = (x.DateStart - x.QuoteStart).CompareTo(y.DateStart - y.QuoteStart);
        if (c == 0) c = string.CompareOrdinal(x.SourceId, y.SourceId);
        return c < 0;
    }
}
