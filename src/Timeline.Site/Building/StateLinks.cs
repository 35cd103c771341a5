using Timeline.Core.Events;

namespace Timeline.Site.Building;

/// <summary>
/// The event ids a build state records (<see cref="BuildState.EventIds"/>) and each source's links to them (<see cref="SourceEntry.Links"/>).
/// A source's links are the last claim of each of its date offsets, the claims in the order the events make them (215,000 at
/// 10,000 articles). When the timeline was made from the events the last state names (<see cref="TimelineChanges.Since"/> is its
/// <see cref="BuildState.EventsKey"/>), the claims are not regrouped: a carried event is the last one, citing no changed source,
/// so a source's claims are those the last state links of it to carried events (renumbered) and those of the events made again
/// (<see cref="TimelineChanges.Events"/>), and a changed source's only the latter. That holds when each date offset of a source is one
/// statement (each in one event at most), so that no claim was hidden behind a later one; a source reached by the changes
/// whose offsets repeat, or not taken from the last state, is worked out from every event's claims.
/// </summary>
internal sealed class StateLinks
{
    private readonly Dictionary<string, List<(int DateStart, int Event)>> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int DateStart, int Event)>> _newClaims = new(StringComparer.Ordinal);
    private readonly int[]? _renumbered;
    private readonly HashSet<string>? _changedSources, _scanned;

    /// <summary>The ids of the events that have mentions, in timeline order (an id once).</summary>
    public List<string> EventIds { get; } = [];

    /// <summary>How many sources' links were worked out from claims rather than taken from the last state's, renumbered.</summary>
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
            _changedSources = new HashSet<string>(changes.Sources, StringComparer.Ordinal);
            // The claims of the events made again, the only ones that are not the last state's (a few thousand mentions).
            foreach (int i in changes.Events)
                if (indexOf[i] >= 0)
                    foreach (var m in events[i].Mentions) Claims(_newClaims, m.SourceId).Add((m.DateStart, indexOf[i]));
            _scanned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, entry) in sources)
                if (!_changedSources.Contains(id) && (entry is null || (_newClaims.ContainsKey(id) || entry.Links.Any(l => renumbered[l.Event] < 0)) && !Distinct(entry.Starts)))
                    _scanned.Add(id);
            if (_scanned.Count == 0) return;
        }

        // The claims of every source (of those scanned, when the last state's links are taken), as the site model makes them.
        var claimed = Filter(_scanned);
        for (int i = 0; i < events.Count; i++)
        {
            if (indexOf[i] < 0) continue;
            // Asked by source first: the statements of a source not claimed are not read (nor parsed, when left so).
            var e = events[i];
            for (int k = 0; k < e.Mentions.Count; k++)
                if (e.SourceOf(k) is var id && claimed(id)) Claims(_claims, id).Add((e.MentionAt(k).DateStart, indexOf[i]));
        }
    }

    internal static List<(int DateStart, int Event)> Claims(Dictionary<string, List<(int DateStart, int Event)>> claims, string id)
    {
        if (!claims.TryGetValue(id, out var own)) claims[id] = own = [];
        return own;
    }

    internal static bool Distinct(IReadOnlyList<int> starts)
    {
        var seen = new HashSet<int>(starts.Count);
        foreach (int start in starts)
            if (!seen.Add(start)) return false;
        return true;
    }

    /// <summary>The links of the source <paramref name="id"/>; <paramref name="last"/> is the last state's entry of it, as given to the constructor.</summary>
    public (int DateStart, int Event)[] Of(string id, SourceEntry? last)
    {
        if (_renumbered is { } renumbered && !_scanned!.Contains(id))
        {
            // A changed source is cited by no carried event: its claims are those of the events made again.
            if (_changedSources!.Contains(id) || last is null)
            {
                MadeAgain++;
                return _newClaims.TryGetValue(id, out var made) ? OwnLinks(made) : [];
            }
            // Each date offset of the source is one statement, in one event at most: its links are all its claims, those of the
            // carried events renumbered, with those of the events made again; the one claim of an offset is its link.
            var links = new List<(int DateStart, int Event)>(last.Links.Count);
            foreach (var (start, e) in last.Links)
                if (renumbered[e] >= 0) links.Add((start, renumbered[e]));
            if (_newClaims.TryGetValue(id, out var claims) || links.Count < last.Links.Count)
            {
                MadeAgain++;
                if (claims is not null) links.AddRange(claims);
                return OwnLinks(links);
            }
            return [.. links];
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
    private static Func<string, bool> Filter(HashSet<string>? scanned)
    {
        if (scanned is null) return _ => true;
        if (scanned.Count > 8) return scanned.Contains;
        string[] ids = [.. scanned];
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
