using Timeline.Core.Events.Terms;
using Timeline.Temporal;

namespace Timeline.Core.Events;

/// <summary>
/// Turns the dated statements of every source into merged, ordered events with stable ids. Runs
/// after every source's <see cref="EventExtractor.Analyze"/>: it is the only cross-article step.
/// </summary>
public static class TimelineBuilder
{
    public static TimelineData Build(IEnumerable<DocumentAnalysis> analyses)
    {
        var documents = analyses.OrderBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        var statements = documents.SelectMany(d => d.Statements).ToList();
        // Each group becomes an event on its own: in parallel, in group order.
        var events = EventMerger.Merge(statements).AsParallel().AsOrdered().Select(ToEvent).ToList();
        return new TimelineData(documents, Finish(events));
    }

    /// <summary>Orders events, gives them ids, and links the related ones. Also used after editorial overrides.</summary>
    public static IReadOnlyList<TimelineEvent> Finish(List<TimelineEvent> events)
    {
        var withIds = EventIds.Assign(events);
        return RelatedEvents.Link(withIds);
    }

    internal static TimelineEvent ToEvent(IReadOnlyList<EventMention> group)
    {
        var mentions = group
            .OrderBy(m => m.SourceId, StringComparer.Ordinal).ThenBy(m => m.DateStart)
            .ToList();
        var when = MostPrecise(group);
        var conflicts = group.Select(m => m.Value)
            .Where(v => !DateRelation.Compatible(v, when))
            .DistinctBy(v => v.Timex)
            .OrderBy(v => v.Start)
            .ToList();
        return new TimelineEvent
        {
            Id = "",
            When = when,
            Headline = BestHeadline(group),
            Mentions = mentions,
            Conflicts = conflicts,
        };
    }

    // The finest precision, then the shortest interval, then the most reports of that very value.
    private static TimeValue MostPrecise(IReadOnlyList<EventMention> group) => group
        .Where(m => !m.IsWeak || group.All(x => x.IsWeak))
        .GroupBy(m => (m.Value.Timex, m.Value.Modifier))
        .Select(g => (Value: g.First().Value, Count: g.Count()))
        .OrderByDescending(x => x.Value.IsResolved)
        .ThenByDescending(x => x.Value.Precision)
        .ThenBy(x => DateRelation.Days(x.Value))
        .ThenBy(x => x.Value.Modifier == TimeModifier.None ? 0 : 1)
        .ThenByDescending(x => x.Count)
        .ThenBy(x => x.Value.Timex, StringComparer.Ordinal)
        .First().Value;

    // A main clause reads better than a relative one; names make a headline say who and where.
    private static string BestHeadline(IReadOnlyList<EventMention> group) => group
        .Where(m => m.Headline.Length > 0)
        .OrderBy(m => m.IsWeak)
        .ThenBy(m => m.IsRelativeClause)
        .ThenByDescending(m => Math.Min(m.Profile.Names.Count, 3) + Math.Min(WordCount(m.Headline), 8) / 4)
        .ThenByDescending(m => m.Value.Precision)
        .ThenBy(m => m.Headline, StringComparer.Ordinal)
        .Select(m => m.Headline)
        .FirstOrDefault() ?? Headline.FromSentence(group[0].Quote);

    // As many as Split(' ') gives, without making the pieces.
    private static int WordCount(string headline) => headline.AsSpan().Count(' ') + 1;
}
