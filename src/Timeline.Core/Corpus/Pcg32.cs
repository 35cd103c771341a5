namespace Timeline.Core.Corpus;

/// <summary>
/// A PCG-XSH-RR generator (O'Neill 2014). Ours rather than <see cref="Random"/> because
/// <c>new Random(seed)</c> is only promised to be stable within one .NET version, and a benchmark
/// corpus must be the same bytes on every machine and runtime that generates it.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private readonly ulong _increment;
    private ulong _state;

    public Pcg32(ulong seed, ulong stream = 54)
    {
        _increment = (stream << 1) | 1UL;
        Next();
        unchecked { _state += seed; }
        Next();
    }

    public uint Next()
    {
        ulong old = _state;
        unchecked
        {
            _state = old * Multiplier + _increment;
            uint xorShifted = (uint)(((old >> 18) ^ old) >> 27);
            int rot = (int)(old >> 59);
            return (xorShifted >> rot) | (xorShifted << (-rot & 31));
        }
    }

    /// <summary>A number in [0, <paramref name="bound"/>), without modulo bias.</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        uint b = (uint)bound;
        uint threshold = unchecked((uint)-b) % b;
        while (true)
        {
            uint r = Next();
            if (r >= threshold) return (int)(r % b);
        }
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>A double in [0, 1) with 32 bits of randomness.</summary>
    public double NextDouble() => Next() / 4294967296.0;

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
