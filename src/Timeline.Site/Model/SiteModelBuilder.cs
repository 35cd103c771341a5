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

    public static string EventHref(string eventId) => $"events/{eventId}.html";

    public static SiteModel Build(TimelineData timeline, SiteInfo site) => Build(timeline, site, collect: true);

    /// <param name="collect">False for a small model (<see cref="PartialSiteModel"/>), which leaves little to collect.</param>
    internal static SiteModel Build(TimelineData timeline, SiteInfo site, bool collect)
    {
        var sourcesById = timeline.Documents.ToDictionary(d => d.Source.Id, d => new Cited(d.Source), StringComparer.Ordinal);
        // Views are independent of each other: made in parallel, kept in the timeline's order.
        var events = timeline.Events.AsParallel().AsOrdered().Select(e => ToView(e, sourcesById)).ToList();
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        events = events.Zip(timeline.Events, (view, e) => view with
        {
            Related = e.Related
                .Where(byId.ContainsKey)
                .Select(id => byId[id])
                .Select(r => new RelatedView(r.Id, r.Href, r.Date, r.Headline))
                .ToList(),
        }).ToList();
        var years = TimeGrouping.Years(timeline.Events, events);
        var decades = TimeGrouping.Decades(years);

        // Where each date on a source page links: the event its statement became.
        var eventOf = new Dictionary<(string, int), string>();
        foreach (var e in timeline.Events)
            foreach (var m in e.Mentions) eventOf[(m.SourceId, m.DateStart)] = e.Id;

        var eventsPerSource = eventOf.Keys.CountBy(k => k.Item1, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var sources = timeline.Documents.AsParallel().AsOrdered().Select(d => ToView(d, eventOf, eventsPerSource.GetValueOrDefault(d.Source.Id))).ToList();
        var published = timeline.Documents.Where(d => d.Source.Published.HasValue).Select(d => d.Source.Published!.Value).ToList();
        string? updated = published.Count > 0 ? published.Max().ToString() : null;
        var model = Paging.Apply(new SiteModel(site with { Updated = updated }, decades, years, events, sources, Overview.Build(years)));
        model = model with { SourcePages = SourcePaging.Pages(sources) };
        // The views made on the way (each event's three times: bare, with its related events, with where it is listed)
        // and the maps above were promoted with the model by the collections while it was made; the pages, which set a
        // build's peak memory, would carry them to the end (one full collection here took another 40-80 MB off at 10,000 articles).
        if (collect) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return model;
    }

    /// <summary>
    /// What every report of one source shows the same: made once per source rather than once per report
    /// (a large timeline has twenty reports per source, each of which parsed the address and kept its own copy).
    /// </summary>
    private sealed class Cited(SourceDocument source)
    {
        public SourceDocument Source { get; } = source;

        public string? Url { get; } = LinkUrl(source.Url);

        public string Published { get; } = PublishedLabel(source);
    }

    private static EventView ToView(TimelineEvent e, Dictionary<string, Cited> sources)
    {
        var when = e.When;
        return new EventView(
            e.Id,
            EventHref(e.Id),
            when.IsResolved ? DateLabel.Format(when) : e.Mentions.Count > 0 ? $"“{e.Mentions[0].DateText}”: date unknown" : "date unknown",
            DateLabel.HtmlDateTime(when),
            when.Timex,
            when.Precision.ToString().ToLowerInvariant(),
            when.Modifier.ToString().ToLowerInvariant(),
            when.Start?.ToString(),
            when.End?.ToString(),
            when.IsResolved,
            e.Headline,
            string.Join(' ', e.Mentions.Select(m => m.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            TimeGrouping.YearAnchor(when),
            e.Mentions.Select(m => ToView(m, sources[m.SourceId])).ToList())
        {
            Conflicts = e.Conflicts.Select(c => new ConflictView(
                DateLabel.Format(c),
                DateLabel.HtmlDateTime(c),
                string.Join(", ", e.Mentions.Where(m => m.Value == c).Select(m => sources[m.SourceId].Source.Title).Distinct(StringComparer.Ordinal))))
                .ToList(),
            IsManual = e.IsManual,
            IsEdited = e.IsEdited,
        };
    }

    private static EventSourceView ToView(EventMention m, Cited cited)
    {
        var source = cited.Source;
        // The date is highlighted where it stands in the quote; a quote an editor added need not contain it.
        int at = m.DateStart - m.QuoteStart;
        var highlighted = at >= 0 && at + m.DateText.Length <= m.Quote.Length && string.CompareOrdinal(m.Quote, at, m.DateText, 0, m.DateText.Length) == 0
            ? new QuoteView(m.Quote, at, m.DateText)
            : new QuoteView(m.Quote, m.Quote.Length, "");
        return new EventSourceView(
            m.SourceId,
            source.Title,
            $"{SourceHref(m.SourceId)}#{m.Passage}",
            m.Quote,
            m.DateText,
            m.Url is null ? cited.Url : LinkUrl(m.Url),
            source.Publisher,
            cited.Published,
            m.Passage,
            highlighted);
    }

    /// <summary>
    /// An article's address as a link target: only http(s), and percent-encoded the way HTML wants
    /// it (<c>&lt;</c> in a query is a valid address once written <c>%3C</c>).
    /// </summary>
    private static string? LinkUrl(string? url) =>
        SafeUrl.OrNull(url) is { } safe && Uri.TryCreate(safe, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : null;

    private static string PublishedLabel(SourceDocument source) =>
        source.Published is { } p ? DateLabel.Format(TimeValue.Day(p)) : "date unknown";

    /// <summary>How a reader is told where the publication date came from.</summary>
    private static string BasisLabel(DateBasis basis) => basis switch
    {
        DateBasis.Config => "given in timeline.yml",
        DateBasis.File => "stated by the article",
        DateBasis.Dateline => "read from the dateline",
        DateBasis.Inferred => "inferred from the text",
        _ => "not known",
    };

    /// <summary>One source's view: its text cut at its dates, each linked to the event it became (<paramref name="eventOf"/>: source id and date offset → event id).</summary>
    internal static SourceView ToView(DocumentAnalysis analysis, Dictionary<(string, int), string> eventOf, int eventCount)
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
        return new SourceView(
            source.Id,
            source.Title,
            SourceHref(source.Id),
            LinkUrl(source.Url),
            source.Publisher,
            PublishedLabel(source),
            source.Published?.ToString(),
            BasisLabel(source.PublishedBasis),
            source.PublishedEvidence,
            source.Dateline,
            source.ExcerptsOnly,
            eventCount,
            paragraphs);
    }

    private static SentenceView ToView(SourceDocument source, Sentence sentence, List<TemporalMention> dates, Dictionary<(string, int), string> eventOf)
    {
        // Most sentences state no date: one segment, and no list to hold it.
        SegmentView? only = null;
        List<SegmentView>? segments = null;
        void Add(SegmentView segment)
        {
            if (only is null && segments is null) only = segment;
            else (segments ??= [only!]).Add(segment);
        }
        bool dated = false;
        int pos = sentence.Start;
        foreach (var m in dates)
        {
            if (m.Start < sentence.Start || m.End > sentence.End || m.Start < pos) continue;
            if (m.Start > pos) Add(new SegmentView(source.Text, pos, m.Start - pos, false, null, null));
            string? href = eventOf.TryGetValue((source.Id, m.Start), out var id) ? EventHref(id) : null;
            Add(new SegmentView(m.Text, true, href, m.Value.Timex));
            dated = true;
            pos = m.End;
        }
        if (pos < sentence.End) Add(new SegmentView(source.Text, pos, sentence.End - pos, false, null, null));
        IReadOnlyList<SegmentView> all = segments is not null ? segments.ToArray() : only is not null ? [only] : [];
        return new SentenceView(sentence.Anchor, dated, all);
    }
}
