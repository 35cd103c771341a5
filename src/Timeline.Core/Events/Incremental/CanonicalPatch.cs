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
    /// <param name="oldOrder">The last timeline's statements in canonical order.</param>
    /// <param name="added">The changed sources' statements now, in input order.</param>
    /// <param name="changed">Whether a statement is one of a changed source (such statements of <paramref name="oldOrder"/> are gone).</param>
    public static List<EventMention> Patch(IReadOnlyList<EventMention> oldOrder, IReadOnlyList<EventMention> added, Func<EventMention, bool> changed)
    {
        var kept = new List<EventMention>(oldOrder.Count);
        foreach (var m in oldOrder)
            if (!changed(m)) kept.Add(m);
        var sorted = EventMerger.CanonicalOrder(added);
        var result = new List<EventMention>(kept.Count + sorted.Count);
        int from = 0;
        foreach (var m in sorted)
        {
            int at = Place(kept, from, m);
            for (; from < at; from++) result.Add(kept[from]);
            result.Add(m);
        }
        for (; from < kept.Count; from++) result.Add(kept[from]);
        return result;
    }

    // The first place at or after from whose statement comes after m (none ties with it: see the remarks).
    private static int Place(List<EventMention> kept, int from, EventMention m)
    {
        int lo = from, hi = kept.Count;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (Before(kept[mid], m)) lo = mid + 1;
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
