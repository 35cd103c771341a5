namespace Timeline.Site.Model;

// The records templates see. Plain data with snake_case names in templates (`event.headline`),
// every string still raw article text: the rendering context escapes it.

public sealed record SiteInfo(string Title, string? Description, string? BaseUrl, string Generator);

/// <summary>One source's report of an event, as linked from the timeline.</summary>
public sealed record EventSourceView(string SourceId, string SourceTitle, string Href, string Quote, string DateText, string? OriginalUrl);

public sealed record EventView(
    string Id,
    string Date,
    string? Datetime,
    string Timex,
    string Precision,
    bool Resolved,
    string Headline,
    IReadOnlyList<EventSourceView> Sources);

public sealed record YearView(string Label, string Anchor, IReadOnlyList<EventView> Events);

/// <summary>A piece of a sentence: plain text, or a recognized date linking to its event.</summary>
public sealed record SegmentView(string Text, bool IsDate, string? EventHref, string? Timex);

public sealed record SentenceView(string Anchor, bool Dated, IReadOnlyList<SegmentView> Segments);

public sealed record ParagraphView(IReadOnlyList<SentenceView> Sentences);

public sealed record SourceView(
    string Id,
    string Title,
    string Href,
    string? Url,
    string? Publisher,
    string Published,
    string PublishedBasis,
    string? PublishedEvidence,
    string? Dateline,
    bool ExcerptsOnly,
    int EventCount,
    IReadOnlyList<ParagraphView> Paragraphs);

public sealed record SiteModel(SiteInfo Site, IReadOnlyList<YearView> Years, IReadOnlyList<EventView> Events, IReadOnlyList<SourceView> Sources);
