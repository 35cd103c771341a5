using System.Buffers.Binary;
using System.Globalization;
using Timeline.Core.Events;
using Timeline.Core.Sources;

namespace Timeline.Site.Building;

/// <summary>
/// The body of a build's state made from the last state's bytes (<see cref="BuildState.Bytes"/>) when the timeline was made from the
/// events that state names (<see cref="TimelineChanges.Since"/> is its <see cref="BuildState.EventsKey"/>) and the input files are the
/// ones it lists: the entry of a source the changes do not reach is copied as it was, but for its file's length and time and its
/// links' event indexes, renumbered; only the entries of the sources reached are made, as <see cref="StateLinks"/> and
/// <see cref="PositionStarts"/> would make them. The bytes are those of the state a full record gives (<see cref="BuildState.Body()"/>):
/// no pass over every source's links, position starts or event ids, nor a <see cref="SourceEntry"/> for each source, is made again.
/// Null when the last state is not of those events, or the events are not its carried ones in its order (then the state is recorded whole).
/// </summary>
internal static class StatePatch
{
    /// <param name="head">This build's state but for its inputs and event ids (the header fields).</param>
    /// <param name="files">The input folder's files as walked, in the last state's order, with the time each is recorded with.</param>
    /// <param name="keys">The analysis key of each document by path.</param>
    /// <param name="documents">The documents by path.</param>
    /// <param name="shapeOf">A document's statements digest without offsets (<see cref="Core.Caching.EventCache.StatementsDigest(DocumentAnalysis, bool)"/>), or null when not known.</param>
    /// <param name="madeAgain">How many sources' links were worked out from the events rather than carried.</param>
    public static byte[]? Body(BuildState last, BuildState head, TimelineData timeline, IReadOnlyList<(InputStat Stat, long Modified)> files,
        IReadOnlyDictionary<string, string?> keys, IReadOnlyDictionary<string, DocumentAnalysis> documents, Func<DocumentAnalysis, byte[]?> shapeOf,
        out int madeAgain)
    {
        madeAgain = 0;
        if (last.Bytes is not { } bytes || last.SourceBytes is not { } at || last.EventIdBytes is not { } idsAt || last.EventsKey is not { } key || timeline.Changes is not { } changes
            || changes.Since != key || files.Count != last.Inputs.Count)
            return null;
        for (int i = 0; i < files.Count; i++)
            if (!string.Equals(files[i].Stat.Path, last.Inputs[i].Path, StringComparison.Ordinal)) return null;
        var events = timeline.Events;
        var changedSources = new HashSet<string>(changes.Sources, StringComparer.Ordinal);
        // The sources the events made again cite first: their position starts are made again.
        var firstCited = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in changes.Events)
            if (events[i].Mentions.Count > 0) firstCited.Add(events[i].SourceOf(0));
        var suffixes = PositionStarts.Suffixes(changes.Dropped).Select(x => int.Parse(x.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToHashSet();

        // What each source's entry takes: the last one (reused), its position starts (carried), its links.
        var plans = new Plan[files.Count];
        var positionsMade = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            var input = last.Inputs[i];
            if (!input.Included || !documents.TryGetValue(input.Path, out var document)) continue;
            if (keys.GetValueOrDefault(input.Path) is not { } now) return null;
            string id = document.Source.Id;
            var entry = input.Source is { } s && s.Key == now && s.Id == id ? s : null;
            bool positionsCarried = entry is not null && !changedSources.Contains(id) && !firstCited.Contains(id) && !HoldsASuffix(entry, suffixes);
            if (!positionsCarried) positionsMade.Add(id);
            plans[i] = new Plan(document, now, entry, positionsCarried, Links.Carried);
        }

        // One walk of the events: their ids, and the position starts of the sources whose starts are made again.
        var madePositions = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        if (Renumber(timeline, last.EventIds, changes, e => PositionStarts.Add(madePositions, e, positionsMade.Contains)) is not var (ids, oldOf, indexOf, renumbered))
            return null;

        // The claims of the events made again, the only ones not the last state's.
        var newClaims = new Dictionary<string, List<(int DateStart, int Event)>>(StringComparer.Ordinal);
        foreach (int i in changes.Events)
            if (indexOf[i] >= 0)
                foreach (var m in events[i].Mentions) StateLinks.Claims(newClaims, m.SourceId).Add((m.DateStart, indexOf[i]));
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        foreach (ref var plan in plans.AsSpan())
        {
            if (plan is not { Entry: var entry } reached) continue;
            string id = reached.Document.Source.Id;
            bool claimed = newClaims.ContainsKey(id), droppedLink = entry is not null && Dropped(entry.Links, renumbered);
            var links = changedSources.Contains(id) ? Links.Made
                : entry is null || (claimed || droppedLink) && !StateLinks.Distinct(entry.Starts) ? Links.Scanned
                : claimed || droppedLink ? Links.Merged
                : Links.Carried;
            if (links == Links.Scanned) scanned.Add(id);
            plan = reached with { Links = links };
        }

        var claims = new Dictionary<string, List<(int DateStart, int Event)>>(StringComparer.Ordinal);
        if (scanned.Count > 0)
            for (int i = 0; i < events.Count; i++)
            {
                if (indexOf[i] < 0) continue;
                var e = events[i];
                for (int k = 0; k < e.Mentions.Count; k++)
                    if (e.SourceOf(k) is var id && scanned.Contains(id)) StateLinks.Claims(claims, id).Add((e.MentionAt(k).DateStart, indexOf[i]));
            }

        int sources = 0, made = 0;
        byte[]? body = (head with { EventIds = ids }).Body(bytes.Length + 4096, w => WriteIds(w, ids, oldOf, bytes, idsAt), w =>
        {
            w.Write(files.Count);
            for (int i = 0; i < files.Count; i++)
            {
                var (stat, modified) = files[i];
                var input = last.Inputs[i];
                if (plans[i] is not { } plan)
                {
                    BuildState.WriteFile(w, new InputEntry(stat.Path, stat.Length, modified, input.Included, null));
                    continue;
                }
                sources++;
                string id = plan.Document.Source.Id;
                if (plan is { Entry: { } carried, PositionsCarried: true, Links: Links.Carried })
                {
                    // The entry as the last state wrote it, its links' events renumbered in place.
                    BuildState.WriteFile(w, new InputEntry(stat.Path, stat.Length, modified, input.Included, carried));
                    var buffer = (MemoryStream)w.BaseStream;
                    int linksAt = (int)buffer.Position + at[i].Links - at[i].Entry;
                    w.Write(bytes, at[i].Entry, at[i].End - at[i].Entry);
                    var written = buffer.GetBuffer().AsSpan(linksAt + sizeof(int));
                    for (int k = 0; k < carried.Links.Count; k++)
                        BinaryPrimitives.WriteInt32LittleEndian(written[(k * 2 * sizeof(int) + sizeof(int))..], renumbered[carried.Links[k].Event]);
                    continue;
                }
                if (plan.Links != Links.Carried) made++;
                var links = plan.Links switch
                {
                    Links.Made => newClaims.TryGetValue(id, out var own) ? StateLinks.OwnLinks(own) : [],
                    Links.Scanned => claims.TryGetValue(id, out var own) ? StateLinks.OwnLinks(own) : [],
                    _ => Merged(plan.Entry!, renumbered, newClaims.GetValueOrDefault(id), plan.Links == Links.Merged),
                };
                IReadOnlyList<int> positions = plan.PositionsCarried ? plan.Entry!.PositionStarts : [.. madePositions.GetValueOrDefault(id) ?? []];
                SourceEntry source;
                if (plan.Entry is { } reused) source = reused with { PositionStarts = positions, Links = links };
                else if (shapeOf(plan.Document) is not { } shape) throw new KeyNotFoundException($"no statements digest of {id}");
                else source = new SourceEntry(id, plan.Key, shape, [.. plan.Document.Statements.Select(m => m.DateStart)], positions, SourceFace.Digest(plan.Document.Source), links);
                BuildState.WriteInput(w, new InputEntry(stat.Path, stat.Length, modified, input.Included, source));
            }
        });
        madeAgain = made;
        // Every source must be a file of the walk: one added between the walk and the read is not described.
        return sources == timeline.Documents.Count ? body : null;
    }

    private enum Links { Carried, Merged, Made, Scanned }

    private sealed record Plan(DocumentAnalysis Document, string Key, SourceEntry? Entry, bool PositionsCarried, Links Links);

    /// <summary>Writes the event ids, each run of the last state's copied from its bytes (<paramref name="at"/>: where each of its ids is written).</summary>
    private static void WriteIds(BinaryWriter w, List<string> ids, List<int> oldOf, byte[] bytes, int[] at)
    {
        w.Write(ids.Count);
        for (int k = 0; k < ids.Count;)
        {
            if (oldOf[k] < 0)
            {
                w.Write(ids[k++]);
                continue;
            }
            int first = oldOf[k], end = k + 1;
            while (end < ids.Count && oldOf[end] == oldOf[end - 1] + 1) end++;
            w.Write(bytes, at[first], at[oldOf[end - 1] + 1] - at[first]);
            k = end;
        }
    }

    /// <summary>
    /// This timeline's event ids (those with mentions, in order), with the index of each among the last state's (-1 for one made again), the index among them of each event (-1 without mentions), and each of
    /// the last state's event indexes as one of these (-1 for a dropped event); null when the carried events are not the last state's
    /// in its order, or an id is shared (then the ids are worked out whole).
    /// </summary>
    private static (List<string> Ids, List<int> OldOf, int[] IndexOf, int[] Renumbered)? Renumber(TimelineData timeline, IReadOnlyList<string> lastIds, TimelineChanges changes, Action<TimelineEvent> each)
    {
        var events = timeline.Events;
        var dropped = new HashSet<string>(changes.Dropped, StringComparer.Ordinal);
        var changedAt = new bool[events.Count];
        var changedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in changes.Events)
        {
            changedAt[i] = true;
            changedIds.Add(events[i].Id);
        }
        var ids = new List<string>(lastIds.Count + changedIds.Count);
        var oldOf = new List<int>(lastIds.Count + changedIds.Count);
        var newIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var indexOf = new int[events.Count];
        var renumbered = new int[lastIds.Count];
        Array.Fill(renumbered, -1);
        int j = 0;
        for (int i = 0; i < events.Count; i++)
        {
            indexOf[i] = -1;
            each(events[i]);
            if (events[i].Mentions.Count == 0) continue;
            string id = events[i].Id;
            if (changedAt[i])
            {
                // An event made again: an id once, at its first event.
                if (!newIndex.TryGetValue(id, out int index)) newIndex[id] = index = ids.Count;
                if (index == ids.Count)
                {
                    ids.Add(id);
                    oldOf.Add(-1);
                }
                indexOf[i] = index;
                continue;
            }
            while (j < lastIds.Count && dropped.Contains(lastIds[j])) j++;
            // A carried event is the next of the last state's not dropped; one sharing an id with an event made again is not told apart here.
            if (j == lastIds.Count || !string.Equals(lastIds[j], id, StringComparison.Ordinal) || changedIds.Contains(id)) return null;
            renumbered[j] = indexOf[i] = ids.Count;
            ids.Add(id);
            oldOf.Add(j++);
        }
        while (j < lastIds.Count && dropped.Contains(lastIds[j])) j++;
        return j == lastIds.Count ? (ids, oldOf, indexOf, renumbered) : null;
    }

    // PositionStarts takes a suffix of every recorded start of every source (30,000 strings at 10,000 articles) to look it up: here
    // the suffixes are looked up as numbers.
    private static bool Dropped(IReadOnlyList<(int DateStart, int Event)> links, int[] renumbered)
    {
        for (int k = 0; k < links.Count; k++)
            if (renumbered[links[k].Event] < 0) return true;
        return false;
    }

    private static bool HoldsASuffix(SourceEntry entry, HashSet<int> suffixes)
    {
        if (suffixes.Count == 0 || entry.PositionStarts.Count == 0) return false;
        uint id = Fnv(2166136261, entry.Id);
        foreach (int start in entry.PositionStarts)
            if (suffixes.Contains(PositionHash(id, start))) return true;
        return false;
    }

    /// <summary>The number <see cref="EventIds.PositionSuffix"/> writes in hex, from the hash of a source id so far (<see cref="Fnv"/>).</summary>
    internal static int PositionHash(uint sourceId, int dateStart)
    {
        Span<char> digits = stackalloc char[12];
        digits[0] = '@';
        dateStart.TryFormat(digits[1..], out int written, default, CultureInfo.InvariantCulture);
        return (int)(Fnv(sourceId, digits[..(written + 1)]) & 0xFFFFFF);
    }

    /// <summary>The hash <see cref="EventIds.PositionSuffix"/> takes of its position text (FNV-1a over its characters), carried on over <paramref name="text"/>.</summary>
    internal static uint Fnv(uint hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text) hash = unchecked((hash ^ c) * 16777619);
        return hash;
    }

    /// <summary>The last links renumbered, without those of dropped events, with the claims of the events made again (as <see cref="StateLinks.Of"/>).</summary>
    private static (int DateStart, int Event)[] Merged(SourceEntry entry, int[] renumbered, List<(int DateStart, int Event)>? claims, bool merged)
    {
        var links = new List<(int DateStart, int Event)>(entry.Links.Count);
        foreach (var (start, e) in entry.Links)
            if (renumbered[e] >= 0) links.Add((start, renumbered[e]));
        if (!merged) return [.. links];
        if (claims is not null) links.AddRange(claims);
        return StateLinks.OwnLinks(links);
    }
}
