using Timeline.Core.Sources;

namespace Timeline.Core.Events;

/// <summary>Turns the dated statements of every source into ordered events with stable ids.</summary>
public static class TimelineBuilder
{
    public static TimelineData Build(IEnumerable<DocumentAnalysis> analyses)
    {
        var documents = analyses.OrderBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        var events = documents
            .SelectMany(d => d.Statements)
            .Select(m => new TimelineEvent
            {
                Id = "",
                When = m.Value,
                Headline = Headline.FromSentence(m.Quote),
                Mentions = [m],
            })
            .ToList();
        return new TimelineData(documents, AssignIds(events));
    }

    /// <summary>Ids come from the event's date and headline only; collisions get a number in chronological order.</summary>
    private static IReadOnlyList<TimelineEvent> AssignIds(List<TimelineEvent> events)
    {
        events.Sort(EventOrder.Instance);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<TimelineEvent>(events.Count);
        foreach (var e in events)
        {
            string baseId = Slug.From($"{e.When.Timex.Replace('/', '-')} {e.Headline}", 72);
            string id = baseId;
            if (used.TryGetValue(baseId, out int n))
            {
                id = $"{baseId}-{n + 1}";
                used[baseId] = n + 1;
            }
            else
            {
                used[baseId] = 1;
            }
            result.Add(e with { Id = id });
        }
        return result;
    }
}
