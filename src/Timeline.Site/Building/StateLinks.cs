using Timeline.Core.Events;

namespace Timeline.Site.Building;

/// <summary>
/// The event ids a build state records (<see cref="BuildState.EventIds"/>) and each source's links to them (<see cref="SourceEntry.Links"/>).
/// A source's links are the last claim of each of its date offsets, the claims in the order the events make them (215,000 at
/// 10,000 articles). When the timeline was made from the events the last state names (<see cref="TimelineChanges.Since"/> is its
/// <see cref="BuildState.EventsKey"/>), a source the changes do not reach keeps its claims: every event that cites it is carried
/// unchanged, in the same order, so its links are the last state's with the events renumbered, and only the sources reached
/// (changed, cited by an event made again, linked to an event dropped, or not taken from the last state) are worked out from the claims.
/// </summary>
internal sealed class StateLinks
{
    private readonly Dictionary<string, List<(int DateStart, int Event)>> _claims = new(StringComparer.Ordinal);
    private readonly int[]? _renumbered;
    private readonly HashSet<string>? _reached;

    /// <summary>The ids of the events that have mentions, in timeline order (an id once).</summary>
    public List<string> EventIds { get; } = [];

    /// <summary>How many sources' links were worked out from the claims rather than taken from the last state.</summary>
    public int MadeAgain { get; private set; }

    /// <param name="sources">Each source's id and what the last state recorded of it, where that entry is taken again (its key is unchanged); else null.</param>
    public StateLinks(TimelineData timeline, BuildState? last, IReadOnlyList<(string Id, SourceEntry? Last)> sources)
    {
        var events = timeline.Events;
        var eventIndex = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        var indexOf = new int[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            indexOf[i] = -1;
            if (events[i].Mentions.Count == 0) continue;
            if (!eventIndex.TryGetValue(events[i].Id, out int index))
            {
                index = EventIds.Count;
                eventIndex[events[i].Id] = index;
                EventIds.Add(events[i].Id);
            }
            indexOf[i] = index;
        }

        if (last?.EventsKey is { } lastKey && timeline.Changes is { } changes && changes.Since == lastKey && Renumber(last.EventIds, changes, eventIndex) is { } renumbered)
        {
            _renumbered = renumbered;
            _reached = new HashSet<string>(changes.Sources, StringComparer.Ordinal);
            foreach (int i in changes.Events)
                foreach (var m in events[i].Mentions) _reached.Add(m.SourceId);
            foreach (var (id, entry) in sources)
                if (entry is null || entry.Links.Any(l => renumbered[l.Event] < 0)) _reached.Add(id);
        }

        // The claims of the sources reached (of every source without the last state's), as the site model makes them.
        var claimed = Filter(_reached);
        for (int i = 0; i < events.Count; i++)
        {
            if (indexOf[i] < 0) continue;
            foreach (var m in events[i].Mentions)
            {
                if (!claimed(m.SourceId)) continue;
                if (!_claims.TryGetValue(m.SourceId, out var own)) _claims[m.SourceId] = own = [];
                own.Add((m.DateStart, indexOf[i]));
            }
        }
    }

    /// <summary>The links of the source <paramref name="id"/>; <paramref name="last"/> is the last state's entry of it, as given to the constructor.</summary>
    public (int DateStart, int Event)[] Of(string id, SourceEntry? last)
    {
        if (_renumbered is { } renumbered && last is not null && !_reached!.Contains(id))
        {
            var links = new (int DateStart, int Event)[last.Links.Count];
            for (int j = 0; j < links.Length; j++) links[j] = (last.Links[j].DateStart, renumbered[last.Links[j].Event]);
            return links;
        }
        MadeAgain++;
        return _claims.TryGetValue(id, out var own) ? OwnLinks(own) : [];
    }

    /// <summary>
    /// Each of the last state's event indexes as an index of this timeline's, -1 for a dropped event; null when the carried events
    /// are not all here in the order they had (then a claim made last may no longer be made last).
    /// </summary>
    private static int[]? Renumber(IReadOnlyList<string> lastIds, TimelineChanges changes, Dictionary<string, int> eventIndex)
    {
        var dropped = new HashSet<string>(changes.Dropped, StringComparer.Ordinal);
        var renumbered = new int[lastIds.Count];
        int previous = -1;
        for (int i = 0; i < lastIds.Count; i++)
        {
            if (dropped.Contains(lastIds[i]))
            {
                renumbered[i] = -1;
                continue;
            }
            if (!eventIndex.TryGetValue(lastIds[i], out int now) || now <= previous) return null;
            renumbered[i] = previous = now;
        }
        return renumbered;
    }

    // An edit reaches one source or a few: each mention's source is compared with them (most fail on the length or first
    // characters) rather than hashed.
    private static Func<string, bool> Filter(HashSet<string>? reached)
    {
        if (reached is null) return _ => true;
        if (reached.Count > 8) return reached.Contains;
        string[] ids = [.. reached];
        return id =>
        {
            foreach (string r in ids)
                if (string.Equals(id, r, StringComparison.Ordinal)) return true;
            return false;
        };
    }

    /// <summary>A source's links by date offset, each offset's the last claim made of it (the claims in the order made).</summary>
    internal static (int DateStart, int Event)[] OwnLinks(List<(int DateStart, int Event)> claims)
    {
        var kept = new List<(int DateStart, int Event)>(claims.Count);
        var seen = new HashSet<int>();
        for (int i = claims.Count - 1; i >= 0; i--)
            if (seen.Add(claims[i].DateStart)) kept.Add(claims[i]);
        // The offsets are distinct now, so the order sorted by them alone is the only one.
        kept.Sort((a, b) => a.DateStart.CompareTo(b.DateStart));
        return [.. kept];
    }
}
