using System.Collections;
using Timeline.Core.Events;

namespace Timeline.Core.Caching;

/// <summary>
/// A source's statements read back from the cache, parsed (all of the source's at once, from any thread) when one is first asked
/// for. How many there are is known without parsing. A rebuild after one edit merges again around a few sources, and the
/// statements of every other source are then never parsed, unless what is shown of them asks.
/// </summary>
internal sealed class UnparsedStatements(int count, Func<EventMention[]> parse) : IReadOnlyList<EventMention>
{
    private readonly Lazy<EventMention[]> _parsed = new(parse, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => count;

    /// <summary>Whether the statements were parsed (asked for) yet.</summary>
    public bool IsParsed => _parsed.IsValueCreated;

    public EventMention this[int index] => _parsed.Value[index];

    public IEnumerator<EventMention> GetEnumerator() => ((IEnumerable<EventMention>)_parsed.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="statements"/> are parsed: any list but one of these is.</summary>
    public static bool Parsed(IReadOnlyList<EventMention> statements) => statements is not UnparsedStatements u || u.IsParsed;
}
