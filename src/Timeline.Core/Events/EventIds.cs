using System.Globalization;
using Timeline.Core.Sources;

namespace Timeline.Core.Events;

/// <summary>
/// Ids from what an event is — its date and headline — never from file names or positions, so a
/// permalink survives adding an article or renaming a file. Two events with the same slug are told
/// apart by a short hash of their first quote; two that also share that quote (the same sentence in
/// two articles, dated twice) by a short hash of where their first statement stands (its source and
/// offset). Never by a counter in timeline order, which renamed every later event of the same
/// slug when one was added, and so rewrote their pages and every page linking to them.
/// </summary>
public static class EventIds
{
    /// <summary>Gives the events their ids, in timeline order; <paramref name="events"/> is sorted in place into the same order.</summary>
    public static IReadOnlyList<TimelineEvent> Assign(List<TimelineEvent> events)
    {
        events.Sort(EventOrder.Instance);
        var ids = Ids(events, out _);
        var result = new TimelineEvent[events.Count];
        Parallel.For(0, result.Length, i => result[i] = events[i] with { Id = ids[i] });
        // Sorted before they had ids, events that tie on everything else came out in an order the sort chose from the
        // whole list, so one event added anywhere could swap two tied ones far away (and rewrite their pages and their
        // year's). Their ids, unique now, put them in one order that no other event changes; the list given is put in
        // that order too, so that the event at each place is still the one given the id at that place.
        // The list is in order up to the ids already, so only each run of events equal but for their ids is sorted again,
        // by id: the same order as sorting the whole list again, for a comparison per event instead of a sort of them all.
        var order = new int[result.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        for (int start = 0, end; start < order.Length; start = end)
        {
            for (end = start + 1; end < order.Length && EventOrder.CompareWithoutId(events[end - 1], events[end]) == 0; end++) { }
            if (end - start > 1) Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) => string.CompareOrdinal(result[x].Id, result[y].Id)));
        }
        var unnamed = events.ToArray();
        var sorted = new TimelineEvent[result.Length];
        for (int i = 0; i < order.Length; i++)
        {
            events[i] = unnamed[order[i]];
            sorted[i] = result[order[i]];
        }
        return sorted;
    }

    /// <summary>
    /// The id of each of <paramref name="events"/>, sorted by <see cref="EventOrder"/> (their ids aside). <paramref name="numbered"/>
    /// tells whether one took a counter (two ids alike after both hashes), the only step in which the order of events that tie counts.
    /// </summary>
    internal static List<string> Ids(List<TimelineEvent> events, out bool numbered)
    {
        // Each base id is a pure function of its event (a slug of the date and headline): worked out in parallel, in order.
        var ids = events.Count > 64 ? events.AsParallel().AsOrdered().Select(e => e.Id.Length > 0 ? e.Id : BaseOf(e)).ToList() : events.Select(e => e.Id.Length > 0 ? e.Id : BaseOf(e)).ToList();
        Disambiguate(events, ids, e => e.Mentions.Count > 0 ? e.Mentions[0].Quote + e.Mentions[0].DateText : e.Headline);
        Disambiguate(events, ids, e => e.Mentions.Count > 0 ? Position(e.Mentions[0].SourceId, e.Mentions[0].DateStart) : null);
        var used = new HashSet<string>(StringComparer.Ordinal);
        numbered = false;
        for (int i = 0; i < events.Count; i++)
        {
            // Left only for a 24-bit hash collision, or a generated id equal to an editor's.
            string unique = ids[i];
            for (int n = 2; !used.Add(unique); n++) (unique, numbered) = ($"{ids[i]}-{n.ToString(CultureInfo.InvariantCulture)}", true);
            ids[i] = unique;
        }
        return ids;
    }

    /// <summary>
    /// What every id an event can have (its base id, with any suffix <see cref="Ids"/> adds) is left with once all trailing
    /// parts that a suffix could be (six hex digits, or digits) are cut off: two events whose ids could ever be alike have the
    /// same root, so ids can be worked out one root at a time (<see cref="Incremental.IncrementalIds"/>).
    /// </summary>
    internal static ReadOnlySpan<char> Root(ReadOnlySpan<char> id)
    {
        while (true)
        {
            int dash = id.LastIndexOf('-');
            if (dash < 0) return id;
            var part = id[(dash + 1)..];
            bool digits = part.Length > 0 && !part.ContainsAnyExceptInRange('0', '9');
            bool hex = part.Length == 6 && !part.ContainsAnyExcept("0123456789abcdef");
            if (!digits && !hex) return id;
            id = id[..dash];
        }
    }

    /// <summary>
    /// Gives every generated id that more than one event has a suffix hashed from <paramref name="of"/>;
    /// all of them, not all but the first, so which one keeps the plain id never depends on the order.
    /// </summary>
    private static void Disambiguate(List<TimelineEvent> events, List<string> ids, Func<TimelineEvent, string?> of)
    {
        // Counted in a plain dictionary: CountBy's pairs were compiled on each rebuild's critical path.
        var counts = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        foreach (string id in ids) counts[id] = counts.GetValueOrDefault(id) + 1;
        // Each event's id depends only on the counts above and its own text: worked out in parallel, each into its own slot.
        if (events.Count <= 64)
        {
            for (int i = 0; i < events.Count; i++)
                if (events[i].Id.Length == 0 && counts[ids[i]] > 1 && of(events[i]) is { } text) ids[i] = $"{ids[i]}-{Hash(text)}";
            return;
        }
        Parallel.For(0, events.Count, i =>
        {
            if (events[i].Id.Length == 0 && counts[ids[i]] > 1 && of(events[i]) is { } text)
                ids[i] = $"{ids[i]}-{Hash(text)}";
        });
    }

    /// <summary>
    /// The suffix an id takes from where its first statement stands, when its slug and first quote are not enough:
    /// an id holding it changes when text is inserted before that statement.
    /// </summary>
    public static string PositionSuffix(string sourceId, int dateStart) => "-" + Hash(Position(sourceId, dateStart));

    private static string Position(string sourceId, int dateStart) => $"{sourceId}@{dateStart.ToString(CultureInfo.InvariantCulture)}";

    public static string BaseOf(TimelineEvent e)
    {
        string date = e.When.Timex.Replace('/', '-');
        // "1951 Refugee Convention" already starts with its date: say it once.
        string text = e.Headline.StartsWith(date, StringComparison.Ordinal) ? e.Headline : $"{date} {e.Headline}";
        return Slug.From(text, 72);
    }

    // FNV-1a over UTF-16 code units: the same on every machine and run, unlike string.GetHashCode.
    private static string Hash(string text)
    {
        uint h = 2166136261;
        foreach (char c in text) h = unchecked((h ^ c) * 16777619);
        return (h & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
    }
}
