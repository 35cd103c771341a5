using System.Runtime.CompilerServices;
namespace Timeline.Core.Events;

/// <summary>
/// The pairs that may join, in merging order: the same story told by two articles first (that is
/// what merging is most sure of), then by score, by how alike the dates are in length, and by
/// position. Kept as lists of packed pairs per (cross, score), and each score is sorted only when
/// its turn comes, without the pairs whose statements are in one group by then — trying those
/// would do nothing, and groups never split.
/// </summary>
internal sealed class MergeQueue(MergeFacts facts)
{
    private readonly int _bits = 32 - int.LeadingZeroCount(Math.Max(1, facts.Items.Count - 1));
    // Per (cross, score), the lists of pairs added to this queue and those taken over from others by AddRange: kept
    // apart, not copied into one growing list, as the pairs of a large corpus come to hundreds of MB.
    private readonly List<List<List<long>>?>[] _byScore = [[], []];

    /// <summary>True when no pair was added.</summary>
    public bool IsEmpty => _byScore[0].Count == 0 && _byScore[1].Count == 0;

    public void Add(bool cross, int score, int a, int b)
    {
        var lists = _byScore[cross ? 1 : 0];
        while (lists.Count <= score) lists.Add(null);
        var parts = lists[score] ??= [[]];
        parts[0].Add(((long)a << _bits) | (long)b);
    }

    /// <summary>Takes over the pairs of <paramref name="other"/>, which must not be added to afterwards.</summary>
    public void AddRange(MergeQueue other)
    {
        for (int c = 0; c < 2; c++)
            for (int score = 0; score < other._byScore[c].Count; score++)
            {
                if (other._byScore[c][score] is not { } parts) continue;
                var lists = _byScore[c];
                while (lists.Count <= score) lists.Add(null);
                // A list of its own first, for Add.
                (lists[score] ??= [[]]).AddRange(parts);
            }
    }

    public IEnumerable<(int A, int B)> Drain(Func<int, int, bool> together)
    {
        long mask = (1L << _bits) - 1;
        int rankBits = 32 - int.LeadingZeroCount(Math.Max(1, facts.ExtentRankCount));
        bool packed = facts.ExtentRankCount > 0 && rankBits + 2 * _bits <= 63;
        var buckets = new List<List<List<long>>>();
        for (int c = 1; c >= 0; c--)
        {
            var lists = _byScore[c];
            for (int score = lists.Count - 1; score >= 0; score--)
            {
                if (lists[score] is not { } bucket) continue;
                lists[score] = null;
                buckets.Add(bucket);
            }
        }
        if (!packed)
        {
            foreach (var bucket in buckets)
                foreach (var p in SortByComparison(bucket, together)) yield return p;
            yield break;
        }
        // The order of a bucket does not depend on the joins before it: so the next bucket is sorted on another core
        // while this one is joined, and the pairs already in one group are skipped as they come (a join of those does
        // nothing), not left out before sorting. Two buffers of keys take turns; the sorts, one at a time, share a scratch buffer.
        // A sort the thread pool has not started by the time its bucket is due (its threads busy with the cache store
        // beside the merge) is done here instead: whichever asks first for the Lazy's value runs it.
        var buffers = new long[2][];
        long[]? scratch = null;
        Lazy<int> Sort(int k)
        {
            var sorted = new Lazy<int>(() => SortedKeys(buckets[k], ref buffers[k % 2], ref scratch), LazyThreadSafetyMode.ExecutionAndPublication);
            // A failure is kept by the Lazy and thrown again where the value is asked for below.
            _ = Task.Run(() => sorted.Value);
            return sorted;
        }
        var next = buckets.Count > 0 ? Sort(0) : null;
        for (int k = 0; k < buckets.Count; k++)
        {
            int n = next!.Value;
            next = k + 1 < buckets.Count ? Sort(k + 1) : null;
            var keys = buffers[k % 2];
            for (int i = 0; i < n; i++)
            {
                long key = keys[i];
                int a = (int)((key >> _bits) & mask), b = (int)(key & mask);
                if (!together(a, b)) yield return (a, b);
            }
        }
    }

    /// <summary>The pairs of one bucket with the extent rank packed above A and B, one number per pair, sorted in linear time into <paramref name="keys"/>; their count.</summary>
    private int SortedKeys(List<List<long>> bucket, ref long[] keys, ref long[]? scratch)
    {
        int total = bucket.Sum(part => part.Count);
        if (keys is null || keys.Length < total) keys = GC.AllocateUninitializedArray<long>(total);
        long mask = (1L << _bits) - 1;
        int n = 0;
        foreach (var part in bucket)
            foreach (long ab in part)
                keys[n++] = ((long)facts.ExtentRank((int)(ab >> _bits), (int)(ab & mask))!.Value << (2 * _bits)) | ab;
        RadixSort.Sort(keys.AsSpan(0, n), ref scratch);
        return n;
    }

    // When there are too many distinct extents to rank in the bits left: a comparison sort, same order.
    private List<(int A, int B)> SortByComparison(List<List<long>> bucket, Func<int, int, bool> together)
    {
        long mask = (1L << _bits) - 1;
        var pairs = bucket.SelectMany(part => part).Select(ab => (A: (int)(ab >> _bits), B: (int)(ab & mask))).Where(p => !together(p.A, p.B)).ToList();
        pairs.Sort((p, q) =>
        {
            int c = facts.Extent(q.A, q.B).CompareTo(facts.Extent(p.A, p.B));
            if (c == 0) c = p.A.CompareTo(q.A);
            return c != 0 ? c : p.B.CompareTo(q.B);
        });
        return pairs;
    }
}
