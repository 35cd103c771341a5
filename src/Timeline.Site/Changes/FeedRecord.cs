using Timeline.Core.Events;
using Timeline.Site.Model;

namespace Timeline.Site.Changes;

/// <summary>
/// What a build recorded of the feed it wrote (<c>feed.xml</c>, <see cref="Feeds.AtomFeed"/>): the hash of its bytes, the digest of its
/// head (<see cref="Feeds.AtomFeed.Head"/>), its entries' events (id and own digest, <see cref="ContentDigests.OwnDigestsMade"/>), newest
/// first, and the date the last of them shows when the feed is full. A rebuild whose changes are relative to the events recorded
/// beside it carries the file over when its entries are still the same events, the same in all they show (<see cref="Holds"/>):
/// the feed's summaries quote every entry's sources, whose statements (about 500 sources' at 10,000 articles) are then left unparsed.
/// </summary>
/// <param name="Threshold">The date (as the feed shows it) of the last entry of a full feed; null when the feed lists every event.</param>
/// <param name="Digests">The own digest of each entry's event, in the order of <paramref name="Entries"/>.</param>
internal sealed record FeedRecord(string Hash, UInt128 Head, string? Threshold, IReadOnlyList<string> Entries, IReadOnlyList<UInt128> Digests)
{
    /// <summary>
    /// Whether the feed of <paramref name="timeline"/> is the recorded one. Every event the <paramref name="changes"/> do not list is
    /// the last build's, equal in every field and citing no changed source: its date in the feed, its entry and its place among the
    /// other such events are the recorded ones, and one that was not an entry is dated no later than the last entry (and, of that
    /// date, came before it). So the newest events are found among the recorded entries carried and the changed events dated no
    /// earlier than the last entry (none, mostly), and the feed holds when they are the recorded entries, in the recorded order, each
    /// changed one with the recorded digest, and the last of them carried or dated after the threshold (an event not looked at, of the
    /// threshold's date, may come after a changed one).
    /// </summary>
    /// <param name="own">Each event's own digest, in the timeline's order (those of the changed events made).</param>
    public bool Holds(TimelineData timeline, SiteModel model, TimelineChanges changes, UInt128 head, IReadOnlyList<UInt128> own)
    {
        if (head != Head) return false;
        if (changes.Events.Count == 0 && changes.Dropped.Count == 0) return true;
        if (Threshold is null) return false;
        var published = new Dictionary<string, string?>(model.Sources.Count, StringComparer.Ordinal);
        foreach (var source in model.Sources) published[source.Id] = source.PublishedIso;
        string updated = Feeds.Feeds.Updated(model.Site);
        var entries = new Dictionary<string, int>(Entries.Count, StringComparer.Ordinal);
        for (int k = 0; k < Entries.Count; k++) entries[Entries[k]] = k;
        // The changed events that may be entries: dated no earlier than the last entry.
        var changed = new List<(string Date, int Index)>();
        foreach (int i in changes.Events)
        {
            string date = Feeds.AtomFeed.DateOf(timeline.Events[i], published, updated);
            if (string.CompareOrdinal(date, Threshold) >= 0) changed.Add((date, i));
        }
        var dropped = changes.Dropped.Where(entries.ContainsKey).ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0 && dropped.Count == 0) return true;
        // Else the newest events are ranked again among those that can be: each recorded entry carried, where it now stands.
        var candidates = new List<(string Date, int Index, bool Changed)>(Entries.Count + changed.Count);
        candidates.AddRange(changed.Select(c => (c.Date, c.Index, true)));
        var events = timeline.Events;
        for (int i = 0; i < events.Count; i++)
        {
            if (entries.ContainsKey(events[i].Id) && !dropped.Contains(events[i].Id) && !IsListed(changes.Events, i))
                candidates.Add((Feeds.AtomFeed.DateOf(events[i], published, updated), i, false));
        }
        if (candidates.Count < Entries.Count) return false;
        // Newest first; of two on the same date, the later in the timeline first (AtomFeed.Newest).
        candidates.Sort((a, b) => string.CompareOrdinal(b.Date, a.Date) is not 0 and var by ? by : b.Index.CompareTo(a.Index));
        for (int k = 0; k < Entries.Count; k++)
        {
            var (_, index, isChanged) = candidates[k];
            if (events[index].Id != Entries[k] || (isChanged && own[index] != Digests[k])) return false;
        }
        var lastEntry = candidates[Entries.Count - 1];
        return !lastEntry.Changed || string.CompareOrdinal(lastEntry.Date, Threshold) > 0;
    }

    private static bool IsListed(IReadOnlyList<int> ascending, int index)
    {
        int lo = 0, hi = ascending.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] == index) return true;
            if (ascending[mid] < index) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }
}
