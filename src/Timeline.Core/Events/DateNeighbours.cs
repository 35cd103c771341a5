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
        var placedList = new List<int>();
        var unplaced = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var buckets = new List<List<int>>();
        for (int i = 0; i < items.Count; i++)
        {
            var value = when(items[i]);
            if (value.IsResolved)
            {
                placedList.Add(i);
                continue;
            }
            if (!unplaced.TryGetValue(value.Timex, out var bucket))
            {
                unplaced[value.Timex] = bucket = [];
                buckets.Add(bucket);
            }
            bucket.Add(i);
        }
        var placed = placedList.ToArray();
        var starts = new long[items.Count];
        var ends = new long[items.Count];
        foreach (int i in placed)
        {
            var value = when(items[i]);
            starts[i] = value.Start!.Value.DayNumber;
            ends[i] = value.End!.Value.DayNumber;
        }
        Array.Sort(placed, (x, y) => starts[x] != starts[y] ? starts[x].CompareTo(starts[y]) : x.CompareTo(y));

        var last = new int[placed.Length];
        int reachEnd = 0;
        for (int k = 0; k < placed.Length; k++)
        {
            long reach = ends[placed[k]] + (ends[placed[k]] - starts[placed[k]]);
            // Reaches grow and shrink with lengths, so search from k each time; the window is short.
            int m = k;
            int limit = Math.Min(placed.Length - 1, k + MaxPerItem);
            if (reachEnd > m && reachEnd <= limit && starts[placed[reachEnd]] <= reach) m = reachEnd;
            while (m < limit && starts[placed[m + 1]] <= reach) m++;
            last[k] = m;
            reachEnd = m;
        }
        return new DateNeighbours(placed, last, [.. buckets.Select(b => b.ToArray())]);
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
