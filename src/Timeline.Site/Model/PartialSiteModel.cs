using System.Collections.Concurrent;
using Timeline.Core.Events;

namespace Timeline.Site.Model;

/// <summary>
/// The site model of a rebuild expected to render few pages: every event view (the timeline's pages and data files list them
/// all), but each source's view without its text: its paragraphs are made only for the sources whose page, text file or
/// quoted passages must be written again (<see cref="Full"/>). The rest of a source's view (its face, its event count) is whole,
/// so the lists of sources, the feed and the sitemap read it as they read a full one. No template may read the whole list of
/// sources' views (<c>sources</c>) from this model: the caller checks the templates first.
/// </summary>
internal sealed class PartialSiteModel
{
    private readonly Dictionary<string, DocumentAnalysis> _documents;
    private readonly Func<string, Dictionary<(string, int), string>> _eventOf;
    private readonly IReadOnlyDictionary<string, int> _eventCounts;
    private readonly ConcurrentDictionary<string, Lazy<SourceView>> _full = new(StringComparer.Ordinal);

    private PartialSiteModel(SiteModel model, Dictionary<string, DocumentAnalysis> documents, Func<string, Dictionary<(string, int), string>> eventOf, IReadOnlyDictionary<string, int> eventCounts)
    {
        Model = model;
        _documents = documents;
        _eventOf = eventOf;
        _eventCounts = eventCounts;
    }

    /// <summary>The model, each source's view in it without paragraphs.</summary>
    public SiteModel Model { get; }

    /// <summary>How many sources' full views were made.</summary>
    public int FullViews => _full.Count;

    /// <param name="eventOf">Where each date of a source links, as <see cref="SiteModelBuilder.Build(TimelineData, SiteInfo)"/> finds it.</param>
    /// <param name="eventCounts">How many of each source's dates link to an event, by source id.</param>
    public static PartialSiteModel Build(TimelineData timeline, SiteInfo site, Dictionary<(string, int), string> eventOf, IReadOnlyDictionary<string, int> eventCounts) =>
        Build(timeline, site, _ => eventOf, eventCounts);

    /// <param name="eventOf">Where the dates of one source link (source id and date offset → event id), by source id: asked only for the full views made.</param>
    /// <param name="beside">Run with each event's index right after its view is made (<see cref="SiteModelBuilder"/>).</param>
    /// <param name="estimates">Each event's paging estimate where the last build recorded it (<see cref="SiteModelBuilder.Build(TimelineData, SiteInfo, bool, SourceLinks?, Action{int}?, bool, long?[])"/>).</param>
    public static PartialSiteModel Build(TimelineData timeline, SiteInfo site, Func<string, Dictionary<(string, int), string>> eventOf, IReadOnlyDictionary<string, int> eventCounts,
        Action<int>? beside = null, long?[]? estimates = null)
    {
        // A source's view is made from its face alone when its analysis has no paragraphs and no dates.
        var faces = timeline with { Documents = timeline.Documents.Select(d => d with { Paragraphs = [], Mentions = [] }).ToList() };
        // The links are the caller's: found again here, they took another pass over every statement (0.1-0.2 s at 10,000 articles).
        var model = SiteModelBuilder.Build(faces, site, collect: false, new SourceLinks(eventOf, eventCounts), beside, onDemand: true, estimates);
        return new PartialSiteModel(model, timeline.Documents.ToDictionary(d => d.Source.Id, StringComparer.Ordinal), eventOf, eventCounts);
    }

    /// <summary>The whole view of the source <paramref name="face"/> stands for, made once, from any thread.</summary>
    public SourceView Full(SourceView face) => _full.GetOrAdd(face.Id, id => new Lazy<SourceView>(
        () => SiteModelBuilder.ToView(_documents[id], _eventOf(id), _eventCounts.GetValueOrDefault(id)))).Value;
}
