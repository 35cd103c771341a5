namespace Timeline.Core.Events;

/// <summary>
/// The pairs of dated items worth comparing, without comparing all of them: items sorted by start,
/// each paired with those that start before it ends (overlap, containment) or within one of its own
/// length after (sources disagreeing by a day or a year); unplaced values only with the same TIMEX.
/// At most <see cref="MaxPerItem"/> partners per item, so a corpus of many thousand statements stays
/// near linear; the nearest in time are the ones kept.
/// </summary>
internal static class DateNeighbours
{
    public const int MaxPerItem = 256;

    public static IEnumerable<(int A, int B)> Pairs<T>(IReadOnlyList<T> items, Func<T, Temporal.TimeValue> when)
    {
        var placed = Enumerable.Range(0, items.Count).Where(i => when(items[i]).IsResolved)
            .OrderBy(i => when(items[i]).Start!.Value).ThenBy(i => i).ToList();
        for (int k = 0; k < placed.Count; k++)
        {
            var a = when(items[placed[k]]);
            long reach = a.End!.Value.DayNumber + (a.End.Value.DayNumber - a.Start!.Value.DayNumber);
            for (int m = k + 1, taken = 0; m < placed.Count && taken < MaxPerItem; m++, taken++)
            {
                if (when(items[placed[m]]).Start!.Value.DayNumber > reach) break;
                yield return Ordered(placed[k], placed[m]);
            }
        }
        foreach (var bucket in Enumerable.Range(0, items.Count).Where(i => !when(items[i]).IsResolved).GroupBy(i => when(items[i]).Timex, StringComparer.Ordinal))
        {
            var list = bucket.ToList();
            for (int x = 0; x < list.Count; x++)
                for (int y = x + 1; y < list.Count && y - x <= MaxPerItem; y++)
                    yield return Ordered(list[x], list[y]);
        }
    }

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);
}
