namespace Timeline.Core.Events.Incremental;

/// <summary>
/// A timeline's date order (<see cref="DateNeighbours.Placed"/>: the places in canonical order of the statements that have a
/// date, by start, then place) with each one's start and end as day numbers: what its date neighbours are worked out from
/// without sorting and without reading the statements (<see cref="DateNeighbours.FromOrder"/>). Kept in the statement store
/// beside the canonical order and patched like it.
/// </summary>
internal sealed record DateOrder(int[] Placed, long[] Starts, long[] Ends)
{
    /// <summary>
    /// The statements without a date, by TIMEX, as <see cref="DateNeighbours.Unplaced"/> (in order of first appearance, each in
    /// canonical order), with the TIMEX of each: their neighbours are then worked out without reading them. Null when not kept.
    /// </summary>
    public IReadOnlyList<(string Timex, int[] Places)>? Unplaced { get; init; }

    /// <summary>The places of <see cref="Unplaced"/>, bucket by bucket; null when not kept.</summary>
    public IReadOnlyList<int[]>? UnplacedPlaces => Unplaced?.Select(b => b.Places).ToList();

    /// <summary>The date order of statements in canonical order, sorted.</summary>
    public static DateOrder Of(IReadOnlyList<EventMention> canonical)
    {
        var placed = DateNeighbours.DateOrder(canonical, m => m.Value);
        var (starts, ends) = DateNeighbours.Spans(canonical, m => m.Value, placed);
        var unplaced = DateNeighbours.Buckets(canonical, m => m.Value, placed);
        var timexes = unplaced is null ? null : DateNeighbours.Timexes(canonical, m => m.Value, unplaced);
        return new DateOrder(placed, starts, ends) { Unplaced = unplaced is null ? null : [.. unplaced.Select((b, k) => (timexes![k], b))] };
    }

    /// <summary>
    /// The date order after the canonical order was patched (<paramref name="patch"/>), or null when this one holds a place the
    /// patch does not know. The unchanged statements keep their order (their new places keep the order of their old ones), and
    /// only the changed sources' new statements are sorted, then each put where it belongs by binary search.
    /// </summary>
    public DateOrder? Patch(CanonicalPatch.Patched patch)
    {
        var order = patch.Order;
        int count = 0;
        foreach (int o in Placed)
        {
            if ((uint)o >= (uint)patch.OldToNew.Length) return null;
            if (patch.OldToNew[o] >= 0) count++;
        }
        int n = 0;
        var keptPlaced = new int[count];
        var keptStarts = new long[count];
        var keptEnds = new long[count];
        for (int k = 0; k < Placed.Length; k++)
            if (patch.OldToNew[Placed[k]] is int p and >= 0) (keptPlaced[n], keptStarts[n], keptEnds[n++]) = (p, Starts[k], Ends[k]);
        int addedCount = AddedByStart(patch, out long[] addedStarts, out int[] addedPlaces, out long[] addedEnds);
        int total = n + addedCount;
        var (placed, starts, ends) = (new int[total], new long[total], new long[total]);
        int from = 0, at = 0;
        void Copy(int upTo)
        {
            Array.Copy(keptPlaced, from, placed, at, upTo - from);
            Array.Copy(keptStarts, from, starts, at, upTo - from);
            Array.Copy(keptEnds, from, ends, at, upTo - from);
            at += upTo - from;
            from = upTo;
        }
        for (int a = 0; a < addedCount; a++)
        {
            var (start, place, end) = (addedStarts[a], addedPlaces[a], addedEnds[a]);
            int lo = from, hi = n;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (keptStarts[mid] < start || keptStarts[mid] == start && keptPlaced[mid] < place) lo = mid + 1;
                else hi = mid;
            }
            Copy(lo);
            (placed[at], starts[at], ends[at++]) = (place, start, end);
        }
        Copy(n);
        return new DateOrder(placed, starts, ends) { Unplaced = PatchUnplaced(patch) };
    }

    // The added statements that have a date, by start, then place (their starts, places and ends). A few (a changed source's)
    // are sorted by insertion: the sort of value tuples was compiled on each rebuild's critical path (7-12 ms) to order some twenty.
    private static int AddedByStart(CanonicalPatch.Patched patch, out long[] starts, out int[] places, out long[] ends)
    {
        var order = patch.Order;
        if (patch.Added.Length > 64)
        {
            var sorted = patch.Added.Where(p => order[p].Value.IsResolved)
                .Select(p => (Start: order[p].Value.Start!.Value.DayNumber, Place: p, End: order[p].Value.End!.Value.DayNumber)).Order().ToArray();
            (starts, places, ends) = ([.. sorted.Select(a => a.Start)], [.. sorted.Select(a => a.Place)], [.. sorted.Select(a => a.End)]);
            return sorted.Length;
        }
        (starts, places, ends) = (new long[patch.Added.Length], new int[patch.Added.Length], new long[patch.Added.Length]);
        int count = 0;
        // Added is ascending, so a stable insertion by start leaves equal starts by place.
        foreach (int p in patch.Added)
        {
            var value = order[p].Value;
            if (!value.IsResolved) continue;
            long start = value.Start!.Value.DayNumber;
            int at = count++;
            for (; at > 0 && starts[at - 1] > start; at--) (starts[at], places[at], ends[at]) = (starts[at - 1], places[at - 1], ends[at - 1]);
            (starts[at], places[at], ends[at]) = (start, p, value.End!.Value.DayNumber);
        }
        return count;
    }

    // The buckets of statements without a date after the patch: the kept ones at their new places (in the same order), the added
    // ones put into the bucket of their TIMEX (a new one when there is none), the buckets again by first appearance.
    private List<(string Timex, int[] Places)>? PatchUnplaced(CanonicalPatch.Patched patch)
    {
        if (Unplaced is null) return null;
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (timex, places) in Unplaced)
        {
            if (buckets.ContainsKey(timex)) return null;
            var kept = new List<int>(places.Length);
            foreach (int o in places)
            {
                if ((uint)o >= (uint)patch.OldToNew.Length) return null;
                if (patch.OldToNew[o] >= 0) kept.Add(patch.OldToNew[o]);
            }
            buckets[timex] = kept;
        }
        foreach (int p in patch.Added)
        {
            var value = patch.Order[p].Value;
            if (value.IsResolved) continue;
            if (!buckets.TryGetValue(value.Timex, out var bucket)) buckets[value.Timex] = bucket = [];
            bucket.Add(p);
        }
        return [.. buckets.Where(b => b.Value.Count > 0).Select(b => (b.Key, Places: b.Value.Order().ToArray())).OrderBy(b => b.Places[0])];
    }
}
