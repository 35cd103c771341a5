using System.Runtime.CompilerServices;
using System.Text;

namespace Timeline.Core.Caching;

/// <summary>
/// Reads a string written by <see cref="BinaryWriter.Write(string)"/> and gives the same instance
/// for the same text: stems, kinds, names, passages and TIMEX values repeat across thousands of
/// analyses, and a warm build of 10,000 articles read millions of copies of a few thousand words.
/// Extraction pools the stems it makes the same way. One pool per thread (analyses are read in parallel), emptied when it grows past a bound.
/// </summary>
internal static class StringPool
{
    private const int MaxPooledLength = 64;
    private const int MaxEntries = 200_000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Dictionary<string, string>? t_pool;

    /// <summary>The pooled instance equal to <paramref name="value"/> (short strings only; longer ones are returned as they are).</summary>
    public static string Intern(string value)
    {
        if (value.Length > MaxPooledLength) return value;
        var pool = t_pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (pool.TryGetValue(value, out string? known)) return known;
        if (pool.Count >= MaxEntries) pool.Clear();
        pool[value] = value;
        return value;
    }

    // Called for every passage, TIMEX and profile word read back (millions in a rebuild): optimized from its first call rather than
    // interpreted-quality code until the tiered JIT gets to it, late in a short build.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Read(BinaryReader r)
    {
        int length = r.Read7BitEncodedInt();
        if (length < 0 || length > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException("bad string length");
        if (length > MaxPooledLength) return Utf8.GetString(r.ReadBytes(length));
        Span<byte> bytes = stackalloc byte[length];
        r.BaseStream.ReadExactly(bytes);
        Span<char> chars = stackalloc char[length];
        var text = chars[..Utf8.GetChars(bytes, chars)];
        var pool = t_pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out string? known)) return known;
        if (pool.Count >= MaxEntries) pool.Clear();
        string value = new(text);
        pool[value] = value;
        return value;
    }
}
