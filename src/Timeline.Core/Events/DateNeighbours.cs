using System.Runtime.CompilerServices;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// The pairs of dated items worth comparing, without comparing all of them: items sorted by start,
/// each paired with those that start before it ends (overlap, containment) or within one of its own
/// length after (sources disagreeing by a day or a year); unplaced values only with the same TIMEX.
/// At most <see cref="MaxPerItem"/> partners per item, so a corpus of many thousand statements stays
/// near linear; the nearest in time are the ones kept.
/// </summary>
internal sealed class DateNeighbours
{
    public const int MaxPerItem = 256;

    private DateNeighbours(int[] placed, int[] last, List<int[]> unplaced)
    {
        Placed = placed;
        Last = last;
        Unplaced = unplaced;
    }

    /// <summary>Indices of the items that have a date, by start (then index).</summary>
    public int[] Placed { get; }

    /// <summary>The partners of <c>Placed[k]</c> are <c>Placed[k + 1 .. Last[k]]</c> (none when <c>Last[k] == k</c>).</summary>
    public int[] Last { get; }

    /// <summary>Items without a date, by TIMEX (in order of first appearance), each in index order; partners are at most <see cref="MaxPerItem"/> places apart.</summary>
    public List<int[]> Unplaced { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateNeighbours Of<T>(IReadOnlyList<T> items, Func<T, TimeValue> when)
    {
        var placed = DateOrder(items, when);
        var (starts, ends) = Spans(items, when, placed);
        return new DateNeighbours(placed, LastOf(starts, ends), Buckets(items, when, placed)!);
    }

    /// <summary>
    /// The same neighbours as <see cref="Of"/>, from the placed items already in order with their starts and ends (a timeline's
    /// kept and patched, <see cref="Incremental.DateOrder"/>): nothing is sorted, and only the items without a date are read.
    /// Null when that cannot be the order: out of order, an index out of range or twice, or an item left out that has a date.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="unplaced">
    /// The items without a date by TIMEX, as <see cref="Unplaced"/> (kept with the order): then no item is read, and they are checked
    /// to be every item not placed, once each, in index order.
    /// </param>
    public static DateNeighbours? FromOrder<T>(IReadOnlyList<T> items, Func<T, TimeValue> when, int[] placed, long[] starts, long[] ends, IReadOnlyList<int[]>? unplaced = null)
    {
        if (starts.Length != placed.Length || ends.Length != placed.Length) return null;
        for (int k = 0; k < placed.Length; k++)
        {
            if ((uint)placed[k] >= (uint)items.Count || ends[k] < starts[k]) return null;
            if (k > 0 && (starts[k] < starts[k - 1] || starts[k] == starts[k - 1] && placed[k] <= placed[k - 1])) return null;
        }
        var buckets = unplaced is null ? Buckets(items, when, placed) : Checked(items.Count, placed, unplaced);
        return buckets is not null ? new DateNeighbours(placed, LastOf(starts, ends), buckets) : null;
    }

    // The buckets given, when with the placed items they hold every index once, each bucket ascending and not empty; else null.
    private static List<int[]>? Checked(int count, int[] placed, IReadOnlyList<int[]> unplaced)
    {
        var seen = new bool[count];
        foreach (int i in placed)
        {
            if (seen[i]) return null;
            seen[i] = true;
        }
        long held = placed.Length;
        foreach (int[] bucket in unplaced)
        {
            if (bucket.Length == 0) return null;
            for (int k = 0; k < bucket.Length; k++)
            {
                int i = bucket[k];
                if ((uint)i >= (uint)count || seen[i] || k > 0 && i <= bucket[k - 1]) return null;
                seen[i] = true;
            }
            held += bucket.Length;
        }
        return held == count ? [.. unplaced] : null;
    }

    /// <summary>The TIMEX of each bucket of <see cref="Unplaced"/>, read from its first item.</summary>
    public static string[] Timexes<T>(IReadOnlyList<T> items, Func<T, TimeValue> when, IReadOnlyList<int[]> unplaced) =>
        [.. unplaced.Select(b => when(items[b[0]]).Timex)];

    /// <summary>The starts and ends, as day numbers, of <paramref name="placed"/> items, in that order.</summary>
    public static (long[] Starts, long[] Ends) Spans<T>(IReadOnlyList<T> items, Func<T, TimeValue> when, int[] placed)
    {
        var starts = new long[placed.Length];
        var ends = new long[placed.Length];
        for (int k = 0; k < placed.Length; k++)
        {
            var value = when(items[placed[k]]);
            (starts[k], ends[k]) = (value.Start!.Value.DayNumber, value.End!.Value.DayNumber);
        }
        return (starts, ends);
    }

    /// <summary>The indices of the items that have a date, by start, then index (<see cref="Placed"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] DateOrder<T>(IReadOnlyList<T> items, Func<T, TimeValue> when)
    {
        var placedList = new List<int>();
        var startOf = new List<long>();
        long min = long.MaxValue, max = long.MinValue;
        for (int i = 0; i < items.Count; i++)
        {
            var value = when(items[i]);
            if (!value.IsResolved) continue;
            long start = value.Start!.Value.DayNumber;
            placedList.Add(i);
            startOf.Add(start);
            (min, max) = (Math.Min(min, start), Math.Max(max, start));
        }
        var placed = placedList.ToArray();
        int indexBits = 64 - (int)long.LeadingZeroCount((long)Math.Max(1, items.Count));
        if (placed.Length == 0) return placed;
        if ((ulong)(max - min) < 1UL << (62 - indexBits))
        {
            // By start, then index, as one number each: sorted without a comparison.
            var keys = new long[placed.Length];
            for (int k = 0; k < keys.Length; k++) keys[k] = (startOf[k] - min) << indexBits | (long)placed[k];
            RadixSort.Sort(keys);
            long mask = (1L << indexBits) - 1;
            for (int k = 0; k < keys.Length; k++) placed[k] = (int)(keys[k] & mask);
            return placed;
        }
        var starts = new Dictionary<int, long>(placed.Length);
        for (int k = 0; k < placed.Length; k++) starts[placed[k]] = startOf[k];
        Array.Sort(placed, (x, y) => starts[x] != starts[y] ? starts[x].CompareTo(starts[y]) : x.CompareTo(y));
        return placed;
    }

    // The items without a date, by TIMEX in order of first appearance, each in index order; null when one of them has a date
    // (or is placed twice).
    internal static List<int[]>? Buckets<T>(IReadOnlyList<T> items, Func<T, TimeValue> when, int[] placed)
    {
        var isPlaced = new bool[items.Count];
        foreach (int i in placed)
        {
            if (isPlaced[i]) return null;
            isPlaced[i] = true;
        }
        var unplaced = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var buckets = new List<List<int>>();
        for (int i = 0; i < items.Count; i++)
        {
            if (isPlaced[i]) continue;
            var value = when(items[i]);
            if (value.IsResolved) return null;
            if (!unplaced.TryGetValue(value.Timex, out var bucket))
            {
                unplaced[value.Timex] = bucket = [];
                buckets.Add(bucket);
            }
            bucket.Add(i);
        }
        return [.. buckets.Select(b => b.ToArray())];
    }

    // The last partner of each placed item, given the starts and ends of the placed items in their order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] LastOf(long[] starts, long[] ends)
    {
        var last = new int[starts.Length];
        int reachEnd = 0;
        for (int k = 0; k < starts.Length; k++)
        {
            long reach = ends[k] + (ends[k] - starts[k]);
            // Reaches grow and shrink with lengths, so search from k each time; the window is short.
            int m = k;
            int limit = Math.Min(starts.Length - 1, k + MaxPerItem);
            if (reachEnd > m && reachEnd <= limit && starts[reachEnd] <= reach) m = reachEnd;
            while (m < limit && starts[m + 1] <= reach) m++;
            last[k] = m;
            reachEnd = m;
        }
        return last;
    }

    /// <summary>Every pair, each as (smaller index, larger index).</summary>
    public IEnumerable<(int A, int B)> Pairs()
    {
        for (int k = 0; k < Placed.Length; k++)
            for (int m = k + 1; m <= Last[k]; m++)
                yield return Ordered(Placed[k], Placed[m]);
        foreach (var list in Unplaced)
            for (int x = 0; x < list.Length; x++)
                for (int y = x + 1; y < list.Length && y - x <= MaxPerItem; y++)
                    yield return Ordered(list[x], list[y]);
    }

    public static IEnumerable<(int A, int B)> Pairs<T>(IReadOnlyList<T> items, Func<T, TimeValue> when) => Of(items, when).Pairs();

    public static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
