using Timeline.Core.Events;

namespace Timeline.Site.Building;

/// <summary>
/// Each source's position starts for the build state (<see cref="SourceEntry.PositionStarts"/>): the date offsets of the first
/// mentions of the events whose ids are told apart by that position (<see cref="EventIds.PositionSuffix"/>). When the timeline was
/// made from the events the last state names (<see cref="TimelineChanges.Since"/> is its <see cref="BuildState.EventsKey"/>), a source
/// the changes do not reach has the starts the last state recorded: every event citing it first is a carried one, the same as it
/// was, and no dropped event was told apart by one of its positions. Only the first mentions of the events citing first a source
/// reached are read, so the statements of the others, left unparsed, stay so (28,000 of 46,000 ids at 10,000 articles may hold a
/// suffix, and reading each one's first mention parsed most sources).
/// </summary>
internal sealed class PositionStarts
{
    private readonly Dictionary<string, SortedSet<int>> _made;
    private readonly Dictionary<string, SourceEntry>? _carried;

    /// <summary>How many sources' starts were taken from the last state.</summary>
    public int Carried => _carried?.Count ?? 0;

    /// <param name="last">The last state, when its entries are taken again (the same basis); else null.</param>
    /// <param name="recorded">The last state's entries of the sources whose analysis key is unchanged (taken again).</param>
    public PositionStarts(TimelineData timeline, BuildState? last, IReadOnlyList<SourceEntry> recorded)
    {
        var events = timeline.Events;
        if (last?.EventsKey is { } key && timeline.Changes is { } changes && changes.Since == key)
        {
            _carried = new Dictionary<string, SourceEntry>(recorded.Count, StringComparer.Ordinal);
            foreach (var entry in recorded) _carried[entry.Id] = entry;
            foreach (string id in changes.Sources) _carried.Remove(id);
            foreach (int i in changes.Events)
                if (events[i].Mentions.Count > 0) _carried.Remove(events[i].SourceOf(0));
            // A dropped event told apart by a position of a source held one of its recorded starts.
            var suffixes = Suffixes(changes.Dropped);
            if (suffixes.Count > 0)
            {
                foreach (var entry in _carried.Values.ToList())
                    foreach (int start in entry.PositionStarts)
                        if (suffixes.Contains(EventIds.PositionSuffix(entry.Id, start))) _carried.Remove(entry.Id);
            }
        }
        // Asked by source first: the first mention of an event citing first a source carried is not read.
        var carried = _carried;
        _made = Made(events, carried is null ? _ => true : source => !carried.ContainsKey(source));
    }

    /// <summary>The position starts of the sources <paramref name="reached"/> says, from the first mentions of the events citing them first.</summary>
    internal static Dictionary<string, SortedSet<int>> Made(IReadOnlyList<TimelineEvent> events, Func<string, bool> reached)
    {
        var made = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var e in events) Add(made, e, reached);
        return made;
    }

    /// <summary>Adds to <paramref name="made"/> the start of <paramref name="e"/>'s first mention, when it cites first a source <paramref name="reached"/> says and its id is told apart by that position.</summary>
    internal static void Add(Dictionary<string, SortedSet<int>> made, TimelineEvent e, Func<string, bool> reached)
    {
        if (e.Mentions.Count == 0) return;
        string source = e.SourceOf(0);
        if (!reached(source) || !DeltaBuild.MayHoldASuffix(e.Id)) return;
        int start = e.MentionAt(0).DateStart;
        if (!e.Id.Contains(EventIds.PositionSuffix(source, start), StringComparison.Ordinal)) return;
        if (!made.TryGetValue(source, out var starts)) made[source] = starts = [];
        starts.Add(start);
    }

    /// <summary>Every dash and six lowercase hex digits in <paramref name="ids"/>: each a suffix one of them may hold (<see cref="DeltaBuild.MayHoldASuffix"/>).</summary>
    internal static HashSet<string> Suffixes(IEnumerable<string> ids)
    {
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids)
            for (int i = id.IndexOf('-'); i >= 0 && i + 6 < id.Length; i = id.IndexOf('-', i + 1))
                if (DeltaBuild.MayHoldASuffix(id.Substring(i, 7))) suffixes.Add(id.Substring(i, 7));
        return suffixes;
    }

    /// <summary>The position starts of the source <paramref name="id"/>, ascending.</summary>
    public IReadOnlyList<int> Of(string id) =>
        _carried is not null && _carried.TryGetValue(id, out var entry) ? entry.PositionStarts : [.. _made.GetValueOrDefault(id) ?? []];
}
