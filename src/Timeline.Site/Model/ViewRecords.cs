using System.Text.Json.Serialization;

namespace Timeline.Site.Model;

// The records templates see. Plain data with snake_case names in templates (`event.headline`),
// every string still raw article text: the rendering context escapes it. Every href is relative
// to the site root; a template prefixes it with `root` (`""` or `"../"`) for the page it renders.

/// <param name="BaseUrl">The absolute URL the site is published at, ending in <c>/</c>, or null.</param>
/// <param name="Updated">The latest publication date of any source (<c>yyyy-MM-dd</c>): the data's own "now", never the clock's.</param>
public sealed record SiteInfo(string Title, string? Description, string? BaseUrl, string Generator, string? Updated = null, string? Cname = null);


/// <summary>One source's report of an event, as linked from the timeline and the event page.</summary>
/// <param name="Href">The passage on the source page: <c>sources/&lt;id&gt;.html#s3</c>.</param>
public sealed record EventSourceView(
    string SourceId,
    string SourceTitle,
    string Href,
    string Quote,
    string DateText,
    string? OriginalUrl,
    string? Publisher,
    string Published,
    string Passage,
    QuoteView Highlighted);

/// <summary>A date some sources give for an event that disagrees with the date the timeline shows, and who gives it.</summary>
public sealed record ConflictView(string Date, string? Datetime, string Sources);

/// <summary>An event that belongs with another without being it (the visit, and a reception during it).</summary>
public sealed record RelatedView(string Id, string Href, string Date, string Headline);

/// <param name="Href">The event's permalink page: <c>events/&lt;id&gt;.html</c>.</param>
/// <param name="SourceIds">The ids of its sources, space-separated, for the filter script.</param>
/// <param name="YearAnchor">The fragment of the year it is listed under on the index.</param>
public sealed record EventView(
    string Id,
    string Href,
    string Date,
    string? Datetime,
    string Timex,
    string Precision,
    string Modifier,
    string? Start,
    string? End,
    bool Resolved,
    string Headline,
    string SourceIds,
    string YearAnchor,
    IReadOnlyList<EventSourceView> Sources)
{
    // What a view lists of its sources, made when first read (EventDetails): a rebuild reads them for the few events on the
    // pages it renders, and each event's size estimate and digest come from the timeline's event instead.
    private string? _sourceIds = SourceIds;
    private IReadOnlyList<EventSourceView>? _sources = Sources;
    // One delegate shared by every view of a model (not a Lazy and a closure per event: 46,000 of each at 10,000 articles).
    private Func<Core.Events.TimelineEvent, EventDetails>? _detailsOf;
    private EventDetails? _details;

    /// <summary>
    /// Makes <see cref="SourceIds"/>, <see cref="Sources"/> and <see cref="Conflicts"/> from <see cref="Event"/> when one is first read,
    /// for a view constructed without them (null for each); null for a view given them.
    /// </summary>
    internal Func<Core.Events.TimelineEvent, EventDetails>? DetailsOf
    {
        init
        {
            if (value is null) return;
            _detailsOf = value;
            _conflicts = null;
        }
    }

    // Made once from any thread: two threads may both make them, and both then read the one published first.
    private EventDetails Details => _details ?? Interlocked.CompareExchange(ref _details, _detailsOf!(Event!), null) ?? _details!;

    // How it is linked and dated, made when first read for a view constructed without them: a rebuild reads them for the few events
    // on the pages it renders and the data items it writes, and every view of the others stays a shell around its event. Its link,
    // its label and its span are made apart: the data files read the span of every event they write, a sitemap every link.
    private string? _href = Href, _date = Date, _datetime = Datetime, _start = Start, _end = End;
    private Func<Core.Events.TimelineEvent, EventFace>? _faceOf;
    private EventFace? _face;
    private EventSpan? _span;

    /// <summary>
    /// Makes <see cref="Href"/>, <see cref="Date"/>, <see cref="Datetime"/>, <see cref="Start"/> and <see cref="End"/> from
    /// <see cref="Event"/> when one is first read, for a view constructed without them; null for a view given them.
    /// </summary>
    internal Func<Core.Events.TimelineEvent, EventFace>? FaceOf { init => _faceOf = value; }

    private EventFace Face => _face ?? Interlocked.CompareExchange(ref _face, _faceOf!(Event!), null) ?? _face!;

    private EventSpan Span => _span ?? Interlocked.CompareExchange(ref _span, EventSpan.Of(Event!.When), null) ?? _span!;

    public string Href { get => _href ?? Interlocked.CompareExchange(ref _href, SiteModelBuilder.EventHref(Id), null) ?? _href!; init => _href = value; }

    public string Date { get => _faceOf is null ? _date! : Face.Date; init => _date = value; }

    public string? Datetime { get => _faceOf is null ? _datetime : Face.Datetime; init => _datetime = value; }

    public string? Start { get => _faceOf is null ? _start : Span.Start; init => _start = value; }

    public string? End { get => _faceOf is null ? _end : Span.End; init => _end = value; }

    public string SourceIds { get => _sourceIds ?? Details.SourceIds; init => _sourceIds = value; }

    public IReadOnlyList<EventSourceView> Sources { get => _sources ?? Details.Sources; init => _sources = value; }

    private IReadOnlyList<ConflictView>? _conflicts = [];

    /// <summary>Dates other sources give for it; empty when they agree.</summary>
    public IReadOnlyList<ConflictView> Conflicts { get => _conflicts ?? Details.Conflicts; init => _conflicts = value; }

    /// <summary>Whether <see cref="Sources"/> has been made (a rebuild makes it only for the events it renders or writes).</summary>
    internal bool SourcesMade => _sources is not null || _details is not null;

    /// <summary>Whether its date's label and span have been made (a rebuild makes them only for the events it renders or writes).</summary>
    internal bool FaceMade => _faceOf is null || _face is not null || _span is not null;

    /// <summary>The timeline's event it was made from, when made by <see cref="SiteModelBuilder"/>: what it cites, in order, without making its views.</summary>
    internal Core.Events.TimelineEvent? Event { get; init; }

    /// <summary>The id of each source of <see cref="Sources"/>, in order, without making the list when <see cref="Event"/> is known.</summary>
    internal IEnumerable<string> CitedIds() => Event is { } e ? Enumerable.Range(0, e.Mentions.Count).Select(e.SourceOf) : Sources.Select(s => s.SourceId);

    /// <summary>Its size as the index lists it (<see cref="Paging.Estimate"/>), when known without making its views.</summary>
    internal long? EstimatedSize { get; init; }

    // Its related events' links, made when first read for a view constructed without them: a rebuild reads them for the few events
    // on the pages it renders and the data items it writes (each link formats a date, and most events list a few).
    private IReadOnlyList<RelatedView>? _related = [];
    private Func<EventView, IReadOnlyList<RelatedView>>? _relatedOf;

    /// <summary>Makes <see cref="Related"/> from the view when first read, for a view constructed without it; null for a view given it.</summary>
    internal Func<EventView, IReadOnlyList<RelatedView>>? RelatedOf
    {
        init
        {
            if (value is null) return;
            _relatedOf = value;
            _related = null;
        }
    }

    /// <summary>Whether <see cref="Related"/> has been made (a rebuild makes it only for the events it renders or writes).</summary>
    internal bool RelatedMade => _related is not null;

    public IReadOnlyList<RelatedView> Related
    {
        get => _related ?? Interlocked.CompareExchange(ref _related, _relatedOf!(this), null) ?? _related!;
        init => _related = value;
    }

    /// <summary>Added by an editor in timeline.yml rather than found in a source.</summary>
    public bool IsManual { get; init; }

    /// <summary>Its headline or date was rewritten by an editor in timeline.yml.</summary>
    public bool IsEdited { get; init; }

    /// <summary>Where the timeline lists it: <c>index.html#&lt;id&gt;</c>, or its decade's or year's page on a paged site.</summary>
    [JsonIgnore]
    public string ListedHref { get => _listedHref; init => _listedHref = value; }

    private string _listedHref = "";

    /// <summary>
    /// Sets <see cref="ListedHref"/> on a view no one else holds yet: the model's builder pages the views it has just made
    /// (<see cref="Paging"/>) rather than copying each of them (46,000 copies at 10,000 articles) to set it.
    /// </summary>
    internal void ListAt(string href) => _listedHref = href;
}

/// <summary>What an event view lists of its sources, made together when first read.</summary>
internal sealed record EventDetails(string SourceIds, IReadOnlyList<EventSourceView> Sources, IReadOnlyList<ConflictView> Conflicts);

/// <summary>How an event view labels its event's date, made together when first read.</summary>
internal sealed record EventFace(string Date, string? Datetime);

/// <summary>The first and last day of an event's date as an event view gives them, made together when first read.</summary>
internal sealed record EventSpan(string? Start, string? End)
{
    // A day's event starts and ends on the same date: formatted once.
    public static EventSpan Of(Temporal.TimeValue when)
    {
        string? start = when.Start?.ToString();
        return new EventSpan(start, when.End == when.Start ? start : when.End?.ToString());
    }
}

public sealed record YearView(string Label, string Anchor, int? Year, IReadOnlyList<EventView> Events)
{
    /// <summary>The page its anchor is on: <c>index.html</c>, or <c>decades/1950s.html</c> / <c>years/1953.html</c> on a paged site.</summary>
    public string Page { get; init; } = "index.html";
}

public sealed record DecadeView(string Label, string Anchor, IReadOnlyList<YearView> Years)
{
    public int EventCount => Years.Sum(y => y.Events.Count);

    /// <summary>The pages listing its events on a paged site, in order; empty when the index lists everything.</summary>
    public IReadOnlyList<PageLink> Pages { get; init; } = [];
}

/// <summary>A link to one page of a paged timeline.</summary>
/// <param name="Href">Relative to the site root: <c>decades/1950s.html</c>.</param>
public sealed record PageLink(string Label, string Href, int EventCount);

/// <summary>One page of a paged timeline: a decade, a year, or part of a year too large for one page.</summary>
/// <param name="Path">The page's path from the site root.</param>
/// <param name="Decades">What it lists: one decade, holding the years (or the part of a year) on this page.</param>
public sealed record PageView(string Path, string Title, int EventCount, IReadOnlyList<DecadeView> Decades, PageLink? Previous, PageLink? Next);

/// <summary>One year on the overview strip; coordinates are in the strip's 1000 × 40 view box, invariant text.</summary>
public sealed record OverviewMark(string Label, string Href, int Count, string X, string Y, string Width, string Height);

/// <summary>Where the events fall in time, drawn to scale so that long gaps show as gaps.</summary>
public sealed record OverviewView(string First, string Last, IReadOnlyList<OverviewMark> Marks);


public sealed record SentenceView(string Anchor, bool Dated, IReadOnlyList<SegmentView> Segments);

public sealed record ParagraphView(IReadOnlyList<SentenceView> Sentences);

/// <param name="PublishedIso">The publication date as <c>yyyy-MM-dd</c>, or null when unknown.</param>
public sealed record SourceView(
    string Id,
    string Title,
    string Href,
    string? Url,
    string? Publisher,
    string Published,
    string? PublishedIso,
    string PublishedBasis,
    string? PublishedEvidence,
    string? Dateline,
    bool ExcerptsOnly,
    int EventCount,
    IReadOnlyList<ParagraphView> Paragraphs);

/// <summary>A source as the list of sources shows it: no text, so a page of the list depends only on what it shows.</summary>
public sealed record SourceRow(string Id, string Title, string Href, string? Publisher, string Published, string? PublishedIso, int EventCount);

/// <summary>A page of the list of sources: all of them on <c>sources.html</c>, or one year of publication on a large site.</summary>
/// <param name="Total">How many sources the whole site has.</param>
/// <param name="Sources">The rows on this page; empty on <c>sources.html</c> of a paged list, which links to the pages instead.</param>
/// <param name="Pages">Every page of a paged list, in order (years, undated last); empty when one page lists everything.</param>
public sealed record SourcesPageView(string Path, string Title, int Total, IReadOnlyList<SourceRow> Sources, IReadOnlyList<PageLink> Pages, PageLink? Previous, PageLink? Next);

/// <summary>A year of the navigator and the page its anchor is on, without its events.</summary>
public sealed record YearLink(string Label, string Anchor, string Page);

public sealed record SiteModel(
    SiteInfo Site,
    IReadOnlyList<DecadeView> Decades,
    IReadOnlyList<YearView> Years,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<SourceView> Sources,
    OverviewView Overview)
{
    /// <summary>The decade and year pages when the timeline is too large for one index page; empty otherwise.</summary>
    public IReadOnlyList<PageView> Pages { get; init; } = [];

    public bool Paged => Pages.Count > 0;

    /// <summary>The pages of the list of sources: <c>sources.html</c> first (<see cref="SourcePaging"/>).</summary>
    public IReadOnlyList<SourcesPageView> SourcePages { get; init; } = [];
}
