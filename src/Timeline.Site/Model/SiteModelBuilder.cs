using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Site.Model;

/// <summary>Turns the finished timeline into the view records the templates render. Links are relative to the site root.</summary>
public static class SiteModelBuilder
{
    public const string UndatedLabel = "Undated";

    public static string SourceHref(string sourceId) => $"sources/{sourceId}.html";

    public static SiteModel Build(TimelineData timeline, SiteInfo site)
    {
        var titles = timeline.Documents.ToDictionary(d => d.Source.Id, d => d.Source.Title, StringComparer.Ordinal);
        var urls = timeline.Documents.ToDictionary(d => d.Source.Id, d => d.Source.Url, StringComparer.Ordinal);
        var events = timeline.Events.Select(e => ToView(e, titles, urls)).ToList();

        var years = timeline.Events.Zip(events)
            .GroupBy(pair => pair.First.When.Start is { } s ? DateLabel.Year(s.Year) : UndatedLabel)
            .Select(g => new YearView(g.Key, "y-" + Slug.From(g.Key), g.Select(p => p.Second).ToList()))
            .ToList();

        // Where each date on a source page links: the event its statement became.
        var eventOf = new Dictionary<(string, int), string>();
        foreach (var e in timeline.Events)
            foreach (var m in e.Mentions) eventOf[(m.SourceId, m.DateStart)] = e.Id;

        var sources = timeline.Documents.Select(d => ToView(d, eventOf)).ToList();
        return new SiteModel(site, years, events, sources);
    }

    private static EventView ToView(TimelineEvent e, Dictionary<string, string> titles, Dictionary<string, string?> urls) => new(
        e.Id,
        e.When.IsResolved ? DateLabel.Format(e.When) : $"“{e.Mentions[0].DateText}”: date unknown",
        DateLabel.HtmlDateTime(e.When),
        e.When.Timex,
        e.When.Precision.ToString().ToLowerInvariant(),
        e.When.IsResolved,
        e.Headline,
        e.Mentions.Select(m => new EventSourceView(m.SourceId, titles[m.SourceId], $"{SourceHref(m.SourceId)}#{m.Passage}", m.Quote, m.DateText, urls[m.SourceId])).ToList());

    private static SourceView ToView(DocumentAnalysis analysis, Dictionary<(string, int), string> eventOf)
    {
        var source = analysis.Source;
        var dates = analysis.Mentions.Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ToList();
        var paragraphs = analysis.Paragraphs
            .Select(p => new ParagraphView(p.Sentences
                .Select(s => ToView(source, s, dates, eventOf))
                .Where(s => !source.ExcerptsOnly || s.Dated) // excerpts only: the quoted passages, nothing else
                .ToList()))
            .Where(p => p.Sentences.Count > 0)
            .ToList();
        int eventCount = eventOf.Count(kv => kv.Key.Item1 == source.Id);
        return new SourceView(
            source.Id,
            source.Title,
            SourceHref(source.Id),
            source.Url,
            source.Publisher,
            source.Published is { } p2 ? DateLabel.Format(TimeValue.Day(p2)) : "date unknown",
            source.PublishedBasis.ToString().ToLowerInvariant(),
            source.PublishedEvidence,
            source.Dateline,
            source.ExcerptsOnly,
            eventCount,
            paragraphs);
    }

    private static SentenceView ToView(SourceDocument source, Sentence sentence, List<TemporalMention> dates, Dictionary<(string, int), string> eventOf)
    {
        var segments = new List<SegmentView>();
        int pos = sentence.Start;
        foreach (var m in dates)
        {
            if (m.Start < sentence.Start || m.End > sentence.End) continue;
            if (m.Start > pos) segments.Add(new SegmentView(source.Text[pos..m.Start], false, null, null));
            string? href = eventOf.TryGetValue((source.Id, m.Start), out var id) ? $"../index.html#{id}" : null;
            segments.Add(new SegmentView(m.Text, true, href, m.Value.Timex));
            pos = m.End;
        }
        if (pos < sentence.End) segments.Add(new SegmentView(source.Text[pos..sentence.End], false, null, null));
        bool dated = segments.Any(s => s.IsDate);
        return new SentenceView(sentence.Anchor, dated, segments);
    }
}
