using System.Runtime.CompilerServices;
using Timeline.Core.Caching;

namespace Timeline.Core.Events.Terms;

/// <summary>
/// The strings of words already seen on this thread: a word's text, its lower case and its stem
/// are made once and handed out again, since a corpus repeats a few thousand words millions of
/// times and a fresh substring per occurrence was most of what analysis allocated.
/// </summary>
internal sealed class WordStrings
{
    // Longer words rarely repeat; a bound on entries keeps a thread's pool from growing without end.
    private const int MaxPooledLength = 32;
    private const int MaxEntries = 100_000;

    [ThreadStatic]
    private static WordStrings? t_current;

    private readonly Dictionary<string, string> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lowerBySpan;
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    private WordStrings() => _lowerBySpan = _lower.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordStrings Current => t_current ??= new WordStrings();

    /// <summary>The word <paramref name="text"/>[start..end) with its lower case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Word Word(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > MaxPooledLength) return new Word(start, end, text[start..end]);
        if (_lowerBySpan.TryGetValue(span, out string? word, out string? lower)) return new Word(start, end, word, lower);
        if (_lower.Count >= MaxEntries) _lower.Clear();
        word = span.ToString();
        lower = word.ToLowerInvariant();
        _lower[word] = lower;
        return new Word(start, end, word, lower);
    }

    /// <summary><see cref="Stem.Of"/> of <paramref name="word"/>, pooled (<see cref="StringPool"/>).</summary>
    public string StemOf(string word)
    {
        if (_stems.TryGetValue(word, out string? stem)) return stem;
        stem = StringPool.Intern(Stem.Of(word));
        if (word.Length > MaxPooledLength) return stem;
        if (_stems.Count >= MaxEntries) _stems.Clear();
        _stems[word] = stem;
        return stem;
    }
}
