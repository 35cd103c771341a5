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
        // One buffer of keys and one for the sort serve every bucket in turn: each is yielded in full before the next is filled.
        long[] keys = [];
        long[]? scratch = null;
        for (int c = 1; c >= 0; c--)
        {
            var lists = _byScore[c];
            for (int score = lists.Count - 1; score >= 0; score--)
            {
                if (lists[score] is not { } bucket) continue;
                lists[score] = null;
                if (!packed)
                {
                    foreach (var p in SortByComparison(bucket, together)) yield return p;
                    continue;
                }
                int total = bucket.Sum(part => part.Count);
                if (keys.Length < total) keys = GC.AllocateUninitializedArray<long>(total);
                // The extent rank packed above A and B makes one number per pair, sorted in linear time.
                int n = 0;
                foreach (var part in bucket)
                    foreach (long ab in part)
                    {
                        int a = (int)(ab >> _bits), b = (int)(ab & mask);
                        if (!together(a, b)) keys[n++] = ((long)facts.ExtentRank(a, b)!.Value << (2 * _bits)) | ab;
                    }
                RadixSort.Sort(keys.AsSpan(0, n), ref scratch);
                for (int i = 0; i < n; i++)
                {
                    long key = keys[i];
                    yield return ((int)((key >> _bits) & mask), (int)(key & mask));
                }
            }
        }
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
