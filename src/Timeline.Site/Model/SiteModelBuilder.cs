using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Site.Model;

/// <summary>Turns the finished timeline into the view records the templates render. Links are relative to the site root.</summary>
public static class SiteModelBuilder
{
    public const string UndatedLabel = "Undated";

    public static string SourceHref(string sourceId) => string.Concat("sources/", sourceId, ".html");

    /// <summary><see cref="SourceHref"/> and the passage's fragment, made as one string (a large timeline has a few hundred thousand).</summary>
    private static string PassageHref(string sourceId, string passage) => $"sources/{sourceId}.html#{passage}";

    public static string EventHref(string eventId) => string.Concat("events/", eventId, ".html");

    public static SiteModel Build(TimelineData timeline, SiteInfo site) => Build(timeline, site, collect: true);

    /// <param name="collect">False for a small model (<see cref="PartialSiteModel"/>), which leaves little to collect.</param>
    /// <param name="known">Where each date of a source links (source id and date offset → event id) and how many of each source's
    /// dates link to an event, when the caller has them already (<see cref="PartialSiteModel"/>): not found again over every statement.</param>
    /// <param name="beside">Run with each event's index right after its view is made, on the same thread (while the event is in the cache).</param>
    /// <param name="onDemand">Each event view makes what it lists of its sources when first read (a rebuild reads it for the few events
    /// it renders); else all are made here, as a build that renders every page reads them all.</param>
    /// <param name="estimates">Each event's paging estimate, in the timeline's order, where the last build recorded it (null elsewhere): taken
    /// rather than made from the event's reports (<see cref="Changes.EventRecords"/>). Only with <paramref name="onDemand"/>.</param>
    // Called once per build, its loops over every event (and the views' loop body below) jitted optimized at once: run as tier-0
    // code, they were a third of the partial model's own time in a rebuild.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static SiteModel Build(TimelineData timeline, SiteInfo site, bool collect, SourceLinks? known = null, Action<int>? beside = null, bool onDemand = false,
        long?[]? estimates = null)
    {
        var sourcesById = timeline.Documents.ToDictionary(d => d.Source.Id, d => new Cited(d.Source), StringComparer.Ordinal);
        var timelineEvents = timeline.Events;
        int count = timelineEvents.Count;
        var indexById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) indexById.Add(timelineEvents[i].Id, i);
        // What a link to each event shows, made once: its own view and every list of related events share these
        // (each event's view was made twice before, bare and then with the links to its related events).
        // On demand, a link is made only when a view's related events list it (its own view makes its face from the event when read).
        var links = new RelatedView?[count];
        if (!onDemand) Parallel.For(0, count, i => links[i] = LinkTo(timelineEvents[i]));
        RelatedView Link(int i) => links[i] ?? Interlocked.CompareExchange(ref links[i], LinkTo(timelineEvents[i]), null) ?? links[i]!;
        // The events come grouped by year: one anchor string per year rather than three strings per event.
        var anchors = new string[count];
        for (int i = 0; i < count; i++)
        {
            anchors[i] = i > 0 && TimeGrouping.YearOf(timelineEvents[i].When) == TimeGrouping.YearOf(timelineEvents[i - 1].When)
                ? anchors[i - 1]
                : TimeGrouping.YearAnchor(timelineEvents[i].When);
        }
        // Views are independent of each other: made in parallel, kept in the timeline's order.
        var views = new EventView[count];
        Func<TimelineEvent, EventDetails>? detailsOf = onDemand ? e => Details(e, sourcesById) : null;
        IReadOnlyList<RelatedView> Related(TimelineEvent e) => e.Related.Count == 0 ? [] : e.Related.Where(indexById.ContainsKey).Select(id => Link(indexById[id])).ToList();
        // On demand, one delegate for every view: its related events' links are made when first read.
        Func<EventView, IReadOnlyList<RelatedView>>? relatedOf = onDemand ? view => Related(view.Event!) : null;
        Parallel.For(0, count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
        {
            var e = timelineEvents[i];
            views[i] = onDemand ? Shell(e, anchors[i], sourcesById, detailsOf!, relatedOf!, estimates?[i]) : ToView(e, links[i]!, anchors[i], sourcesById, null, Related(e), null);
            beside?.Invoke(i);
        });
        var events = views.ToList();
        var years = TimeGrouping.Years(timelineEvents, events);
        var decades = TimeGrouping.Decades(years);

        List<SourceView> sources;
        if (known is { } given)
        {
            // A source without dates (a face) links nothing: its links are not asked for.
            sources = timeline.Documents.AsParallel().AsOrdered().Select(d => ToView(d, d.Mentions.Count == 0 ? NoLinks : given.EventOf(d.Source.Id), EventHref, given.EventCounts.GetValueOrDefault(d.Source.Id), sourcesById[d.Source.Id])).ToList();
        }
        else
        {
            // Where each date on a source page links: the event its statement became (the last event naming it wins),
            // as the event's own link string rather than a new one per date.
            var hrefOf = new Dictionary<(string, int), string>();
            for (int i = 0; i < count; i++)
                foreach (var m in timelineEvents[i].Mentions) hrefOf[(m.SourceId, m.DateStart)] = Link(i).Href;

            var eventsPerSource = hrefOf.Keys.CountBy(k => k.Item1, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            sources = timeline.Documents.AsParallel().AsOrdered().Select(d => ToView(d, hrefOf, Unchanged, eventsPerSource.GetValueOrDefault(d.Source.Id), sourcesById[d.Source.Id])).ToList();
        }
        var published = timeline.Documents.Where(d => d.Source.Published.HasValue).Select(d => d.Source.Published!.Value).ToList();
        string? updated = published.Count > 0 ? published.Max().ToString() : null;
        // The views were just made here: each is given where it is listed rather than copied with it.
        var model = Paging.Apply(new SiteModel(site with { Updated = updated }, decades, years, events, sources, Overview.Build(years)), inPlace: true);
        model = model with { SourcePages = SourcePaging.Pages(sources) };
        // The views made on the way (each event's twice: bare, and with where it is listed) and the maps above were
        // promoted with the model by the collections while it was made; the pages, which set a build's peak memory,
        // would carry them to the end (one full collection here took another 40-80 MB off at 10,000 articles).
        // Swept, not compacted: the pages' promotions fill the space it frees, and compacting the whole heap took
        // another 0.45 CPU-s on one core while the other waited, for no lower peak (docs/performance.md, session 7).
        if (collect) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return model;
    }

    private static readonly Func<string, string> Unchanged = href => href;

    private static readonly Dictionary<(string, int), string> NoLinks = [];

    /// <summary>
    /// What every report of one source shows the same: made once per source rather than once per report
    /// (a large timeline has twenty reports per source, each of which parsed the address and kept its own copy).
    /// </summary>
    internal sealed class Cited(SourceDocument source)
    {
        public SourceDocument Source { get; } = source;

        public string? Url { get; } = LinkUrl(source.Url);

        public string Published { get; } = PublishedLabel(source);
    }

    /// <summary>How a link to the event reads: its date and headline.</summary>
    // LinkTo, ToView and Estimate run once per event in a one-shot build: jitted optimized at once rather than first as tier-0
    // code, which ran most of a rebuild's 46,000 calls before the optimized code was ready (docs/performance.md, session 8).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RelatedView LinkTo(TimelineEvent e)
    {
        var when = e.When;
        string date = when.IsResolved ? DateLabel.Format(when) : e.Mentions.Count > 0 ? $"“{e.MentionAt(0).DateText}”: date unknown" : "date unknown";
        return new RelatedView(e.Id, EventHref(e.Id), date, e.Headline);
    }

    /// <summary>
    /// A view that makes its face (<see cref="EventFace"/>) and what it lists of its sources (<see cref="EventDetails"/>) from the event when
    /// first read: a rebuild reads them for the few events it renders or writes. Its estimate is the recorded one where given, else made.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EventView Shell(TimelineEvent e, string yearAnchor, Dictionary<string, Cited> sources, Func<TimelineEvent, EventDetails> detailsOf,
        Func<EventView, IReadOnlyList<RelatedView>> relatedOf, long? estimate)
    {
        var when = e.When;
        return new EventView(e.Id, null!, null!, null, when.Timex, LowerName<TimePrecision>.Of(when.Precision), LowerName<TimeModifier>.Of(when.Modifier), null, null,
            when.IsResolved, e.Headline, null!, yearAnchor, null!)
        {
            FaceOf = FaceOf,
            DetailsOf = detailsOf,
            EstimatedSize = estimate ?? Estimate(e, LinkTo(e).Date, sources),
            RelatedOf = relatedOf,
            IsManual = e.IsManual,
            IsEdited = e.IsEdited,
            Event = e,
        };
    }

    private static readonly Func<TimelineEvent, EventFace> FaceOf = e => new EventFace(LinkTo(e).Date, DateLabel.HtmlDateTime(e.When));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EventView ToView(TimelineEvent e, RelatedView link, string yearAnchor, Dictionary<string, Cited> sources, Func<TimelineEvent, EventDetails>? detailsOf,
        IReadOnlyList<RelatedView> related, long? estimate)
    {
        var when = e.When;
        // What it lists of its sources is made here, or when read (detailsOf, on demand): a rebuild reads it only for the events it renders.
        var made = detailsOf is not null ? null : Details(e, sources);
        // A day's event starts and ends on the same date: formatted once.
        string? start = when.Start?.ToString();
        string? end = when.End == when.Start ? start : when.End?.ToString();
        return new EventView(
            e.Id,
            link.Href,
            link.Date,
            DateLabel.HtmlDateTime(when),
            when.Timex,
            LowerName<TimePrecision>.Of(when.Precision),
            LowerName<TimeModifier>.Of(when.Modifier),
            start,
            end,
            when.IsResolved,
            e.Headline,
            made?.SourceIds!,
            yearAnchor,
            made?.Sources!)
        {
            Conflicts = made?.Conflicts!,
            DetailsOf = made is null ? detailsOf : null,
            EstimatedSize = made is null ? estimate ?? Estimate(e, link.Date, sources) : null,
            Related = related,
            IsManual = e.IsManual,
            IsEdited = e.IsEdited,
            Event = e,
        };
    }

    private static EventDetails Details(TimelineEvent e, Dictionary<string, Cited> sources) => new(
        string.Join(' ', e.Mentions.Select(m => m.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        e.Mentions.Select(m => ToView(m, sources[m.SourceId])).ToList(),
        Conflicts(e, sources));

    private static IReadOnlyList<ConflictView> Conflicts(TimelineEvent e, Dictionary<string, Cited> sources) =>
        e.Conflicts.Count == 0 ? [] : e.Conflicts.Select(c => new ConflictView(
            DateLabel.Format(c),
            DateLabel.HtmlDateTime(c),
            string.Join(", ", e.Mentions.Where(m => m.Value == c).Select(m => sources[m.SourceId].Source.Title).Distinct(StringComparer.Ordinal))))
            .ToList();

    /// <summary>
    /// <see cref="Paging.Estimate"/> of the view <paramref name="e"/> makes, from the event itself: the lengths of what its view lists of
    /// its sources, without making them. Loops by index over the mentions, most events citing a handful.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long Estimate(TimelineEvent e, string date, Dictionary<string, Cited> sources)
    {
        var mentions = e.Mentions;
        long size = 400 + 2 * e.Id.Length + e.Headline.Length + 2 * date.Length;
        // SourceIds: the distinct ids, space-separated.
        int distinct = 0;
        HashSet<string>? many = mentions.Count > 16 ? new(StringComparer.Ordinal) : null;
        for (int i = 0; i < mentions.Count; i++)
        {
            string id = mentions[i].SourceId;
            bool seen = false;
            if (many is not null) seen = !many.Add(id);
            else for (int k = 0; k < i && !seen; k++) seen = string.Equals(mentions[k].SourceId, id, StringComparison.Ordinal);
            if (seen) continue;
            size += id.Length;
            distinct++;
        }
        if (distinct > 1) size += distinct - 1;
        if (e.Conflicts.Count > 0)
        {
            foreach (var c in Conflicts(e, sources)) size += 20 + c.Date.Length + c.Sources.Length;
        }
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // The report's href is sources/<id>.html#<passage> (PassageHref).
            size += 100 + ("sources/".Length + m.SourceId.Length + ".html#".Length + m.Passage.Length) + m.SourceId.Length + sources[m.SourceId].Source.Title.Length + m.Quote.Length * 11 / 10;
        }
        return size;
    }

    // An enum's name in lower case, made once per value (not formatted, then looked up, per event): every event shows its precision and modifier.
    private static class LowerName<T> where T : struct, Enum
    {
        private static readonly ConcurrentDictionary<T, string> Names = new();

        public static string Of(T value) => Names.GetOrAdd(value, v => v.ToString().ToLowerInvariant());
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
            PassageHref(m.SourceId, m.Passage),
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
    internal static SourceView ToView(DocumentAnalysis analysis, Dictionary<(string, int), string> eventOf, int eventCount) =>
        ToView(analysis, eventOf, EventHref, eventCount);

    /// <param name="linkOf">Source id and date offset → what <paramref name="href"/> makes the link of the date from.</param>
    /// <param name="cited">Its address and date label as the events' reports show them, when made already: not parsed and formatted again.</param>
    private static SourceView ToView(DocumentAnalysis analysis, Dictionary<(string, int), string> linkOf, Func<string, string> href, int eventCount, Cited? cited = null)
    {
        var source = analysis.Source;
        var dates = analysis.Mentions.Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ToList();
        var paragraphs = new List<ParagraphView>(analysis.Paragraphs.Count);
        // Loops by index: the lists are interfaces, whose enumerators (a million sentences at 10,000 articles) would be boxed.
        for (int i = 0; i < analysis.Paragraphs.Count; i++)
        {
            var p = analysis.Paragraphs[i];
            var sentences = new List<SentenceView>(source.ExcerptsOnly ? 0 : p.Sentences.Count);
            for (int k = 0; k < p.Sentences.Count; k++)
            {
                var view = ToView(source, p.Sentences[k], dates, linkOf, href);
                if (!source.ExcerptsOnly || view.Dated) sentences.Add(view); // excerpts only: the quoted passages, nothing else
            }
            if (sentences.Count > 0) paragraphs.Add(new ParagraphView(sentences));
        }
        return new SourceView(
            source.Id,
            source.Title,
            SourceHref(source.Id),
            cited is null ? LinkUrl(source.Url) : cited.Url,
            source.Publisher,
            cited is null ? PublishedLabel(source) : cited.Published,
            source.Published?.ToString(),
            BasisLabel(source.PublishedBasis),
            source.PublishedEvidence,
            source.Dateline,
            source.ExcerptsOnly,
            eventCount,
            paragraphs);
    }

    private static SentenceView ToView(SourceDocument source, Sentence sentence, List<TemporalMention> dates, Dictionary<(string, int), string> linkOf, Func<string, string> href)
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
            string? link = linkOf.TryGetValue((source.Id, m.Start), out var to) ? href(to) : null;
            Add(new SegmentView(m.Text, true, link, m.Value.Timex));
            dated = true;
            pos = m.End;
        }
        if (pos < sentence.End) Add(new SegmentView(source.Text, pos, sentence.End - pos, false, null, null));
        IReadOnlyList<SegmentView> all = segments is not null ? segments.ToArray() : only is not null ? [only] : [];
        return new SentenceView(sentence.Anchor, dated, all);
    }
}
