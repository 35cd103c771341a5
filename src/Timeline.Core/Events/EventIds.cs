using System.Globalization;
using Timeline.Core.Sources;

namespace Timeline.Core.Events;

/// <summary>
/// Ids from what an event is — its date and headline — never from file names or positions, so a
/// permalink survives adding an article or renaming a file. Two events with the same slug are told
/// apart by a short hash of their first quote, not by a counter that shifts when events are added.
/// </summary>
public static class EventIds
{
    public static IReadOnlyList<TimelineEvent> Assign(List<TimelineEvent> events)
    {
        events.Sort(EventOrder.Instance);
        var bases = events.Select(e => e.Id.Length > 0 ? e.Id : BaseOf(e)).ToList();
        var counts = bases.GroupBy(b => b, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TimelineEvent>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            string id = bases[i];
            if (e.Id.Length == 0 && counts[id] > 1) id = $"{id}-{Hash(e.Mentions.Count > 0 ? e.Mentions[0].Quote + e.Mentions[0].DateText : e.Headline)}";
            string unique = id;
            for (int n = 2; !used.Add(unique); n++) unique = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
            result.Add(e with { Id = unique });
        }
        return result;
    }

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
