using System.Collections;

namespace Timeline.Core.Events.Incremental;

/// <summary>
/// The statements of many sources as one list, by source, then each source's order (the order <see cref="TimelineBuilder.Build"/>
/// reads them in): a place is told to its source by the sources' starts, and a source's statements are asked for (and, read back
/// from the cache, parsed) only when a place of theirs is. Enumerating it asks for all of them.
/// </summary>
internal sealed class StatementSpace : IReadOnlyList<EventMention>
{
    private readonly IReadOnlyList<EventMention>[] _lists;
    private readonly string[] _ids;
    private readonly int[] _starts;

    /// <param name="sources">Each source's id and its statements, in order.</param>
    public StatementSpace(IReadOnlyList<(string Id, IReadOnlyList<EventMention> Statements)> sources)
    {
        _lists = new IReadOnlyList<EventMention>[sources.Count];
        _ids = new string[sources.Count];
        _starts = new int[sources.Count + 1];
        for (int j = 0; j < sources.Count; j++)
        {
            (_ids[j], _lists[j]) = sources[j];
            _starts[j + 1] = checked(_starts[j] + _lists[j].Count);
        }
    }

    public int Count => _starts[^1];

    /// <summary>How many sources it holds.</summary>
    public int Sources => _lists.Length;

    /// <summary>Where source <paramref name="source"/>'s statements start.</summary>
    public int Start(int source) => _starts[source];

    /// <summary>The statements of source <paramref name="source"/>.</summary>
    public IReadOnlyList<EventMention> Of(int source) => _lists[source];

    /// <summary>The id of source <paramref name="source"/>.</summary>
    public string IdOf(int source) => _ids[source];

    /// <summary>The source whose statements hold <paramref name="place"/> (the last of the sources that start there: the others have none).</summary>
    public int SourceAt(int place)
    {
        if ((uint)place >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(place));
        int lo = 0, hi = _lists.Length - 1;
        while (lo < hi)
        {
            int mid = lo + (hi - lo + 1) / 2;
            if (_starts[mid] <= place) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    public EventMention this[int place]
    {
        get
        {
            int source = SourceAt(place);
            return _lists[source][place - _starts[source]];
        }
    }

    public IEnumerator<EventMention> GetEnumerator()
    {
        foreach (var list in _lists)
            foreach (var m in list) yield return m;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// An event's mentions as places in a <see cref="StatementSpace"/> (events.bin keeps them so): each is asked for from its source when
/// read, so carrying an event over, or asking which sources it cites, parses no statement.
/// </summary>
internal sealed class PlacedMentions(StatementSpace space, int[] places) : IReadOnlyList<EventMention>
{
    public StatementSpace Space => space;

    /// <summary>The places, in the mentions' order (not to be changed).</summary>
    public int[] Places => places;

    // The mentions once one was read: an event's are read together (its views, digests and data items read them all, often
    // several times), and each read through the places looks its source up again.
    private EventMention[]? _read;

    public int Count => places.Length;

    public EventMention this[int index] => (_read ??= Read())[index];

    private EventMention[] Read() => Array.ConvertAll(places, p => space[p]);

    /// <summary>
    /// Mention <paramref name="index"/> read alone (the indexer reads them all): only its own source's statements are parsed, not those
    /// of every source the event cites.
    /// </summary>
    public EventMention At(int index) => _read is { } read ? read[index] : space[places[index]];

    /// <summary>The id of the source of mention <paramref name="index"/> (a source's statements are its own, as extraction makes them).</summary>
    public string SourceIdAt(int index) => space.IdOf(space.SourceAt(places[index]));

    /// <summary>Whether a mention is of a source <paramref name="cited"/> holds, by the sources' ids alone.</summary>
    public bool Cites(Func<string, bool> cited)
    {
        foreach (int p in places)
            if (cited(space.IdOf(space.SourceAt(p)))) return true;
        return false;
    }

    public IEnumerator<EventMention> GetEnumerator() => ((IEnumerable<EventMention>)(_read ??= Read())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Statements in another order: each place of <paramref name="order"/> is one in <paramref name="statements"/>, asked for when read.</summary>
internal sealed class ReorderedStatements(IReadOnlyList<EventMention> statements, int[] order) : IReadOnlyList<EventMention>
{
    public int Count => order.Length;

    public EventMention this[int index] => statements[order[index]];

    public IEnumerator<EventMention> GetEnumerator()
    {
        foreach (int p in order) yield return statements[p];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
