using System.Runtime.CompilerServices;
namespace Timeline.Core.Events;

/// <summary>
/// Sorts non-negative 64-bit keys in linear time, eleven bits a pass, only over the bits in use:
/// merging orders millions of packed pairs, where a comparison sort cost most of the merge.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(long[] keys)
    {
        if (keys.Length < 4096)
        {
            Array.Sort(keys);
            return;
        }
        long max = 0;
        foreach (long k in keys) max |= k;
        int bits = 64 - (int)long.LeadingZeroCount(max);
        var buffer = new long[keys.Length];
        var (from, to) = (keys, buffer);
        var counts = new int[1 << DigitBits];
        for (int shift = 0; shift < bits; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (long k in from) counts[(int)((k >> shift) & ((1 << DigitBits) - 1))]++;
            int total = 0;
            for (int d = 0; d < counts.Length; d++) (counts[d], total) = (total, total + counts[d]);
            foreach (long k in from) to[counts[(int)((k >> shift) & ((1 << DigitBits) - 1))]++] = k;
            (from, to) = (to, from);
        }
        if (!ReferenceEquals(from, keys)) Array.Copy(from, keys, keys.Length);
    }
}
