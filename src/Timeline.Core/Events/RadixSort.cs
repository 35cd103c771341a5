using System.Runtime.CompilerServices;
namespace Timeline.Core.Events;

/// <summary>
/// Sorts non-negative 64-bit keys in linear time, eleven bits a pass, only over the bits in use:
/// merging orders millions of packed pairs, where a comparison sort cost most of the merge.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;

    public static void Sort(long[] keys)
    {
        long[]? scratch = null;
        Sort(keys, ref scratch);
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> with <paramref name="scratch"/> as the second buffer, made or enlarged when
    /// it is too short: merging sorts one bucket of pairs after another, and one buffer serves them all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<long> keys, ref long[]? scratch)
    {
        if (keys.Length < 4096)
        {
            keys.Sort();
            return;
        }
        long max = 0;
        foreach (long k in keys) max |= k;
        int bits = 64 - (int)long.LeadingZeroCount(max);
        if (scratch is null || scratch.Length < keys.Length) scratch = GC.AllocateUninitializedArray<long>(keys.Length);
        Span<long> from = keys, to = scratch.AsSpan(0, keys.Length);
        Span<int> counts = stackalloc int[1 << DigitBits];
        for (int shift = 0; shift < bits; shift += DigitBits)
        {
            counts.Clear();
            foreach (long k in from) counts[(int)((k >> shift) & ((1 << DigitBits) - 1))]++;
            int total = 0;
            for (int d = 0; d < counts.Length; d++) (counts[d], total) = (total, total + counts[d]);
            foreach (long k in from) to[counts[(int)((k >> shift) & ((1 << DigitBits) - 1))]++] = k;
            var swap = from;
            from = to;
            to = swap;
        }
        if (!Unsafe.AreSame(ref from[0], ref keys[0])) from.CopyTo(keys);
    }
}
